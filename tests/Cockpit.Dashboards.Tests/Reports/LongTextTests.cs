using Cockpit.Dashboards.Reports;
using Cockpit.Model.Forecasts;
using Cockpit.Status;

namespace Cockpit.Dashboards.Tests.Reports;

/// <summary>Texts longer than a line, or than a page, as a controller may write them: wrapped, never cut.</summary>
public class LongTextTests
{
    [Test]
    public void A_forecast_text_longer_than_a_page_goes_on_to_the_next_pages_whole()
    {
        var words = Enumerable.Range(1, 2500).Select(i => $"sana{i}").ToList();
        var text = string.Join(' ', words) + " Pitkäsanaisuuskokeilussakinkaanjokaeimahdurivilleyhtäänkäänvaanjatkuujatkuujatkuujatkuujatkuujatkuujatkuujatkuu";
        var pack = new BoardPackData("Toimiala", "fi", new ReportingRound(2020, 2), null, new DateOnly(2026, 11, 30), "Tavoitteet",
            [new StatusCount(ForecastStatus.AtRisk, 1, 0)], [],
            [new GoalRow("Teema", "Tavoite", "Mittari", ForecastStatus.AtRisk, ByHand: true, "Perustelu", text)]);

        var pdf = PdfContent.Read(BoardPack.Write(pack));

        Assert.That(pdf.Pages, Has.Count.GreaterThan(3));
        Assert.That(pdf.Squeezed, Does.Contain(PdfContent.Squeeze(text)));
        Assert.That(pdf.LettersOffPage, Is.Empty);
        Assert.That(pdf.Squeezed, Does.Contain("tilaasetettukäsin").And.Contain("Epävarma"));
    }

    [Test]
    public void Lines_break_at_spaces_and_a_word_wider_than_the_line_is_broken_within()
    {
        static double Width(string s) => s.Length;

        var lines = LineBreaker.Lines("yksi kaksi kolme neljä viisi\nkuusi abcdefghijklmnopqrstuvwxyz", 12, Width);

        Assert.That(lines, Is.EqualTo(new[] { "yksi kaksi", "kolme neljä", "viisi", "kuusi", "abcdefghijkl", "mnopqrstuvwx", "yz" }));
    }
}
