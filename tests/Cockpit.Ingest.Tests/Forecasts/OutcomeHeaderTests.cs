using Cockpit.Ingest.Forecasts;
using Cockpit.Model.Forecasts;

namespace Cockpit.Ingest.Tests.Forecasts;

/// <summary>The year-end headers the reader takes as the outcome round, with the tolerance of the forecast headers.</summary>
public class OutcomeHeaderTests
{
    [TestCase("Toteuma 2020")]
    [TestCase("Toteutuma 2020")]
    [TestCase("TOTEUMA 2020")]
    [TestCase("Toteuma\n2020")]
    [TestCase("Utfall 2020:")]
    [TestCase("Tilinpäätös 2020")]
    [TestCase("Bokslut 2020*")]
    [TestCase("Outcome 2020")]
    [TestCase("Year-end 2020")]
    [TestCase("year end 2020.")]
    [TestCase("Toteuma 2020 (toimiala)")]
    public void A_year_end_header_is_the_outcome_round_of_its_year(string header)
    {
        Assert.That(HeaderNames.RoleOf(header), Is.EqualTo(ColumnRole.Round));
        Assert.That(HeaderNames.TryParseRound(header, out var round), Is.True);
        Assert.That(round, Is.EqualTo(ReportingRound.Outcome(2020)));
    }

    [TestCase("Toteuma")]
    [TestCase("Toteuma (k€)")]
    [TestCase("Toteumat 2020")]
    public void A_year_end_word_without_a_year_stays_an_extra_column(string header) =>
        Assert.That(HeaderNames.RoleOf(header), Is.EqualTo(ColumnRole.Extra));

    [TestCase("Ennuste 4/2020")]
    [TestCase("Toteuma 4/2020")]
    [TestCase("Toteuma 1999")]
    [TestCase("Toteuma \u0662\u0660\u0662\u0660")]
    public void A_round_header_naming_no_round_of_ours_cannot_be_read(string header)
    {
        Assert.That(HeaderNames.RoleOf(header), Is.EqualTo(ColumnRole.Round));
        Assert.That(HeaderNames.TryParseRound(header, out _), Is.False);
    }
}
