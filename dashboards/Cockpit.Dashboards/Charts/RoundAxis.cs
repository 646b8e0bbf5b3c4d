using Cockpit.Model.Forecasts;
using Microsoft.Data.Analysis;

namespace Cockpit.Dashboards.Charts;

/// <summary>
/// A chart whose axis is the rounds (the trend's <c>category</c>, the heatmap's <c>column_label</c>) shows each round as
/// people read it: a forecast as <c>2/2020</c>, the year-end outcome as "Toteuma 2020" / "Utfall 2020" / "Outcome 2020".
/// </summary>
internal static class RoundAxis
{
    public static DataFrame Labelled(DataFrame data, string column, string lang)
    {
        var at = data.Columns.IndexOf(column);
        if (at < 0) return data;
        var labels = new StringDataFrameColumn(column, data.Rows.Count);
        for (long i = 0; i < data.Rows.Count; i++)
            labels[i] = data.Columns[at][i] is string key ? RoundLabels.ForKey(key, lang) : null;
        var columns = data.Columns.Select((c, i) => i == at ? labels : c.Clone());
        return new DataFrame(columns);
    }
}
