using System.Globalization;
using System.Text.RegularExpressions;
using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The resemblance reading for texts no rule reads: its counts are those of the labelled sets, it is never green, and on
/// rounds it was not counted from it is right more often than the grey it replaces.
/// </summary>
[SetCulture("fi-FI")]
public partial class ResemblanceTests
{
    private const string Recount = "COCKPIT_RECOUNT";

    /// <summary>Twelve words no rule reads, to make a text long enough to resemble.</summary>
    private const string Filler = "Kunnan väki kokoontui torilla keskiviikkona, ja kahvia keitettiin isossa padassa koko päivän ajan.";

    [Test]
    public void The_embedded_counts_are_those_of_the_labelled_sets()
    {
        var path = Path.Combine(LabelledTextFile.RepositoryRoot(), "model", "Cockpit.Status", "resemblance.tsv");
        var counted = ResemblanceCounts.Count(LabelledSet.All.SelectMany(s => s.Rows()).Select(r => (r.Text, r.Round, r.Label))).ToTsv();
        if (Environment.GetEnvironmentVariable(Recount) == "1") File.WriteAllText(path, counted);
        Assert.That(File.ReadAllText(path) == counted, Is.True,
            $"{path} is stale: a labelled set changed. Recount with `{Recount}=1 dotnet test tests/Cockpit.Model.Tests --filter Resemblance` and commit it.");
    }

    [Test]
    public void A_text_that_resembles_missed_ones_is_read_as_missed_and_one_that_resembles_met_ones_stays_grey()
    {
        var resemblance = new Resemblance(ResemblanceCounts.Count([
            ($"Lumi ei riittänyt hiihtokouluun. {Filler}", RoundKind.Forecast, ForecastStatus.WillNotBeMet),
            ($"Lumi ei riittänyt latuihin. {Filler}", RoundKind.Forecast, ForecastStatus.WillNotBeMet),
            ($"Aurinko paistoi kesäleireillä. {Filler}", RoundKind.Forecast, ForecastStatus.Achieved),
            ($"Aurinko paistoi uimarannoilla. {Filler}", RoundKind.Forecast, ForecastStatus.Achieved),
        ]));
        var missed = StatusClassifier.Classify($"{Filler} Lumi ei riittänyt kilpailuihin.", RoundKind.Forecast, 0, resemblance);
        var sunny = StatusClassifier.Classify($"Aurinko paistoi kentillä. {Filler}", RoundKind.Forecast, 0, resemblance);
        var brief = StatusClassifier.Classify("Lumi ei riittänyt kilpailuihin.", RoundKind.Forecast, 0, resemblance);
        Assert.Multiple(() =>
        {
            Assert.That(missed.Status, Is.EqualTo(ForecastStatus.WillNotBeMet));
            Assert.That(missed.RuleCode, Is.EqualTo("resemblance.will_not_be_met"));
            Assert.That(missed.Evidence, Is.EqualTo("Lumi ei riittänyt kilpailuihin. — Lumi ei riittänyt kilpailuihin."), "the sentence that resembles most, as phrase and sentence");
            Assert.That(missed.PassesWithoutReview(), Is.False);
            Assert.That(sunny.RuleCode, Is.EqualTo("no_cues"), "a green resemblance");
            Assert.That(brief.RuleCode, Is.EqualTo("no_cues"), "a text too short to resemble");
        });
    }

    [Test]
    public void A_text_with_no_words_the_counts_know_stays_grey()
    {
        var result = StatusClassifier.Classify("Qwzx plörk.");
        Assert.That((result.Status, result.RuleCode), Is.EqualTo((ForecastStatus.NotAssessed, "no_cues")));
    }

    /// <summary>
    /// Leave one round out: for each of the last rounds, count from every other labelled set and read that round's texts
    /// that no rule reads. Prints the figures; grey is right only where the label is not_assessed.
    /// </summary>
    [Test]
    public void On_rounds_it_was_not_counted_from_it_is_right_more_often_than_grey()
    {
        var rows = LabelledSet.All.SelectMany(s => s.Rows().Select(r => (Round: RoundOf(s.Name), Row: r))).ToList();
        var rounds = rows.Select(r => r.Round).Where(n => n > 0).Distinct().Order().TakeLast(20).ToList();
        int unread = 0, greyRight = 0, right = 0, red = 0, redRight = 0, green = 0;
        foreach (var round in rounds)
        {
            var resemblance = new Resemblance(ResemblanceCounts.Count(rows.Where(r => r.Round != round).Select(r => (r.Row.Text, r.Row.Round, r.Row.Label))));
            foreach (var (_, row) in rows.Where(r => r.Round == round))
            {
                if (StatusClassifier.Classify(row.Text, row.Round, row.Year, null).Rule != Rules.NoCues) continue;
                var result = StatusClassifier.Classify(row.Text, row.Round, row.Year, resemblance);
                unread++;
                if (row.Label == ForecastStatus.NotAssessed) greyRight++;
                if (result.Status == row.Label) right++;
                if (result.Rule.Family == CueFamily.Resemblance) { red++; if (result.Status == row.Label) redRight++; }
                if (result.Status is ForecastStatus.Achieved or ForecastStatus.OnTrack) green++;
            }
        }
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rounds {rounds[0]}–{rounds[^1]} left out in turn: {unread} texts no rule reads; grey alone right on {greyRight}, with resemblance on {right}; read red {red} times, right {redRight}; green {green}"));
        Assert.Multiple(() =>
        {
            Assert.That(right, Is.GreaterThan(greyRight), "right with resemblance vs grey alone");
            Assert.That(green, Is.Zero, "a resemblance is never shown green");
        });
    }

    /// <summary>The round of a <c>written_dev_N</c> or <c>real_dev_N</c> set (the pair shares N), or 0.</summary>
    private static int RoundOf(string setName) =>
        DevRound().Match(setName) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?:written|real)_dev_(\d+)$")]
    private static partial Regex DevRound();
}
