using Cockpit.Dashboards.Dashboards;

namespace Cockpit.Dashboards.Reports;

/// <summary>The board pack's own words, in Finnish, Swedish and English.</summary>
internal static class ReportTexts
{
    public static readonly LocalText BoardPack = new("Lautakunnan raportti", "Nämndrapport", "Board pack");
    public static readonly LocalText Round = new("Kierros", "Omgång", "Round");
    public static readonly LocalText Prepared = new("Laadittu", "Upprättad", "Prepared");
    public static readonly LocalText MetricsByStatus = new("Mittarit tiloittain", "Mätare per status", "Metrics by status");
    public static readonly LocalText Metrics = new("mittaria", "mätare", "metrics");
    public static readonly LocalText SincePrevious = new("edellisestä kierroksesta", "sedan föregående omgång", "since the previous round");
    public static readonly LocalText ComparedWith = new("Muutos verrattuna kierrokseen", "Förändring jämfört med omgång", "Change compared with round");
    public static readonly LocalText NoPrevious = new("ei edellistä kierrosta", "ingen föregående omgång", "no previous round");
    public static readonly LocalText Charts = new("Kaaviot", "Diagram", "Charts");
    public static readonly LocalText Evidence = new("Perustelu", "Motivering", "Evidence");
    public static readonly LocalText ForecastText = new("Ennusteteksti", "Prognostext", "Forecast text");
    public static readonly LocalText SetByHand = new("tila asetettu käsin", "status satt för hand", "status set by hand");
    public static readonly LocalText NoForecast = new("Ei ennustetta tällä kierroksella.", "Ingen prognos denna omgång.", "No forecast this round.");
    public static readonly LocalText Continued = new("jatkuu", "fortsättning", "continued");

    public static string PageOf(string lang, int page, int pages) => lang switch
    {
        "sv" => $"Sida {page} av {pages}",
        "en" => $"Page {page} of {pages}",
        _ => $"Sivu {page}/{pages}",
    };

    public static string Date(string lang, DateOnly date) => lang switch
    {
        "en" => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
        _ => date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };
}
