using Cockpit.Model.Store;
using Microsoft.Data.Analysis;

namespace Cockpit.Dashboards.Tables;

public static class FrameText
{
    /// <summary>A cell as a label (a chart's category, a card's status), whatever its column's type: a DATE as 2020-12-31, NULL as "".</summary>
    public static string Label(this DataFrameColumn column, long row) => DuckValue.Text(column[row]);
}
