using System.Globalization;
using System.Text;
using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Accuracy by confidence band and by rule over evaluated texts, formatted for the test output.</summary>
public static class Calibration
{
    public static readonly double[] BandFloors = [0.0, 0.5, 0.7, 0.8, Confidence.AutoAccept, 0.95];

    public static IReadOnlyList<EvaluatedText> Evaluate(IEnumerable<LabelledText> rows) =>
        rows.Select(r => new EvaluatedText(r, StatusClassifier.Classify(r.Text, r.Round, r.Year))).ToList();

    /// <summary>Share right among texts at or above <paramref name="floor"/>, and how many there are.</summary>
    public static (int Count, int Right) AtOrAbove(IEnumerable<EvaluatedText> texts, double floor)
    {
        var band = texts.Where(t => t.Result.Confidence >= floor - 1e-9).ToList();
        return (band.Count, band.Count(t => t.IsRight));
    }

    public static string BandTable(IReadOnlyList<EvaluatedText> texts)
    {
        var sb = new StringBuilder("confidence band      texts  right  accuracy\n");
        for (var b = 0; b < BandFloors.Length; b++)
        {
            var low = BandFloors[b];
            var high = b + 1 < BandFloors.Length ? BandFloors[b + 1] : 1.0 + 1e-9;
            var band = texts.Where(t => t.Result.Confidence >= low - 1e-9 && t.Result.Confidence < high - 1e-9).ToList();
            var right = band.Count(t => t.IsRight);
            sb.AppendLine(CultureInfo.InvariantCulture, $"[{low:0.00}, {Math.Min(high, 1.0):0.00}{(high > 1 ? "]" : ")")}       {band.Count,5}  {right,5}  {Share(right, band.Count)}");
        }
        var (n, r) = AtOrAbove(texts, Confidence.AutoAccept);
        sb.AppendLine(CultureInfo.InvariantCulture, $">= AutoAccept ({Confidence.AutoAccept:0.00})  {n,5}  {r,5}  {Share(r, n)}; {Share(n, texts.Count)} of all texts");
        return sb.ToString();
    }

    public static string RuleTable(IReadOnlyList<EvaluatedText> texts)
    {
        var sb = new StringBuilder("rule                          conf   texts  right  precision\n");
        foreach (var g in texts.GroupBy(t => (t.Result.RuleCode, t.Result.Confidence)).OrderByDescending(g => g.Key.Confidence).ThenBy(g => g.Key.RuleCode))
        {
            var right = g.Count(t => t.IsRight);
            sb.AppendLine(CultureInfo.InvariantCulture, $"{g.Key.RuleCode,-28}  {g.Key.Confidence:0.00}  {g.Count(),5}  {right,5}  {Share(right, g.Count())}");
        }
        return sb.ToString();
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
