namespace Cockpit.Status;

/// <summary>
/// Reads a free-text forecast (Finnish, Swedish or English) as a status, with the rule and the evidence that decided.
/// <para>How a status is derived:</para>
/// <list type="number">
/// <item>Empty cell → <c>empty</c>; a placeholder ("-", "ei arviota", "n/a") → <c>placeholder</c>; both not_assessed.</item>
/// <item>Quoted spans of three words or more are masked (a quoted goal text is never a verdict); the text is split
/// into sentences and clauses and each word is looked up by stem.</item>
/// <item>An explicit verdict about the goal decides (<c>verdict.*</c>, <c>cost.*</c>). Of several, the strongest wins
/// (one that names the goal beats one that does not); of equally strong ones, the last: forecast texts report
/// progress first and close with their verdict, and a later verdict corrects or narrows an earlier one.</item>
/// <item>No verdict: the most severe risk cue decides (<c>risk.*</c>: cancellation, delay, stalled, partial, hedge,
/// conditional, unassessable effects, corona) → at_risk.</item>
/// <item>Otherwise plain progress → on_track (<c>progress</c>). With no cue at all, a text whose words strongly resemble
/// labelled at-risk or missed texts is read so (<c>resemblance.*</c>, see <see cref="Resemblance"/>); any other is
/// not_assessed with low confidence (<c>no_cues</c>).</item>
/// </list>
/// Evidence is <c>phrase — sentence</c> (see <see cref="Evidence"/>). Confidence is 1 for an empty cell, about 0.9 for a
/// verdict naming the goal, 0.6–0.8 for softened verdicts and risk cues, 0.5 for <c>resemblance.*</c>, 0.3 for <c>no_cues</c>.
/// Thread-safe: the only state is per-thread scratch buffers. No I/O.
/// </summary>
public static class StatusClassifier
{
    [ThreadStatic] private static List<Token>? tokensBuffer;
    [ThreadStatic] private static SentenceContext? contextBuffer;

    public static StatusResult Classify(string? text) => Classify(text, RoundKind.Forecast);

    /// <summary>Reads <paramref name="text"/> as written for a round of kind <paramref name="round"/>: see <see cref="RoundKind"/>.</summary>
    public static StatusResult Classify(string? text, RoundKind round) => Classify(text, round, reportYear: 0);

    /// <summary>
    /// Reads <paramref name="text"/> as written for a round of kind <paramref name="round"/> of the report for
    /// <paramref name="reportYear"/> (0 if unknown). Knowing the year settles what the words alone leave open: "siirtyy
    /// kesään 2034" in a report for 2034 stays within the year, in one for 2033 it is next year's.
    /// </summary>
    public static StatusResult Classify(string? text, RoundKind round, int reportYear) => Classify(text, round, reportYear, Resemblance.Counted);

    /// <summary>As above, with <paramref name="resemblance"/> counted from other texts, or none.</summary>
    internal static StatusResult Classify(string? text, RoundKind round, int reportYear, Resemblance? resemblance)
    {
        if (string.IsNullOrWhiteSpace(text)) return new StatusResult(Rules.Empty.Status, Rules.Empty, "", Rules.Empty.Confidence);
        if (Placeholders.IsPlaceholder(text)) return new StatusResult(Rules.Placeholder.Status, Rules.Placeholder, text.Trim(), Rules.Placeholder.Confidence);

        text = TextNormalizer.Compose(text);
        var masked = QuoteMask.Find(text);
        var sentences = SentenceSplitter.Split(text, masked);
        var lang = LanguageGuess.Guess(text);
        var tokens = tokensBuffer ??= new List<Token>(64);
        var context = contextBuffer ??= new SentenceContext();
        context.Years = TextYears.Of(text);
        context.Before = SetUp.None;
        context.Round = round;
        context.ReportYear = reportYear;
        context.Text = text;

        var resolver = new StatusResolver();
        var target = double.NaN;
        for (var n = 0; n < sentences.Count; n++)
        {
            Tokenizer.Tokenize(text, sentences[n], masked, lang, tokens);
            if (tokens.Count == 0) continue;
            context.Reset(tokens, sentences[n], n * 100_000);
            resolver.Read(tokens, text);
            if (!BracketedPairRules.Read(context, ref resolver) && !SlashedPairRules.Read(context, ref resolver) && !BudgetAsideRules.Read(context, ref resolver) && !ProportionRules.Read(context, ref resolver) && !ProportionRules.ShareMet(context, ref resolver) && !ProportionRules.OutOfYearsWhole(context, ref resolver) && !BudgetRules.Read(context, ref resolver)
                && !BalanceRules.Read(context, ref resolver))
                FigureRules.Read(context, ref target, ref resolver);
            SentenceReader.Read(context, ref resolver);
            TrendRules.Read(context, ref resolver);
            ExpectationRules.Read(context, ref resolver);
            ResultRules.Read(context, ref resolver);
            ProgrammeRules.Read(context, ref resolver);
            ScheduleRules.Read(context, ref resolver);
            if (n + 1 < sentences.Count) context.Before = SetUp.After(context, context.Before, resolver.Decided); // only a next sentence reads it
        }

        if (resolver.Decided is { } d) return new StatusResult(d.Status, d.Rule, Evidence.Format(text, d), resolver.Confidence(d));
        // No verdict, no risk, no progress word: domain.md gives on_track to "plain progress with no problem", and progress
        // language (etenee, käynnistyi, otettiin käyttöön, i produktion, launched) is caught above. A text with none of it
        // ("Ei raportoitu.", "Vastuuhenkilö vaihtunut.") does not say the goal will be met, and showing it green would claim
        // what nobody wrote; grey asks a controller to look, at low confidence. Words that resemble red texts strongly are
        // read red, as a suggestion for the controller, never green.
        if (resemblance?.Read(text, sentences, round) is var (rule, sentence))
            return new StatusResult(rule.Status, rule, Evidence.Format(text, new Finding(rule, false, sentence, sentence, 0)), rule.Confidence);
        var first = sentences.Count > 0 ? text[sentences[0].Start..sentences[0].End] : text.Trim();
        return new StatusResult(Rules.NoCues.Status, Rules.NoCues, first, Rules.NoCues.Confidence);
    }
}
