using Cockpit.Dashboards.Dashboards;

namespace Cockpit.Dashboards.Tables;

/// <summary>Headers for exported tables (CSV, Excel) in the reader's language; JSON keeps the column names.</summary>
public static class ColumnNames
{
    private static readonly Dictionary<string, LocalText> Names = new()
    {
        ["id"] = new("Tunniste", "Id", "Id"),
        ["theme"] = new("Teema", "Tema", "Theme"),
        ["goal"] = new("Sitova toiminnan tavoite", "Bindande verksamhetsmål", "Binding goal"),
        ["metric"] = new("Mittari", "Mätare", "Metric"),
        ["round"] = new("Kierros", "Omgång", "Round"),
        ["round_kind"] = new("Kierroksen laji", "Omgångens typ", "Round kind"),
        ["round_label"] = new("Kierros (teksti)", "Omgång (text)", "Round (label)"),
        ["previous_round"] = new("Edellinen kierros", "Föregående omgång", "Previous round"),
        ["status"] = new("Tila", "Status", "Status"),
        ["label"] = new("Tila (teksti)", "Status (text)", "Status (label)"),
        ["status_source"] = new("Tilan lähde", "Statusens källa", "Status source"),
        ["previous_status"] = new("Edellinen tila", "Föregående status", "Previous status"),
        ["year_before_round"] = new("Sama kierros vuotta aiemmin", "Samma omgång ett år tidigare", "Same round a year earlier"),
        ["year_before_status"] = new("Tila vuotta aiemmin", "Status ett år tidigare", "Status a year earlier"),
        ["change"] = new("Muutos", "Förändring", "Change"),
        ["evidence"] = new("Perustelu", "Motivering", "Evidence"),
        ["rule"] = new("Sääntö", "Regel", "Rule"),
        ["text"] = new("Ennusteteksti", "Prognostext", "Forecast text"),
        ["n"] = new("Lukumäärä", "Antal", "Count"),
        ["previous"] = new("Edellisellä kierroksella", "Föregående omgång", "Previous round"),
        ["metrics"] = new("Mittareita", "Mätare", "Metrics"),
        ["reported"] = new("Ennusteita", "Prognoser", "Forecasts"),
        ["category"] = new("Luokka", "Kategori", "Category"),
        ["row_label"] = new("Rivi", "Rad", "Row"),
        ["column_label"] = new("Sarake", "Kolumn", "Column"),
        ["upload_id"] = new("Lataus", "Uppladdning", "Upload"),
        ["actual"] = new("Toteuma", "Utfall", "Actual"),
        ["target"] = new("Tavoitetaso", "Målnivå", "Target"),
        ["budget"] = new("Talousarvio", "Budget", "Budget"),
        ["forecast"] = new("Ennuste", "Prognos", "Forecast"),
    };

    public static string For(string column, string lang) => Names.TryGetValue(column, out var name) ? name.In(lang) : column;
}
