using System.Globalization;
using System.Text;
using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The outcome of classifying labelled texts: a confusion matrix (rows = label, columns = derived), accuracy, the
/// misses, and the dangerous errors: a text labelled will_not_be_met or at_risk derived as achieved or on_track.
/// </summary>
public sealed record EvaluationReport(
    int[,] Matrix, int Total, int Correct, IReadOnlyList<EvaluatedText> Misses, IReadOnlyList<EvaluatedText> Dangerous)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>The summary and confusion matrix, and each miss unless <paramref name="withMisses"/> is false (an unseen set's misses stay unread).</summary>
    public string Format(bool withMisses = true)
    {
        var statuses = Enum.GetValues<ForecastStatus>();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Correct}/{Total} right = {Accuracy:P1}; {Dangerous.Count} dangerous");
        sb.Append("label \\ derived".PadRight(18));
        foreach (var s in statuses) sb.Append(s.ToCode().PadLeft(16));
        sb.AppendLine();
        foreach (var row in statuses)
        {
            sb.Append(row.ToCode().PadRight(18));
            foreach (var col in statuses) sb.Append(Matrix[(int)row, (int)col].ToString(CultureInfo.InvariantCulture).PadLeft(16));
            sb.AppendLine();
        }
        foreach (var m in withMisses ? Misses : [])
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"MISS line {m.Row.Line} [{m.Row.Source}] {m.Row.Label.ToCode()} -> {m.Result.Code} ({m.Result.Rule}): {m.Result.Evidence}");
        return sb.ToString();
    }
}
