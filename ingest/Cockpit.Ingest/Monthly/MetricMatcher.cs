using System.Text.RegularExpressions;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Monthly;

namespace Cockpit.Ingest.Monthly;

/// <summary>
/// Matches a monthly row's Mittari cell to a metric of the forecast reports: by its code, else by its text with case and
/// whitespace normalised (as <see cref="TextKey"/> does). For an unknown one it finds the nearest metrics to suggest.
/// </summary>
public sealed partial class MetricMatcher
{
    private const int ComparedLength = 160;

    private readonly IReadOnlyList<KnownMetric> metrics;
    private readonly Dictionary<string, KnownMetric> byCode = [];
    private readonly Dictionary<string, KnownMetric> byText = [];

    public MetricMatcher(IReadOnlyList<KnownMetric> metrics)
    {
        this.metrics = metrics;
        foreach (var m in metrics)
        {
            if (m.Code is { Length: > 0 } code) byCode.TryAdd(TextKey.Normalise(code), m);
            byText.TryAdd(TextKey.Normalise(m.Metric), m); // the same text under two goals: the first (oldest) metric
        }
    }

    public bool IsEmpty => metrics.Count == 0;

    public KnownMetric? Find(string written)
    {
        var key = TextKey.Normalise(written);
        return byCode.GetValueOrDefault(key) ?? byText.GetValueOrDefault(key);
    }

    /// <summary>The <paramref name="count"/> metrics most like <paramref name="written"/>: shared words first, then edit distance.</summary>
    public IReadOnlyList<KnownMetric> Nearest(string written, int count = 3)
    {
        var key = TextKey.Normalise(written);
        var words = Words(key);
        return metrics
            .Select(m => (Metric: m, Score: Math.Max(Similarity(key, words, TextKey.Normalise(m.Metric)),
                m.Code is { Length: > 0 } code ? Similarity(key, words, TextKey.Normalise(code)) : 0)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Metric.MetricId)
            .Take(count)
            .Select(x => x.Metric)
            .ToList();
    }

    private static double Similarity(string a, HashSet<string> aWords, string b)
    {
        var bWords = Words(b);
        var overlap = aWords.Count + bWords.Count == 0 ? 0 : (double)aWords.Count(bWords.Contains) / Math.Max(1, Math.Min(aWords.Count, bWords.Count));
        string x = a.Length > ComparedLength ? a[..ComparedLength] : a, y = b.Length > ComparedLength ? b[..ComparedLength] : b;
        var edit = 1 - (double)Levenshtein(x, y) / Math.Max(1, Math.Max(x.Length, y.Length));
        return 0.6 * overlap + 0.4 * edit;
    }

    private static HashSet<string> Words(string text) =>
        NonWord().Split(text).Where(w => w.Length >= 3).Select(Stem).ToHashSet();

    // Finnish inflects by suffix: comparing the first six letters lets "käyttäjien" meet "käyttäjät".
    private static string Stem(string word) => word.Length > 6 ? word[..6] : word;

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
