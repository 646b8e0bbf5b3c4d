using Cockpit.Dashboards.Web;

namespace Cockpit.Dashboards.Page;

/// <summary>Addresses the pages link to, with the filters they carry.</summary>
public static class PageLinks
{
    public static string Cockpit(Filters filters, bool sortByStatus) => "/" + Query(
        ("round", filters.Round?.ToString()), ("theme", filters.Theme), ("status", filters.Status),
        ("metric", filters.Metric == 0 ? null : filters.Metric.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("sort", sortByStatus ? "status" : null), ("lang", filters.Lang));

    public static string Metric(long id, string? round, string lang) =>
        $"/metrics/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}" + Query(("round", round), ("lang", lang));

    public static string Query(params (string Name, string? Value)[] parts)
    {
        var given = parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }
}
