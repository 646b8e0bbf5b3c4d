using Cockpit.Model.Forecasts;

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

    [TestCase("4/2020")]
    [TestCase("0/2020")]
    [TestCase("2/20")]
    [TestCase("2020/2")]
    [TestCase("kevät/2020")]
    [TestCase("")]
    [TestCase(null)]
    public void Anything_but_round_one_to_three_of_a_year_is_refused(string? text) =>
        Assert.That(ReportingRound.TryParse(text, out _), Is.False);

    [Test]
    public void Rounds_sort_by_year_then_number() =>
        Assert.That(new[] { new ReportingRound(2021, 1), new ReportingRound(2020, 3), new ReportingRound(2020, 1) }.Order(),
            Is.EqualTo(new[] { new ReportingRound(2020, 1), new ReportingRound(2020, 3), new ReportingRound(2021, 1) }));
}
