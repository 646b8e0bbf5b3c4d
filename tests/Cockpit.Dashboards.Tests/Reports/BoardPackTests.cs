using System.Net;
using System.Net.Http.Headers;
using Cockpit.Dashboards.Tests.Web;

namespace Cockpit.Dashboards.Tests.Reports;

/// <summary>The board pack as a board member gets it: a PDF read back with a PDF reader (PdfPig), not by its bytes.</summary>
public class BoardPackTests : CockpitServerTest
{
    private const string Path = "/api/reports/round.pdf";

    [Test]
    public async Task The_board_pack_holds_every_metric_of_the_round_with_its_status_evidence_and_text()
    {
        var goals = (await Client.Json("/api/goals?round=2/2020")).Rows().ToList();

        var pdf = PdfContent.Read(await Pdf($"{Path}?round=2/2020"));

        Assert.That(goals, Has.Count.GreaterThan(5));
        foreach (var goal in goals)
        {
            Assert.That(pdf.Squeezed, Does.Contain(PdfContent.Squeeze(goal.Str("metric"))), goal.Str("metric"));
            Assert.That(pdf.Squeezed, Does.Contain(PdfContent.Squeeze(goal.Str("label"))), goal.Str("label"));
            Assert.That(pdf.Squeezed, Does.Contain(PdfContent.Squeeze(goal.Str("evidence"))), goal.Str("evidence"));
            Assert.That(pdf.Squeezed, Does.Contain(PdfContent.Squeeze(goal.Str("text"))), goal.Str("text"));
        }
    }

    [Test]
    public async Task The_cover_names_the_division_round_and_date_and_the_cards_count_since_the_previous_round()
    {
        var pdf = PdfContent.Read(await Pdf($"{Path}?round=2/2020"));

        var cover = PdfContent.Squeeze(pdf.Pages[0]);
        Assert.That(cover, Does.Contain("Kulttuurinjavapaa-ajantoimiala").And.Contain("Kierros2/2020").And.Contain("Laadittu"));
        Assert.That(cover, Does.Contain("Muutosverrattunakierrokseen1/2020"));
        foreach (var label in new[] { "Saavutettu", "Toteutumassa", "Epävarma", "Eitoteudu", "Eiarviota" })
            Assert.That(cover, Does.Contain(label));
        Assert.That(cover, Does.Contain("edellisestäkierroksesta"));
    }

    [Test]
    public async Task Every_page_is_numbered_and_every_font_is_the_embedded_DejaVu()
    {
        var pdf = PdfContent.Read(await Pdf(Path));

        Assert.That(pdf.Pages, Has.Count.GreaterThanOrEqualTo(3));
        for (var page = 1; page <= pdf.Pages.Count; page++)
            Assert.That(PdfContent.Squeeze(pdf.Pages[page - 1]), Does.Contain($"Sivu{page}/{pdf.Pages.Count}"));
        Assert.That(pdf.Fonts, Is.Not.Empty);
        Assert.That(pdf.Fonts, Has.All.Matches<PdfFontUse>(f => f.Embedded && f.BaseFont.Contains("DejaVu", StringComparison.Ordinal)));
        Assert.That(pdf.LettersOffPage, Is.Empty);
    }

    [TestCase("sv", "Omgång 2/2020", "Förverkligas inte", "Sida 1 av")]
    [TestCase("en", "Round 2/2020", "Will not be met", "Page 1 of")]
    public async Task The_board_pack_speaks_the_asked_language(string lang, string round, string label, string page)
    {
        var pdf = PdfContent.Read(await Pdf($"{Path}?round=2/2020&lang={lang}"));

        var all = PdfContent.Squeeze(string.Concat(pdf.Pages));
        Assert.That(all, Does.Contain(PdfContent.Squeeze(round)).And.Contain(PdfContent.Squeeze(label)).And.Contain(PdfContent.Squeeze(page)));
        Assert.That(all, Does.Not.Contain("Eitoteudu"));
    }

    [TestCase("?round=5/2020")]
    [TestCase("?round=1/2019")]
    [TestCase("?round=kevät")]
    [TestCase("?lang=de")]
    public async Task A_bad_round_or_language_is_a_400_problem(string query) =>
        await Client.Problem(Path + query, 400, "/problems/bad-filter");

    [Test]
    public async Task A_second_request_is_answered_from_the_cache()
    {
        using var first = await Client.GetAsync($"{Path}?round=1/2020");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Path}?round=1/2020");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(again);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Content.Headers.ContentDisposition?.FileName, Does.Contain("board-pack-1-2020"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    private async Task<byte[]> Pdf(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(response.Content.Headers.ContentType, Is.EqualTo(new MediaTypeHeaderValue("application/pdf")));
        return await response.Content.ReadAsByteArrayAsync();
    }
}
