using Cockpit.Model.Forecasts;
using Cockpit.Status;

namespace Cockpit.Model.Tests.Forecasts;

public class ReportingRoundTests
{
    [TestCase("2/2020", 2020, 2)]
    [TestCase(" 3 / 2021 ", 2021, 3)]
    public void A_round_is_read_from_its_number_and_year(string text, int year, int number)
    {
        Assert.That(ReportingRound.TryParse(text, out var round), Is.True);
        Assert.That(round, Is.EqualTo(new ReportingRound(year, number)));
        Assert.That(round.ToString(), Is.EqualTo($"{number}/{year}"));
    }

    [TestCase("5/2020")]
    [TestCase("0/2020")]
    [TestCase("2/20")]
    [TestCase("2020/2")]
    [TestCase("kevät/2020")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("Toteuma")]
    [TestCase("Ennuste 2020")]
    public void Anything_but_round_one_to_four_of_a_year_or_an_outcome_label_is_refused(string? text) =>
        Assert.That(ReportingRound.TryParse(text, out _), Is.False);

    [Test]
    public void Rounds_sort_by_year_then_number() =>
        Assert.That(new[] { new ReportingRound(2021, 1), new ReportingRound(2020, 3), new ReportingRound(2020, 1) }.Order(),
            Is.EqualTo(new[] { new ReportingRound(2020, 1), new ReportingRound(2020, 3), new ReportingRound(2021, 1) }));

    [TestCase("4/2020")]
    [TestCase("Toteuma 2020")]
    [TestCase("utfall 2020")]
    [TestCase(" Outcome 2020 ")]
    public void The_year_end_outcome_is_round_four_read_from_its_key_or_its_label(string text)
    {
        Assert.That(ReportingRound.TryParse(text, out var round), Is.True);
        Assert.That(round, Is.EqualTo(ReportingRound.Outcome(2020)));
        Assert.That(round.Kind, Is.EqualTo(RoundKind.Outcome));
        Assert.That(round.KindCode, Is.EqualTo("outcome"));
        Assert.That(round.ToString(), Is.EqualTo("4/2020"));
    }

    [Test]
    public void The_outcome_sorts_after_forecast_three_of_its_year_and_before_the_next_year()
    {
        var shuffled = new[] { new ReportingRound(2021, 1), ReportingRound.Outcome(2020), new ReportingRound(2020, 3), new ReportingRound(2020, 1) };
        Assert.That(shuffled.Order(), Is.EqualTo(new[]
        {
            new ReportingRound(2020, 1), new ReportingRound(2020, 3), ReportingRound.Outcome(2020), new ReportingRound(2021, 1),
        }));
    }

    [TestCase("fi", "Toteuma 2020")]
    [TestCase("sv", "Utfall 2020")]
    [TestCase("en", "Outcome 2020")]
    public void The_outcome_is_labelled_in_the_language_and_a_forecast_keeps_its_key(string lang, string outcome)
    {
        Assert.That(ReportingRound.Outcome(2020).Label(lang), Is.EqualTo(outcome));
        Assert.That(new ReportingRound(2020, 2).Label(lang), Is.EqualTo("2/2020"));
        Assert.That(new ReportingRound(2020, 2).Kind, Is.EqualTo(RoundKind.Forecast));
        Assert.That(RoundLabels.ForKey("4/2020", lang), Is.EqualTo(outcome));
    }
}
