namespace Cockpit.Status;

/// <summary>
/// The last reading, for a text no rule reads: which status its words resemble, by naive Bayes over the labelled texts'
/// <see cref="ResemblanceCounts"/> (embedded as <c>resemblance.tsv</c>; the model tests recount it from the labelled sets
/// and fail when it is stale). Only a resemblance to at_risk or will_not_be_met of at least <see cref="Threshold"/> is
/// used, and only in a text of <see cref="MinimumWords"/> words or more: in a shorter one a single phrase decides the
/// resemblance, and the rules have read that phrase and set it aside ("Säästöt jäivät käytettäviksi ensi vuodelle" is no
/// postponement). On rounds it was not counted from, a green resemblance was an at-risk or missed text too often to be
/// shown (about one in seven even at 0.99), while a red one was right more often than not where grey was right not at
/// all, so a green resemblance stays grey. Its rules' confidence (0.5) keeps each such reading on the review page.
/// </summary>
internal sealed class Resemblance
{
    public const double Threshold = 0.9;
    private const double Smoothing = 0.5;
    private const int MinimumWords = 15;

    private readonly Dictionary<string, double[]> logLikelihood;
    private readonly Dictionary<string, double[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly double[] logPrior;

    public Resemblance(ResemblanceCounts counts)
    {
        var statuses = counts.Texts.Length;
        var totals = new double[statuses];
        foreach (var c in counts.Words.Values)
            for (var s = 0; s < statuses; s++) totals[s] += c[s];
        var all = counts.Texts.Sum();
        logPrior = counts.Texts.Select(n => Math.Log((double)n / all)).ToArray();
        logLikelihood = counts.Words.ToDictionary(w => w.Key,
            w => w.Value.Select((n, s) => Math.Log((n + Smoothing) / (totals[s] + Smoothing * counts.Words.Count))).ToArray(),
            StringComparer.Ordinal);
        lookup = logLikelihood.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Counted from the labelled sets when the model was built.</summary>
    public static Resemblance Counted { get; } = Load();

    /// <summary>
    /// A red status <paramref name="text"/> resembles at <see cref="Threshold"/> or more, and the sentence that resembles it
    /// most; null when the resemblance is weaker or green.
    /// </summary>
    public (Rule Rule, TextRange Sentence)? Read(string text, IReadOnlyList<TextRange> sentences, RoundKind round)
    {
        if (ResemblanceCounts.WordCount(text) < MinimumWords) return null;
        var score = Score(text, new TextRange(0, text.Length), logPrior);
        if (logLikelihood.TryGetValue(ResemblanceCounts.RoundWord(round), out var roundKind)) Add(score, roundKind);
        var best = Array.IndexOf(score, score.Max());
        var rule = (ForecastStatus)best switch
        {
            ForecastStatus.AtRisk => Rules.ResemblesRisk,
            ForecastStatus.WillNotBeMet => Rules.ResemblesMiss,
            _ => null,
        };
        if (rule is null || Posterior(score, best) < Threshold) return null;
        return (rule, sentences.Count switch { 0 => new TextRange(0, text.Length), 1 => sentences[0], _ => sentences.MaxBy(s => Pull(text, s, best)) });
    }

    /// <summary>How strongly a sentence's words alone, without the prior, resemble <paramref name="status"/>.</summary>
    private double Pull(string text, TextRange sentence, int status) =>
        Posterior(Score(text, sentence, new double[logPrior.Length]), status);

    private static double Posterior(double[] score, int status) => 1 / score.Sum(s => Math.Exp(s - score[status]));

    /// <summary><paramref name="start"/> plus the log likelihoods of the known words of text[range], each once.</summary>
    private double[] Score(string text, TextRange range, double[] start)
    {
        var score = (double[])start.Clone();
        var seen = seenBuffer ??= new HashSet<double[]>(ReferenceEqualityComparer.Instance);
        seen.Clear();
        var words = new StemReader(text, range, stackalloc char[StemReader.BufferLength]);
        while (words.MoveNext())
            if (lookup.TryGetValue(words.Current, out var l) && seen.Add(l)) Add(score, l);
        return score;
    }

    private static void Add(double[] score, double[] logLikelihoods)
    {
        for (var s = 0; s < score.Length; s++) score[s] += logLikelihoods[s];
    }

    /// <summary>The known words already scored, each once however often it occurs.</summary>
    [ThreadStatic] private static HashSet<double[]>? seenBuffer;

    private static Resemblance Load()
    {
        using var stream = typeof(Resemblance).Assembly.GetManifestResourceStream("Cockpit.Status.resemblance.tsv")
            ?? throw new InvalidOperationException("resemblance.tsv is not embedded in Cockpit.Status.");
        using var reader = new StreamReader(stream);
        return new Resemblance(ResemblanceCounts.FromTsv(reader));
    }
}
