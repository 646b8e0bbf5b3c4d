using System.Globalization;
using System.Text;

namespace Cockpit.Status;

/// <summary>
/// How many labelled texts of each status hold each word, where a word is a stem or a pair of neighbouring stems (see
/// <see cref="StemReader"/>), or the round kind (<c>@forecast</c>, <c>@outcome</c>). Words held by fewer than
/// <see cref="MinimumTexts"/> texts are dropped: a word seen once says more about its text than about its status.
/// <see cref="Resemblance"/> reads a text against these counts.
/// </summary>
internal sealed class ResemblanceCounts
{
    public const int MinimumTexts = 2;
    private const string TextsLine = "@texts";
    private static readonly int StatusCount = Enum.GetValues<ForecastStatus>().Length;

    /// <summary>Texts per status, indexed by <see cref="ForecastStatus"/>.</summary>
    public int[] Texts { get; }

    /// <summary>Per word, the texts of each status that hold it, indexed by <see cref="ForecastStatus"/>.</summary>
    public IReadOnlyDictionary<string, int[]> Words { get; }

    private ResemblanceCounts(int[] texts, IReadOnlyDictionary<string, int[]> words) => (Texts, Words) = (texts, words);

    public static ResemblanceCounts Count(IEnumerable<(string Text, RoundKind Round, ForecastStatus Label)> labelled)
    {
        var texts = new int[StatusCount];
        var words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (text, round, label) in labelled)
        {
            texts[(int)label]++;
            var composed = TextNormalizer.Compose(text);
            foreach (var word in Of(composed, new TextRange(0, composed.Length)).Append(RoundWord(round)).Distinct())
            {
                if (!words.TryGetValue(word, out var counts)) words[word] = counts = new int[StatusCount];
                counts[(int)label]++;
            }
        }
        return new ResemblanceCounts(texts, words.Where(w => w.Value.Sum() >= MinimumTexts).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The stems and stem pairs of <paramref name="text"/>[<paramref name="range"/>], in order, repeats included.</summary>
    public static List<string> Of(string text, TextRange range)
    {
        var words = new List<string>();
        var reader = new StemReader(text, range, stackalloc char[StemReader.BufferLength]);
        while (reader.MoveNext()) words.Add(new string(reader.Current));
        return words;
    }

    /// <summary>How many words <paramref name="text"/> has (as many as its stems), counted without making them.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))) count++;
        return count;
    }

    public static string RoundWord(RoundKind round) => round == RoundKind.Outcome ? "@outcome" : "@forecast";

    /// <summary>The counts as TSV: a header, a <c>@texts</c> line (texts per status), then one line per word in ordinal order.</summary>
    public string ToTsv()
    {
        var tsv = new StringBuilder();
        tsv.Append("word\t").AppendJoin('\t', Enum.GetValues<ForecastStatus>().Select(StatusCodes.ToCode)).Append('\n');
        Line(TextsLine, Texts);
        foreach (var (word, counts) in Words.OrderBy(w => w.Key, StringComparer.Ordinal)) Line(word, counts);
        return tsv.ToString();

        void Line(string word, int[] counts) => tsv.Append(word).Append('\t').AppendJoin('\t', counts).Append('\n');
    }

    public static ResemblanceCounts FromTsv(TextReader tsv)
    {
        int[]? texts = null;
        var words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        tsv.ReadLine();
        while (tsv.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split('\t');
            var counts = cells[1..].Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            if (cells[0] == TextsLine) texts = counts;
            else words[cells[0]] = counts;
        }
        return new ResemblanceCounts(texts ?? new int[StatusCount], words);
    }
}
