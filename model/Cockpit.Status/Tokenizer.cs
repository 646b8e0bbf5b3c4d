namespace Cockpit.Status;

/// <summary>
/// Cuts one sentence into words outside quoted spans, numbers each word's clause (a new clause at , ; : or
/// a free-standing dash, and before ja/mutta/koska/och/men/and/but ...), and marks the few multi-word cues
/// (on track, enligt plan, ensi vuonna, under budget, called off).
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextRange sentence, List<TextRange> masked, Lang lang, List<Token> tokens)
    {
        tokens.Clear();
        var clause = 0;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (masked.Count > 0 && QuoteMask.IsMasked(masked, i)) { i++; continue; }
            if (!TextNormalizer.IsWordChar(c))
            {
                if (IsClausePunctuation(text, i) && tokens.Count > 0 && tokens[^1].Clause == clause) clause++;
                i++;
                continue;
            }
            var start = i;
            while (i < sentence.End && IsInWord(text, i, start)) i++;
            var word = TextNormalizer.Word(text.AsSpan(start, i - start));
            var (cues, form) = Lexicon.Read(word, lang);
            if ((cues & Cue.ClauseBreak) != 0 && tokens.Count > 0 && tokens[^1].Clause == clause && !EndsCompoundPrefix(text, tokens[^1]) && !JoinsNames(text, tokens, i, sentence.End, word) && !InOchMed(text, tokens, i, sentence.End, word)) clause++;
            tokens.Add(new Token(word, start, i, cues, form, clause));
        }
        MarkPhrases(tokens);
        MarkYearsFigure(tokens);
        MarkLeftUndone(tokens);
        MarkValueUnknown(tokens);
        ConcedeDespite(tokens);
        return tokens;
    }

    /// <summary>
    /// "the 35 set for the whole year", "vuoden 220 paikan luvusta", "kun vuoden luku on 1 600", "mot årets 200 000",
    /// "vuoden määräksi sovittiin 600", "helåret var satt till 24", "årets plan var 28": the
    /// year's figure, named as the target without a word of goal.
    /// </summary>
    private static void MarkYearsFigure(List<Token> t)
    {
        if (t.Exists(x => x.Has(Cue.Goal))) return; // "vuoden luku on noin 80 000, kun tavoite on 75 000": the target is named
        for (var i = 1; i < t.Count; i++)
        {
            var w = t[i].Word;
            if (w == "set" && i + 1 < t.Count && t[i + 1].Word == "for" && char.IsAsciiDigit(t[i - 1].Word[0])
                || IsYearsCount(w) && (t[i - 1].Word == "vuoden" || i >= 3 && char.IsAsciiDigit(t[i - 2].Word[0]) && t[i - 1].Word.EndsWith('n') && t.Skip(Math.Max(0, i - 6)).Take(4).Any(x => x.Word == "vuoden"))
                || w is "määräksi" or "luvuksi" && t[i - 1].Word == "vuoden" && i + 2 < t.Count && t[i + 1].Word is "sovittiin" or "päätettiin" or "asetettiin" && char.IsAsciiDigit(t[i + 2].Word[0]) // "vuoden määräksi sovittiin 600"
                || w == "satt" && i >= 2 && t[i - 1].Word is "var" or "är" && t[i - 2].Word is "helåret" or "året" && i + 2 < t.Count && t[i + 1].Word == "till" && char.IsAsciiDigit(t[i + 2].Word[0]) // "medan helåret var satt till 24"
                || w == "årets" && i + 1 < t.Count && char.IsAsciiDigit(t[i + 1].Word[0]) && t[i - 1].Word is "mot" or "än"
                || w == "plan" && t[i - 1].Word is "årets" or "helårets" && i + 2 < t.Count && t[i + 1].Word is "var" or "är" && char.IsAsciiDigit(t[i + 2].Word[0]) // "medan hela årets plan var 28"
                || w is "asetettua" or "asetetun" or "asetettu" && t[i - 1].Word == "vuodelle" && i + 1 < t.Count && char.IsAsciiDigit(t[i + 1].Word[0]) // "koko vuodelle asetettua 650 ryhmää vastaan"
                || w is "paikkaan" or "paikalle" && i >= 2 && char.IsAsciiDigit(t[i - 1].Word[0]) && (i >= 3 && char.IsAsciiDigit(t[i - 3].Word[0]) || FigureRules.NumberWords.ContainsKey(t[i - 2].Word)) // "ilmoittautunut 40 nuorta 160 paikkaan", "ilmoittautui viisi 30 paikkaan": the places on offer
                || FigureRules.IsPlacesOffered(w) && i >= 3 && t[i - 2].Word is "till" or "for" && IsCountWord(t[i - 1].Word) && t.Skip(Math.Max(0, i - 5)).Take(i - 2 - Math.Max(0, i - 5)).Any(x => IsCountWord(x.Word)) // "Sex anmälda till tjugo platser", "4 sign-ups for 20 seats"
                || w.StartsWith("mitoitu", StringComparison.Ordinal) && i >= 2 && t[i - 1].Word == "hengen" && char.IsAsciiDigit(t[i - 2].Word[0]) // "140 hengen mitoitus": the people planned for
                || w == "sized" && i + 2 < t.Count && t[i + 1].Word == "for" && char.IsAsciiDigit(t[i + 2].Word[0]) // "lessons sized for 40"
                || w == "paikasta" && char.IsAsciiDigit(t[i - 1].Word[0]) && t.Skip(i + 1).Any(x => char.IsAsciiDigit(x.Word[0]))) // "240 paikasta on varattu 90"
                t[i] = t[i] with { Cues = t[i].Cues | Cue.Goal };
        }
    }

    internal static bool IsCountWord(string w) => char.IsAsciiDigit(w[0]) || FigureRules.NumberWords.ContainsKey(w);

    /// <summary>"uusiminen jätetään tältä vuodelta tekemättä": left undone on purpose, read as "jää tekemättä".</summary>
    private static void MarkLeftUndone(List<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            // Not "arvio jätetään antamatta": an assessment withheld.
            if (!(t[i].Word.StartsWith("jätet", StringComparison.Ordinal) || t[i].Word.StartsWith("jätti", StringComparison.Ordinal))
                || t.Exists(x => x.Clause == t[i].Clause && (x.Word.StartsWith("arvi", StringComparison.Ordinal) || x.Word.StartsWith("ennust", StringComparison.Ordinal)))) continue;
            for (var j = i + 1; j < t.Count && j <= i + 4 && t[j].Clause == t[i].Clause; j++)
                if (t[j].IsBareAbessive)
                {
                    t[i] = t[i] with { Cues = t[i].Cues | Cue.Remain };
                    break;
                }
        }
    }

    /// <summary>
    /// "eikä mittarin arvoa tiedetä ennen sitä": the measure's value not known, so not assessed (not "ei tiedetä, ehditäänkö",
    /// nor "käsittelyn kestoa ei tiedetä", which leave the goal open).
    /// </summary>
    private static void MarkValueUnknown(List<Token> t)
    {
        for (var i = 1; i < t.Count; i++)
            if (t[i].Word == "tiedetä" && t.Exists(x => x.Clause == t[i].Clause && (x.Word.StartsWith("mittari", StringComparison.Ordinal) || x.Word is "arvoa" or "lukua" or "tulosta" or "toteumaa")))
                t[i] = t[i] with { Cues = t[i].Cues | Cue.Assess };
    }

    /// <summary>"luku", "luvusta": a count, the year's when "vuoden" is before it.</summary>
    internal static bool IsYearsCount(string w) => w is "luku" or "luvun" or "lukua" or "luvusta" or "luvut" or "lukuun" or "lukuja";

    /// <summary>"in Vartiokylä and Kallahti", "Pasilan ja Käpylän": a conjunction between two names (capitalised, not the sentence's first word) joins them, not clauses.</summary>
    private static bool JoinsNames(string text, List<Token> tokens, int after, int end, string conjunction)
    {
        if (conjunction is not ("ja" or "och" or "and" or "sekä") || tokens.Count < 2 || !char.IsUpper(text[tokens[^1].Start])) return false;
        while (after < end && char.IsWhiteSpace(text[after])) after++;
        return after < end && char.IsUpper(text[after]);
    }

    /// <summary>"I och med 2016 slutförde vi …": "i och med" (as of, with) is one preposition, its "och" joins no clauses.</summary>
    private static bool InOchMed(string text, List<Token> tokens, int after, int end, string conjunction)
    {
        if (conjunction != "och" || tokens.Count == 0 || tokens[^1].Word != "i") return false;
        while (after < end && char.IsWhiteSpace(text[after])) after++;
        return after + 3 <= end && string.Compare(text, after, "med", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && (after + 3 == end || !char.IsLetter(text[after + 3]));
    }

    /// <summary>"social- och hälsovårdssektorn", "kulttuuri- ja vapaa-aikatoimiala": a word cut at a hyphen shares its ending with the next; its "och", "ja" join words, not clauses.</summary>
    private static bool EndsCompoundPrefix(string text, Token previous) => previous.End < text.Length && TextNormalizer.IsDash(text[previous.End]);

    /// <summary>
    /// "måste göras om", "gjordes om", "byggdes busstorget om för ökad tillgänglighet": "om" as the particle of a verb that is
    /// done again (göra om, bygga om, organisera om), ending its clause or followed by a preposition, not "if".
    /// </summary>
    private static bool RedoneParticle(List<Token> t, int i)
    {
        if (i + 1 < t.Count && t[i + 1].Clause == t[i].Clause && t[i + 1].Word is not ("för" or "till" or "på" or "med" or "i" or "under" or "efter" or "inför" or "från")) return false;
        for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
            if (RedoneStems.Any(t[j].Word.StartsWith)) return true;
        return false;
    }

    private static readonly string[] RedoneStems = ["gör", "gjor", "bygg", "organiser", "omorganiser", "rit", "planer", "start", "pröva", "prövad", "tänk", "formuler", "skriv", "skrev"];

    /// <summary>A past, not negated form of "päästä" up to four words before token i in its clause ("pääsi … alkamaan"), or -1.</summary>
    private static int GotToBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 4 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word.StartsWith("pääs", StringComparison.Ordinal) && t[j].Has(Cue.Realise) && t[j].Form == VerbForm.Past && !(j > 0 && t[j - 1].Has(Cue.Negator))) return j;
        return -1;
    }

    /// <summary>A closure, cut or delay before token i in its clause: what "is off the table" or "blir inte av" then is a threat gone.</summary>
    private static bool ThreatBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word is "closure" or "cuts" or "cut" or "delay" or "closing" || t[j].Word.StartsWith("stängning", StringComparison.Ordinal)
                || t[j].Word.StartsWith("nedläggning", StringComparison.Ordinal) || t[j].Word.StartsWith("neddragning", StringComparison.Ordinal)) return true;
        return false;
    }

    internal static bool IsSeason(string w) =>
        w.Contains("kaude", StringComparison.Ordinal) || w.StartsWith("talve", StringComparison.Ordinal) || w.StartsWith("kevä", StringComparison.Ordinal)
        || w.StartsWith("syksy", StringComparison.Ordinal) || w.StartsWith("kesä", StringComparison.Ordinal);

    private static bool IsInWord(string text, int i, int start)
    {
        var c = text[i];
        if (TextNormalizer.IsWordChar(c)) return true;
        if (i == start || i + 1 >= text.Length) return false;
        var prev = text[i - 1];
        var next = text[i + 1];
        if (TextNormalizer.IsApostrophe(c)) return char.IsLetter(prev) && char.IsLetter(next); // don't
        if (c == '.' || c == ',') return char.IsDigit(prev) && char.IsDigit(next); // 30.4.2020, 3,5
        if (c == ':') return char.IsLetter(prev) && char.IsLetter(next); // "EU:n", "HUS:n": a case ending, not a clause break
        return false;
    }

    private static bool IsClausePunctuation(string text, int i)
    {
        var c = text[i];
        // A parenthesis ("tavoitetaso (80 %) on ylitetty") is an aside inside the clause, not a break.
        // "22:sta", "612:een", "75 %:n": a case ending on a figure is no break either, though it stays a word of its own.
        if (c == ':' && i > 0 && i + 1 < text.Length && (char.IsDigit(text[i - 1]) || text[i - 1] == '%') && char.IsLower(text[i + 1])) return false;
        if (c is ',' or ';' or ':' or '\u2014') return true;
        if (!TextNormalizer.IsDash(c)) return false;
        // A dash with space around it ("etenee – mutta") breaks a clause; inside a compound (korona-tilanne) it does not.
        var spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]);
        var spaceAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
        return spaceBefore && spaceAfter;
    }

    /// <summary>
    /// The noun "pysyminen" ("tavoite talousarviossa pysymisestä") names the goal of staying within budget; only a verb
    /// ("pysyttiin", "pysyvät") says the budget held.
    /// </summary>
    private static bool NamesTheGoal(string pysy) => pysy.StartsWith("pysymi", StringComparison.Ordinal) || pysy == "pysyä"; // "Tavoitteena oli pysyä talousarviossa"

    /// <summary>"short of the 5 000 set in the goal": "of" next, and the goal within seven words after it in the clause.</summary>
    private static bool GoalAfterOf(List<Token> t, int i)
    {
        if (i + 1 >= t.Count || t[i + 1].Word != "of") return false;
        for (var j = i + 2; j < t.Count && j <= i + 8 && t[j].Clause == t[i].Clause; j++)
            if (t[j].Has(Cue.Goal)) return true;
        return false;
    }

    private static bool FallBefore(List<Token> t, int i)
    {
        for (var j = i - 2; j >= 0 && j >= i - 5 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word is "fall" or "falls" or "fell" or "falling") return true;
        return false;
    }

    /// <summary>"kustannusarvioon", "talousarvioon", "budjettiin", "määrärahaan" within four words after token i in its clause: into the budget.</summary>
    private static bool BudgetIntoAfter(List<Token> t, int i)
    {
        for (var j = i + 1; j < t.Count && j <= i + 4 && t[j].Clause == t[i].Clause; j++)
            if (t[j].Word is "kustannusarvioon" or "talousarvioon" or "budjettiin" or "määrärahaan" or "määrärahoihin" or "raamiin" || t[j].Word.EndsWith("rahoihin", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"kostnaderna", "budgeten", "anslaget": what "inom ramen för" frames when it speaks of money.</summary>
    private static bool IsCostFrame(string w) => w is "kostnaderna" or "budgeten" or "budget" or "anslaget" or "anslagen" or "budgetramen";

    /// <summary>A Finnish verb in the conditional mood: "olisi", "painaisi", "jäisivät", the passive "päästäisiin".</summary>
    internal static bool IsConditionalMood(string w) => w.Length > 4 && (w.EndsWith("isi", StringComparison.Ordinal) || w.EndsWith("isivät", StringComparison.Ordinal) || w.EndsWith("isivat", StringComparison.Ordinal)
        || w.EndsWith("taisiin", StringComparison.Ordinal) || w.EndsWith("täisiin", StringComparison.Ordinal));

    /// <summary>The temporal participle "tultua", "saatua", "valmistuttua", "myönnettyä": once it has come, been got, been finished.</summary>
    internal static bool IsAfterParticiple(string w) => w.Length > 5 && (w.EndsWith("ttua", StringComparison.Ordinal) || w.EndsWith("ttyä", StringComparison.Ordinal) || w is "tultua" or "saatua" or "päästyä" or "mentyä");

    /// <summary>"este", "ongelmia", "riskejä" in token i's clause: an obstacle, which "not in sight" denies.</summary>
    private static bool ObstacleIn(List<Token> t, int i) => InClauseBefore(t, i, int.MaxValue, IsObstacle) || InClauseAfter(t, i, IsObstacle);

    private static bool IsObstacle(Token w) =>
        w.Word.StartsWith("este", StringComparison.Ordinal) || w.Word.StartsWith("ongelm", StringComparison.Ordinal) || w.Word.StartsWith("riskej", StringComparison.Ordinal);

    /// <summary>A token matching <paramref name="match"/> before token i in its clause, at most <paramref name="reach"/> words back.</summary>
    private static bool InClauseBefore(List<Token> t, int i, int reach, Func<Token, bool> match)
    {
        for (var j = i - 1; j >= 0 && i - j <= reach && t[j].Clause == t[i].Clause; j--)
            if (match(t[j])) return true;
        return false;
    }

    private static bool IsGot(string w) => w is "saatiin" or "saadaan" or "saatu" or "saataisiin";

    /// <summary>"lisärahoitusta", "lisäohjaajaa", "tilläggsanslag", "extra": more money or people than there is.</summary>
    /// <summary>A verb in the conditional mood ("jäisivät", "olisi", "skulle", "would") or of lacking ("saknas", "puuttuu") after token i.</summary>
    private static bool HypotheticalOrLackAfter(List<Token> t, int i) =>
        t.FindIndex(i + 1, x => x.Word.EndsWith("isi", StringComparison.Ordinal) || x.Word.EndsWith("isivät", StringComparison.Ordinal)
            || x.Word is "skulle" or "would" or "saknas" or "puuttuu" or "puuttuvat") >= 0;

    private static bool IsResource(string w) =>
        w.StartsWith("lisä", StringComparison.Ordinal) && w.Length > 6 || w.StartsWith("tilläggs", StringComparison.Ordinal) || w is "extra" or "additional" or "funding" or "resources";

    /// <summary>"kasvattaminen", "förverkligandet", "reaching": the doing of something, which needs what follows; not a body that demands it.</summary>
    private static bool IsActionNoun(string w) =>
        w.EndsWith("minen", StringComparison.Ordinal) || w.EndsWith("andet", StringComparison.Ordinal) || w.EndsWith("ningen", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal);

    private static bool FigureWordOrDigit(string w) => char.IsAsciiDigit(w[0]) || FigureRules.NumberWords.ContainsKey(w) || w is "kahta" or "kolmea" or "neljää" or "viittä";

    private static bool InClauseAfter(List<Token> t, int i, Func<Token, bool> match) => InClauseAfter(t, i, int.MaxValue, match);

    /// <summary>"investointilistalta", "työohjelmasta", "investeringsplanen": a list or programme of the works to do.</summary>
    private static bool IsWorkList(Token w) =>
        w.Word.EndsWith("listalta", StringComparison.Ordinal) && w.Word.Length > 8 && !w.Word.StartsWith("esitys", StringComparison.Ordinal) // not the agenda, "asia poistettiin listalta"
        || w.Word.EndsWith("ohjelmasta", StringComparison.Ordinal) || w.Word.EndsWith("suunnitelmasta", StringComparison.Ordinal)
        || w.Word.EndsWith("töistä", StringComparison.Ordinal) // "pudotettiin tämän vuoden töistä"
        || w.Word.StartsWith("investeringsplan", StringComparison.Ordinal) || w.Word.StartsWith("investeringslista", StringComparison.Ordinal) || w.Word.StartsWith("programmet", StringComparison.Ordinal);

    /// <summary>A token matching <paramref name="match"/> after token i in its clause, at most <paramref name="reach"/> words on.</summary>
    private static bool InClauseAfter(List<Token> t, int i, int reach, Func<Token, bool> match)
    {
        for (var j = i + 1; j < t.Count && j - i <= reach && t[j].Clause == t[i].Clause; j++)
            if (match(t[j])) return true;
        return false;
    }

    private static bool NegatorBefore(List<Token> t, int i) => InClauseBefore(t, i, 6, w => w.Has(Cue.Negator));

    /// <summary>"than the 45 planned", "än de 30 som planerats", "well past the 200 planned": a figure after "than" right before the plan participle at i (past "som").</summary>
    private static bool PlannedFigureAfterThan(List<Token> t, int i)
    {
        var figure = t[i - 1].Word == "som" ? i - 2 : i - 1;
        if (FigureRules.IsThousands(t, figure - 1, figure)) figure--; // "än de 1 800 som planerats": the figure's first group
        return figure >= 2 && (char.IsAsciiDigit(t[figure].Word[0]) || figure == i - 2 && IsCountWord(t[figure].Word)) && Against(figure - 1) // "fler än de tio som planerats", not "två av tre planerade"
            // "samlade 90 spelare mot planerade 200", "610 barn mot förväntade 1 200", "against the planned 60": the word before its figure.
            || t[i].Word is "planerade" or "planned" or "förväntade" or "expected" && i + 1 < t.Count && IsCountWord(t[i + 1].Word) && !t[i + 1].Has(Cue.Year) && Against(i - 1)
            || Whereas();

        // "900 barn, medan 1 800 hade väntats", "240 children attended, while 150 were expected": the figure set against the one reached.
        bool Whereas()
        {
            var k = i - 1;
            while (k > i - 3 && k > 0 && t[k].Word is "hade" or "had" or "been" or "were" or "was") k--;
            if (k == i - 1 || k < 1 || !char.IsAsciiDigit(t[k].Word[0]) || t[k].Has(Cue.Year)) return false;
            if (FigureRules.IsThousands(t, k - 1, k)) k--;
            return k >= 1 && t[k - 1].Word is "medan" or "while" or "whereas";
        }

        // "out of a planned 70", "18 deltagare av planerade 50": a count out of the plan's figure is measured against it.
        // "190 of a planned 320": a count of a planned figure, the indefinite article saying it is the plan's.
        bool Against(int k) => k >= 0 && (IsAgainst(k) || k >= 1 && t[k].Word is "the" or "de" or "a" && IsAgainst(k - 1)
            || k >= 2 && t[k].Word == "a" && t[k - 1].Word == "of" && char.IsAsciiDigit(t[k - 2].Word[0]));
        bool IsAgainst(int k) => t[k].Word is "than" or "än" or "against" or "mot" or "past" or "beyond" or "above" or "below" or "över" || t[k].Word == "av" && k >= 1 || t[k].Word == "of" && k >= 1 && t[k - 1].Word == "out";
    }

    private static bool IsPlanGenitive(string w) =>
        w.EndsWith("planens", StringComparison.Ordinal) || w.EndsWith("suunnitelman", StringComparison.Ordinal) || w is "plan's";

    /// <summary>"tavoitteesta", "målet", "target": the goal's own word, not a project ("hankkeen") that is also read as a goal.</summary>
    private static bool IsGoalsOwnWord(Token w) =>
        w.Has(Cue.Goal) && (w.Word.Contains("tavoit", StringComparison.Ordinal) || w.Word.StartsWith("mål", StringComparison.Ordinal) || w.Word.StartsWith("target", StringComparison.Ordinal));

    private static bool WholeBefore(List<Token> t, int i) => InClauseBefore(t, i, int.MaxValue, w => w.Has(Cue.Whole));

    /// <summary>"vasta", "myöhässä": done, but late, before token i in its clause.</summary>
    private static bool LateBefore(List<Token> t, int i) => InClauseBefore(t, i, int.MaxValue, w => w.Word is "vasta" or "myöhässä" or "lopulta");

    /// <summary>"Tavoitteeksi asetettu 500 kesätyöseteliä … saatiin myönnettyä": a goal word earlier in the clause.</summary>
    private static bool GoalBefore(List<Token> t, int i) => InClauseBefore(t, i, int.MaxValue, w => w.Has(Cue.Goal));

    private static bool IsMonthGenitive(string w) =>
        w is "tammikuun" or "helmikuun" or "maaliskuun" or "huhtikuun" or "toukokuun" or "kesäkuun" or "heinäkuun" or "elokuun" or "syyskuun" or "lokakuun"
            or "marraskuun" or "joulukuun";

    /// <summary>"syyskuuhun mennessä": by a month.</summary>
    private static bool IsMonthIllative(string w) => w.EndsWith("kuuhun", StringComparison.Ordinal) && IsMonthGenitive(w[..^3] + "n");

    /// <summary>A form of "pysyä" up to six words before token i in its clause ("pysyi", "pysyy ennusteen mukaan"), or null.</summary>
    private static string? StayVerbBefore(List<Token> t, int i)
    {
        // "pysyi 2,4 miljoonan euron kustannusarviossaan": past the amount the estimate is of, then up to six words
        // ("pysyivät erittäin hyvin talousarvion 2016 mukaisissa määräraharaameissa").
        var k = i;
        while (k > 0 && t[k - 1].Clause == t[i].Clause && (char.IsAsciiDigit(t[k - 1].Word[0]) || t[k - 1].Word is "miljoonan" or "tuhannen" or "euron")) k--;
        for (var j = k - 1; j >= 0 && j >= k - 6 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word.StartsWith("pysy", StringComparison.Ordinal)) return t[j].Word;
        return null;
    }

    /// <summary>"trenden fortsätter", "trendi jatkuu": the trend at i goes on.</summary>
    private static bool TrendGoesOn(List<Token> t, int i) => i + 1 < t.Count && t[i + 1].Word is "fortsätter" or "fortsatte" or "jatkuu" or "jatkui" or "håller";

    /// <summary>"mentiin", "päästiin", "päästy": went, got (past the target, with "yli").</summary>
    private static bool IsWentPast(string w) => w is "mentiin" or "mennään" or "päästiin" or "päästy" or "menty";

    /// <summary>"bedöma om", "avgöra vilka", "assess whether", "determine which": what an assessing verb asks about.</summary>
    private static bool IsAskedAfter(Token verb, string word) =>
        word is "om" or "ifall" or "if" or "vilka" or "vilket" or "hur" or "which" or "how" && verb.Has(Cue.Assess | Cue.Open); // "oklart om", "unclear if"

    /// <summary>"palauttaa", "palautti" within three words before token i ("palautti uimahallin hankesuunnitelman valmisteluun").</summary>
    private static bool SentBack(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word.StartsWith("palaut", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"sikäli kuin nyt voidaan arvioida": as far as can be judged, no condition.</summary>
    private static bool JudgedAfter(List<Token> t, int i)
    {
        for (var j = i + 1; j < t.Count && j <= i + 5; j++)
            if (t[j].Word is "voidaan" or "voi" or "nyt" or "tiedetään" || t[j].Word.StartsWith("arvioi", StringComparison.Ordinal) || t[j].Word.StartsWith("pääte", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool FellBehind(string verb) => verb is "jäätiin" or "jäi" or "jäivät";

    /// <summary>"passed" within three words before token i ("passed this year's target"), or -1.</summary>
    private static int PassedBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word == "passed" || t[j].Word is "pass" or "passes" && t[j + 1].Word is "its" or "the" or "this") return j; // "the year will pass its target of 5 000", not "3 200 passes against a target"
        return -1;
    }

    /// <summary>"kuroa umpeen", "hämtas in", "ta igen", "catch up": a gap closed, with the tense of its verb; null if not.</summary>
    private static VerbForm? ClosesGap(string verb, string particle) => particle switch
    {
        "umpeen" when verb.StartsWith("kuromi", StringComparison.Ordinal) || verb.EndsWith("ttava", StringComparison.Ordinal) => VerbForm.Noun, // "sen kurominen umpeen on epävarmaa", "ero on kurottava umpeen": a need
        "umpeen" when verb.StartsWith("kuro", StringComparison.Ordinal) => verb is "kurottiin" or "kuroutui" or "kuroutuivat" or "kurottu" ? VerbForm.Past : VerbForm.Present,
        "in" when verb.StartsWith("hämta", StringComparison.Ordinal) => verb is "hämtades" or "hämtats" or "hämtat" ? VerbForm.Past : VerbForm.Present,
        "igen" when verb is "ta" or "tas" or "tar" or "togs" or "tagits" => verb is "togs" or "tagits" ? VerbForm.Past : VerbForm.Present,
        "upp" when verb is "lever" or "levde" or "leva" => verb == "levde" ? VerbForm.Past : VerbForm.Present, // "lever upp till vårdgarantin"
        "up" when verb is "catch" or "caught" => verb == "caught" ? VerbForm.Past : VerbForm.Present,
        _ => null,
    };

    /// <summary>"tavoitetta", "målet" within four words from token i, in its clause: the object of "vastaa", "motsvarar".</summary>
    private static bool TargetObjectFrom(List<Token> t, int i)
    {
        for (var k = i; k < t.Count && k <= i + 3 && t[k].Clause == t[i].Clause; k++)
            if (t[k].Word.StartsWith("tavoitet", StringComparison.Ordinal) || t[k].Word.StartsWith("målet", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"edellytyksenä" up to five words before token i in its clause, or -1.</summary>
    private static int ConditionNounBefore(List<Token> t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 5 && t[k].Clause == t[i].Clause; k--)
            if (t[k].Word == "edellytyksenä") return k;
        return -1;
    }

    /// <summary>"Besöksminskningen", "nedgången", "tappet": a decline named before token i in its clause.</summary>
    private static bool DeclineBefore(List<Token> t, int i) =>
        InClauseBefore(t, i, int.MaxValue, x => x.Word.Contains("minskning", StringComparison.Ordinal) || x.Word.Contains("nedgång", StringComparison.Ordinal) || x.Word.StartsWith("tappet", StringComparison.Ordinal));

    /// <summary>"Valmistumistavoitteesta … on luovuttava": a goal in the elative before, what is given up (not "tilat on luovuttava", handed over).</summary>
    private static bool GoalGivenUpBefore(List<Token> t, int i) =>
        InClauseBefore(t, i, int.MaxValue, x => x.Has(Cue.Goal) && (x.Word.EndsWith("sta", StringComparison.Ordinal) || x.Word.EndsWith("stä", StringComparison.Ordinal)));

    /// <summary>"på att" within the four words from token i, in its clause: "beror (inte i första hand) på att …" gives a cause.</summary>
    private static bool CauseAfter(List<Token> t, int i)
    {
        for (var k = i; k + 1 < t.Count && k <= i + 4 && t[k].Clause == t[i].Clause; k++)
            if (t[k].Word == "på" && t[k + 1].Word == "att") return true;
        return false;
    }

    /// <summary>"senare än den ursprungliga", "myöhemmin kuin alkuperäinen", "later than the original" within four words before token i.</summary>
    private static bool LaterThanBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 1 && j >= i - 4; j--)
            if (t[j].Word is "än" or "kuin" or "than" && t[j - 1].Word is "senare" or "myöhemmin" or "later") return true;
        return false;
    }

    /// <summary>
    /// "kertyy tavoitteen mukaiset 120": the count after "mukaiset" is the only figure, with no contrast, "instead" or denial in
    /// the sentence (not "tavoitteen mukaisen 120 sijaan niitä kertyy 80", "mukaiset 48, mutta … vain kaksi").
    /// </summary>
    private static bool TheTargetsCountAlone(List<Token> t, int i)
    {
        if (i + 1 >= t.Count || !char.IsAsciiDigit(t[i + 1].Word[0])) return false;
        for (var j = 0; j < t.Count; j++)
            if (j != i + 1 && char.IsAsciiDigit(t[j].Word[0]) && !(j == i + 2 && FigureRules.IsThousands(t, i + 1, j))
                || t[j].Word is "sijaan" or "mutta" or "kun" or "vaikka" or "vain" or "ei" or "eivät" or "eikä") return false;
        return true;
    }

    /// <summary>"kuten" opening the clause within three words before token i.</summary>
    private static bool KutenShortlyBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word == "kuten") return true;
        return false;
    }

    /// <summary>"ero", "skillnaden", "the gap" within five words before token i in its clause ("ero tavoitteeseen on kasvanut").</summary>
    private static bool GapBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 5 && t[j].Clause == t[i].Clause; j--)
            if (Lexicon.IsGap(t[j].Word)) return true;
        return false;
    }

    private const Cue Setbacks = Cue.Delay | Cue.Cancel | Cue.Shift | Cue.Obstacle;

    /// <summary>
    /// "Lakkauttamispäätöksestä huolimatta … on mennyt eteenpäin", "Trots förseningarna känns det bra", "despite the delays":
    /// a setback named only as what the sentence goes on in spite of is conceded, not reported.
    /// </summary>
    private static void ConcedeDespite(List<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Word == "huolimatta") // the nouns in the elative before it, not a verb ("avaaminen viivästyy ponnisteluista huolimatta")
                for (var j = i - 1; j >= 0 && j >= i - 3 && t[j].Clause == t[i].Clause && (t[j].Word.EndsWith("sta", StringComparison.Ordinal) || t[j].Word.EndsWith("stä", StringComparison.Ordinal)); j--)
                    t[j] = t[j] with { Cues = t[j].Cues & ~Setbacks };
            if (t[i].Word is not ("trots" or "despite") || i + 1 >= t.Count || t[i + 1].Word == "att") continue;
            var noun = i + 1; // "trots förseningarna", "despite the many delays": the noun after its determiners
            while (noun + 1 < t.Count && noun <= i + 2 && t[noun].Word is "de" or "den" or "det" or "alla" or "vissa" or "flera" or "många" or "the" or "these" or "those" or "all" or "some" or "several" or "many") noun++;
            t[noun] = t[noun] with { Cues = t[noun].Cues & ~Setbacks };
        }
    }

    private static bool IsRevised(string w) =>
        w.StartsWith("reivat", StringComparison.Ordinal) || w.StartsWith("tarkistet", StringComparison.Ordinal) || w.StartsWith("korjat", StringComparison.Ordinal)
        || w.StartsWith("revider", StringComparison.Ordinal) || w.StartsWith("justera", StringComparison.Ordinal) || w is "revised" or "adjusted";

    private static bool IsMoreIsBetter(string w) =>
        w.Contains("tulo", StringComparison.Ordinal) && !w.Contains("tulos", StringComparison.Ordinal) || w.Contains("tuotto", StringComparison.Ordinal) || w.Contains("intäkt", StringComparison.Ordinal)
        || w.Contains("kävijä", StringComparison.Ordinal) || w.Contains("besök", StringComparison.Ordinal) || w is "revenue" or "revenues" or "income" or "visitor" or "visitors";

    private static bool GoalInClause(List<Token> t, int i) => t.Exists(x => x.Clause == t[i].Clause && (x.Has(Cue.Goal) || x.Word.StartsWith("mål", StringComparison.Ordinal)));

    /// <summary>A comparative ("vähemmän", "enemmän", "pienemmät") up to two words before token i in its clause.</summary>
    private static bool ComparedBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3 && t[j].Clause == t[i].Clause; j--)
            if (FigureRules.IsLess(t[j].Word) || FigureRules.IsMore(t[j].Word)) return true;
        return false;
    }

    /// <summary>A share or "only" in token i's clause ("bara i hälften av fallen"): kept to for part of the cases only.</summary>
    private static bool ShareInClause(List<Token> t, int i)
    {
        for (var j = 0; j < t.Count; j++)
            if (t[j].Clause == t[i].Clause && (t[j].Has(Cue.Fraction | Cue.Degree | Cue.Partial) || t[j].Word is "bara" or "endast" or "vain" or "only")) return true;
        return false;
    }

    /// <summary>"höll sig (därmed)", "ligger", "stannade" within three words before token i in its clause: kept to.</summary>
    private static bool KeptBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3 && t[j].Clause == t[i].Clause; j--)
            if (t[j].Word is "höll" or "håller" or "hölls" or "hållit" or "hålla" or "ligger" or "låg" or "stannade" or "stannar" or "kept" or "stayed" or "remained") return true;
        return false;
    }

    /// <summary>"inside" or "within" up to four words before token i in its clause.</summary>
    private static bool InsideBefore(List<Token> t, int i) => InClauseBefore(t, i, 4, w => w.Word is "inside" or "within");

    /// <summary>A forecast word ("ennustetaan", "arvioidaan") after token i in its clause.</summary>
    private static bool FrameLaterInClause(List<Token> t, int i)
    {
        for (var j = i + 1; j < t.Count && t[j].Clause == t[i].Clause; j++)
            if (t[j].Has(Cue.Frame)) return true;
        return false;
    }

    /// <summary>"målet", "målen" opening token i's clause (after "och", "men"), with no negation before i.</summary>
    private static bool GoalSubjectBefore(List<Token> t, int i)
    {
        var start = i;
        while (start > 0 && t[start - 1].Clause == t[i].Clause) start--;
        if (t[start].Word is "och" or "men" or "så" && start + 1 < i) start++;
        if (t[start].Word is "årets" && start + 1 < i && t[start + 1].Word == "mål") start++; // "så årets mål på 2 000 ser ut att hålla"
        if (t[start].Word is not ("målet" or "målen" or "mål")) return false;
        for (var j = start; j < i; j++)
            if (t[j].Has(Cue.Negator)) return false;
        return true;
    }

    private static void MarkPhrases(List<Token> t)
    {
        for (var i = 1; i < t.Count; i++)
        {
            var (first, second, both) = PairCues(t, i);
            // Each set of phrases below may claim the pair and skip the rest; they are split only to keep each method small enough for the JIT to optimise.
            if (Phrases1(t, i) || Phrases2(t, i) || Phrases3(t, i) || Phrases4(t, i) || Phrases5(t, i)) continue;
            if (both != Cue.None)
            {
                t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | both };
                t[i] = t[i] with { Cues = t[i].Cues | both };
            }
            else if (second != Cue.None) t[i] = t[i] with { Cues = t[i].Cues | second };
            else if (first != Cue.None) t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | first };
        }
    }

    /// <summary>"has", "have", "had" in the sentence ("By the end of April, 58 families had borrowed"): the perfect, a count so far.</summary>
    private static bool Perfect(List<Token> t) => t.Exists(x => x.Word is "has" or "have" or "had");

    private static bool IsCan(string w) => w is "voi" or "voidaan" or "kan";

    /// <summary>"on saatu", "ovat juuri saatu": the perfect's auxiliary before the participle at k, an adverb ("juuri", "nyt", "vihdoin") allowed between.</summary>
    internal static bool PerfectAuxBefore(List<Token> t, int k) =>
        k >= 1 && t[k - 1].Word is "on" or "ovat" || k >= 2 && t[k - 1].Word is "juuri" or "nyt" or "vihdoin" && t[k - 2].Word is "on" or "ovat";

    private static bool IsStrongly(string w) => w is "strongly" or "seriously" or "very" or "much" or "greatly";

    /// <summary>The cues a pair of words (<c>a b</c>) gives the first, the second, or both words, or none.</summary>
    private static (Cue First, Cue Second, Cue Both) PairCues(List<Token> t, int i)
    {
        var a = t[i - 1].Word;
        var b = t[i].Word;
        Cue both = Cue.None, first = Cue.None, second = Cue.None;
        switch (b)
        {
            case "track" or "schedule" when a == "on":
            case "tidsplanen" or "tidplanen" or "tidtabellen" or "tidplan" or "tidsplan" when a is "följer" or "enligt":
            case "räckhåll" when a == "inom":
            case "målet" or "målen" or "målsättningen" when a == "inom": // "låg alltså inom målet"
            case "target" when (a == "within" || a == "the" && i >= 2 && t[i - 2].Word == "within") && (i + 1 == t.Count || t[i + 1].Clause != t[i].Clause || t[i + 1].Word is "all" or "throughout"): // not "within the target group"
            case "rajoissa" or "puitteissa" when a.StartsWith("tavoitte", StringComparison.Ordinal) || a.EndsWith("katon", StringComparison.Ordinal) || a.StartsWith("enimmäis", StringComparison.Ordinal): // "pysyi tavoitteen rajoissa", "seitsemän päivän katon puitteissa"
            case "mukaiset" or "mukaisen" when a.StartsWith("tavoitte", StringComparison.Ordinal) && TheTargetsCountAlone(t, i): // "Tuokioita kertyy tavoitteen mukaiset 120."
            case "mukainen" or "mukaisesti" or "mukaisilta" or "mukaisina" or "mukaisena" or "mukaista" when (a.StartsWith("tavoitte", StringComparison.Ordinal) || a.EndsWith("suunnitelman", StringComparison.Ordinal)) // "on ollut toimintasuunnitelman mukaista"
                && (i + 1 == t.Count || t[i + 1].Clause != t[i].Clause || char.IsAsciiDigit(t[i + 1].Word[0]) || t[i + 1].Word is "viime" or "kuluneena"): // predicate ("olevan tavoitteen mukainen 85 prosenttia", "mukaista viime vuonnakin"), not "tavoitteen mukainen lisäys"
            case "vauhdissa" when a == "hyvässä":
            case "mallilla" when a == "hyvällä": // "kumpikin tavoite on hyvällä mallilla"
            case "vauhtia" or "vauhdilla" or "tahtia" or "tahdilla" when a.StartsWith("riittäv", StringComparison.Ordinal): // "kertyy vuositavoitteeseen riittävää vauhtia"
            case "tahtia" or "tahdissa" when a is "edellyttämää" or "edellyttämässä" or "mukaista" or "mukaisessa": // "tavoitteen edellyttämää tahtia"
            case "pitää" or "pitävät" when a.EndsWith("tavoite", StringComparison.Ordinal) && (i + 1 == t.Count || t[i + 1].Clause != t[i].Clause): // "vuoden aukiolotavoite pitää": holds
            case "päätettiin" or "sovittiin" or "suunniteltiin" when a == "kuten" || a == "kuin" && !ComparedBefore(t, i - 1): // "tehdään marraskuussa niin kuin päätettiin", not "vähemmän (kävijöitä) kuin suunniteltiin"
            case "edellytettiin" or "asetettu" or "asetettiin" when (a.StartsWith("tavoittee", StringComparison.Ordinal) || a.StartsWith("hankesuunnitelm", StringComparison.Ordinal)) && KutenShortlyBefore(t, i - 1): // "kuten tavoitteessa edellytettiin", "kuten hankkeelle oli tavoitteeksi asetettu"
            case "asetettiin" or "asetettu" when a.StartsWith("tavoitteeksi", StringComparison.Ordinal) && i >= 3 && t[i - 2].Word == "kuin" && t[i - 3].Word is "monta" or "paljon": // "juuri niin monta kuin tavoitteeksi asetettiin"
            case "asetettu" or "edellytetty" when a is "oli" or "on" && i >= 2 && t[i - 2].Word.StartsWith("tavoittee", StringComparison.Ordinal) && KutenShortlyBefore(t, i - 2): // "kuten tavoitteeksi oli asetettu"
            case "tavalla" when a is "suunnitellulla" or "sovitulla" or "aiotulla" or "tavoitellulla": // "toteutuivat pääosin suunnitellulla tavalla"
            case "planned" when a == "as":
            case "plan" or "schedule" when a == "of" && i >= 2 && t[i - 2].Word == "ahead": // "tracking ahead of plan"
            case "for" or "towards" when a == "heading": // "is heading for the annual target"
            case "plan" or "planen" or "planerna" or "planering" or "planeringen" when a is "enligt" or "följer" or "följde":
            case "tidtabellen" or "tidsplanen" when a is "håller" or "höll" or "följer" or "följde": // "ombyggnaden håller tidtabellen"
            case "limit" or "cap" when InsideBefore(t, i) && !ShareInClause(t, i): // "well inside the 21-day limit", "stayed within the cap"
            case "sisällä" when IsLimit(a) && !ShareInClause(t, i): // "pysyi 30 päivän rajan sisällä"
            case var roof when roof.EndsWith("katossa", StringComparison.Ordinal) && StayVerbBefore(t, i) is not null && !ShareInClause(t, i): // "pysyy hyvin vuoden katkokatossa"
            case "piti" or "pitää" when a.EndsWith("katto", StringComparison.Ordinal) || a.EndsWith("yläraja", StringComparison.Ordinal): // "30 kappaleen katto piti vuoden mittaan": the ceiling held
            case "alla" or "alapuolella" when (a.EndsWith("katon", StringComparison.Ordinal) || IsLimit(a)) && StayVerbBefore(t, i) is not null && !ShareInClause(t, i): // "pysyi 0,8 prosentissa yhden prosentin katon alla"
            case "gränsen" when a == "inom" && KeptBefore(t, i - 1) && !ShareInClause(t, i): // "höll sig därmed inom gränsen på en vecka", not "… bara i hälften av fallen"
            case "fas" when a == "i": // "ligger i fas med sina mål"
            case "linje" when a == "i" && i + 2 < t.Count && t[i + 1].Word == "med" && t[i + 2].Has(Cue.Goal): // "ligger i linje med årsmålet"
            case "table" when a == "the" && i >= 2 && t[i - 2].Word == "off" && ThreatBefore(t, i - 2): // "the planned closure is off the table": a threat gone
                both = Cue.OnTrack; break;
            case "aim" when a is "the" or "its" or "our" or "their" && (i + 1 == t.Count || t[i + 1].Word is not ("to" or "is" or "was") || i >= 2 && t[i - 2].Word == "as"): // "with 60 as the aim", not "the aim is to …"
            case "luvun" or "lukeman" when a == "sovitun" && i >= 2 && t[i - 2].Word is "vuodelle" or "vuodeksi": // "ohittivat kumpikin vuodelle sovitun luvun elokuussa"
            case "mark" when a is "yearly" or "annual" or "year's": // "passed its yearly mark of 32 gaming nights in March"
            case "katto" or "kattona" or "katoksi" when a is "vuoden" or "vuotuinen" or "vuosittainen": // "kun vuoden kattona pidetään kymmentä valitusta": the year's ceiling, not a roof
                second = Cue.Goal; break;
            case "mitenkään" when a is "pystyisi" or "voisi" or "pysty" or "voi" or "voida" or "pystytä" or "pystyttäisi" or "voitaisi":
                second = Cue.Possible; break; // "Ei sellaista pystyisi mitenkään polkaisemaan tässä ajassa pystyyn": in no way possible
            case "gång" or "igång" when a is "i" && i >= 2 && t[i - 2].Word is "kommit" or "kom" || a is "kommit" or "kom" && b == "igång":
                second = Cue.Progress; break; // "verksamheten har kommit i gång": got going
            case "häiriöitä" or "ongelmia" or "störningar" or "problem" or "problems" or "disruption" when a is "ilman" or "utan" or "without":
            case "vilkasta" or "vilkas" or "vilkkaampaa" when a is "ollut" or "on" or "oli": // "käyttö on ollut vilkasta": brisk use
                second = Cue.Progress; break; // "testattiin elokuussa ilman häiriöitä": done without a hitch
            case "table" when a == "the" && i >= 2 && t[i - 2].Word == "off" && !ThreatBefore(t, i - 2): // "the goal … is off the table for 2044", not "the closure is off the table"
            case "off" when a == "called":
            case "bort" when a is "faller" or "föll" or "fallit": // "så målet för i år faller bort"
            case "in" when a is "ställa" or "ställas" or "ställs" or "ställdes" or "ställts" or "ställde" or "ställt": // "det måste vi ställa in", "konserten ställdes in"
                both = Cue.Cancel; break;
            case "kalliiksi" or "dyrt" or "dyr" when a is "liian" or "för" && i >= 2 && t[i - 2].Word is "todettu" or "todettiin" or "bedömts" or "bedömdes" or "ansetts" && i + 1 == t.Count: // "rakentaminen on todettu liian kalliiksi": dropped
                both = Cue.Cancel; break;
            case "mahdollista" when a == "kuin" && i >= 2 && t[i - 2].Word == "pian" || a == "on" && i >= 4 && t[i - 2].Word == "se" && t[i - 3].Word == "kun" && t[i - 4].Word == "heti":
            case "möjligt" when a == "som" && i >= 2 && t[i - 2].Word == "snart" || a == "är" && i >= 3 && t[i - 2].Word == "det" && t[i - 3].Word == "snart":
            case "possible" when a == "as" && i >= 2 && t[i - 2].Word == "soon":
                second = Cue.Delay; break; // "pyritään saamaan jälleen auki niin pian kuin mahdollista": closed now, with no date to open
            case "katon" or "katto" or "kattoa" or "katossa" when a is "euron" or "eur" or "€" or "prosentin":
                second = Cue.Goal; break; // "alle 0,7 milj. euron katon", "yhden prosentin katon alla": a ceiling in money or a share, not a roof
            case "tidtabellen" or "tidsplanen" or "tidplanen" when a == "planerade" && i >= 3 && t[i - 2].Word == "den" && t[i - 3].Word == "i":
            case "tidtabellen" or "tidsplanen" or "tidplanen" when a == "i" && i >= 3 && t[i - 2].Word == "till" && t[i - 3].Word == "bra":
                second = Cue.OnTrack; break; // "blivit färdig i den planerade tidtabellen", "vi ligger bra till i tidsplanen": on schedule
            case "aikataulua" or "suunnitelmaa" when a is "vastaa" or "vastasi" or "vastaavat" || i >= 2 && t[i - 2].Word is "vastaa" or "vastasi" or "vastaavat":
                second = Cue.OnTrack; break; // "mikä vastaa ohjelman aikataulua": as the schedule has it
            case "korkea" or "korkealla" or "matala" or "matalalla" or "alhainen" or "alhaisella" or "hidas" or "hidasta" or "vähäistä" or "vähäinen" when a == "liian":
                second = Cue.Obstacle; break; // "työttömyysaste on edelleen liian korkea": too high for the goal, a risk any verdict answers
            case "short" when a is "fall" or "falls" or "fell" or "falling":
            case "jälkeen" when FellBehind(a) || a.EndsWith("sti", StringComparison.Ordinal) && i >= 2 && FellBehind(t[i - 2].Word): // "asukasluvun kehityksessä jäätiin selvästi jälkeen"
                both = Cue.Fail; break;
            case "short" when FallBefore(t, i) || GoalAfterOf(t, i):
                second = Cue.Fail; break; // "fell well short of the target", "fell roughly a fifth short", "at 3 400, short of the 5 000 set in the goal"
            case "budget" or "budgeten" or "ramen" or "ramar" or "ramarna" or "gränserna" or "appropriation" when (a is "under" or "within" or "inom" || i >= 2 && t[i - 2].Word is "within" or "inom" && a != "the"
                || i >= 3 && t[i - 3].Word == "within" && t[i - 2].Word == "the") // "within the approved budget"
                && !(b == "ramen" && i + 2 < t.Count && t[i + 1].Word == "för" && !IsCostFrame(t[i + 2].Word)): // not "inom ramen för Våga Visa", within the scope of; "inom ramen för kostnaderna" is
                second = Cue.Cost | Cue.Below; break;
            case "budget" or "budgeten" when a is "följa" or "följer" or "följde" or "följt": // "kommer följa budgeten": within it
                second = Cue.Cost | Cue.Below; break;
            case "budget" or "budgeten" when a is "over" or "över":
                second = Cue.Cost | Cue.Above; break;
            case "puitteissa" or "raameissa" or "rajoissa" when a.StartsWith("talousarvio", StringComparison.Ordinal) || a.StartsWith("budjet", StringComparison.Ordinal)
                || a.StartsWith("määrärah", StringComparison.Ordinal) || a.StartsWith("raamie", StringComparison.Ordinal) || a.StartsWith("hankesuunnitelm", StringComparison.Ordinal):
                second = Cue.Cost | Cue.Below; break; // "pysyi talousarvion puitteissa": within the budget
            // Not "ilmankosteus ei pysy konservaattorin asettamissa rajoissa": bare limits are no budget's (its own are read above).
            case var locative when Lexicon.IsBudgetLocative(locative) && locative is not ("rajoissa" or "puitteissa") && StayVerbBefore(t, i) is { } pysy: // "hanke pysyi … kustannusarviossaan"
                second = NamesTheGoal(pysy) ? Cue.Goal : Cue.Cost | Cue.Below; break; // "pysyy ennusteen mukaan budjetissa"
            case var month when Lexicon.MonthName(month) > 0 && a is "to" or "until" or "into" or "till":
                second = Cue.LaterTime; break;
            case "år" or "year" when a is "nästa" or "följande" or "next" or "following":
            case "spring" or "autumn" or "summer" or "winter" when a == "next":
            case "vår" or "våren" or "höst" or "hösten" or "sommar" when a == "nästa":
            case "keväänä" or "syksynä" or "kesänä" or "talvena" or "kevääseen" or "syksyyn" or "kesään" or "talveen" when a == "ensi": // "siirtyi ensi kesään"
                both = Cue.NextYear; break;
            case "vuonna" when a is "tänä" or "kuluvana":
            case "syksynä" or "keväänä" or "kesänä" or "talvena" when a == "tänä": // "mutta tänä syksynä kouluihin on jo sovittu 285 kerhoa"
            case "loppuun" or "aikana" or "lopussa" when a == "vuoden":
            case "år" when a == "i":
            case "year" when a is "this" or "the":
            case "end" when a == "year":
            case "vuodelta" when a == "tältä": // "Peli on tältä vuodelta pelattu"
                both = Cue.ThisYear; break;
            case "puolella" when a == "vuoden" && i >= 2 && t[i - 2].Word is "tämän" or "kuluvan":
                both = Cue.ThisYear; break; // "avaus tapahtuu yhä tämän vuoden puolella": within this year
            case "vuodenvaihdetta" or "vuodenvaihteeseen" when a == "ennen":
            case "årsskiftet" when a is "före" or "till" or "innan":
                second = Cue.ThisYear; break; // "ennen vuodenvaihdetta": within this year
            case "delen" or "del" when a == "största":
            case "osaksi" when a == "suurimmaksi":
            case "osin" when a is "suurimmalta" or "suurelta":
                both = Cue.Degree; break; // "uppfylldes till största delen", "tarkistettiin suurimmalta osin": for the most part, not wholly
            case "upp" or "fram" or "framåt" when a is "sköts" or "skjuts" or "skjutits" or "skjutas" or "skjuta" or "sköt":
                both = Cue.Delay | Cue.Shift; break; // "invigningen sköts upp till mars"
            case "ahead" when a is "go" or "goes" or "went" or "gone":
                both = Cue.Progress; break; // "did not go ahead in 2042": a work carried out, or not
            case var done when a == "saatiin" && done.Length > 6 && (done.EndsWith("ttua", StringComparison.Ordinal) || done.EndsWith("ttyä", StringComparison.Ordinal)):
                second = Cue.Progress; break; // "lukot saatiin asennettua 11 nuorisotaloon": got done
            case "uudelleen" when a.StartsWith("suunnitel", StringComparison.Ordinal) || a.StartsWith("kilpailut", StringComparison.Ordinal)
                || a.StartsWith("arvioi", StringComparison.Ordinal) && i >= 2 && t[i - 2].Word.StartsWith("aikatau", StringComparison.Ordinal):
                second = Cue.Delay; break; // "aikataulu suunnitellaan uudelleen", "urakan aikataulu arvioidaan uudelleen", "urakka joudutaan kilpailuttamaan uudelleen": back to the start
            case "förflyttning" or "utveckling" or "utvecklingen" when a is "positiv" or "positiva":
            case "trenden" or "trendi" when a is "positiva" or "myönteinen" or "positiivinen" && TrendGoesOn(t, i): // "Den positiva trenden fortsätter"
            case "positivt" when a.StartsWith("utveckla", StringComparison.Ordinal):
            case "kehitys" or "kehitystä" when a is "myönteinen" or "myönteistä" or "positiivinen" or "positiivista":
            case "development" or "trend" when a == "positive":
            case "suuntaan" when a is "parempaan" or "oikeaan" or "myönteiseen" or "positiiviseen":
            case "riktning" when a is "rätt" or "positiv": // "går i rätt riktning"
            case "väg" when a == "god" && i >= 2 && t[i - 2].Word == "på": // "vi är på god väg", "renoveringen är redan på god väg"
            case "suuntaista" when a is "oikean" or "myönteisen": // "oikean suuntaista kehitystä"
            case "bättre" when a == "det":
            case "håll" when a == "rätt":
            case "direction" when a == "right":
            case "kehitystä" or "kehitys" when a is "mukaista" or "mukainen" && i >= 2 && t[i - 2].Word.StartsWith("tavoitte", StringComparison.Ordinal):
            case "mot" when a is "rör" or "går" or "närmar" or "riktning" || a is "sig" or "oss" && i >= 2 && t[i - 2].Word is "rör" or "närmar":
                both = Cue.Progress; break;
            case "positiivisia" or "positiivinen" or "myönteisiä" or "myönteinen" or "positiv" or "positiva" or "positive"
                when a is "ovat" or "on" or "är" or "is" or "are" && InClauseBefore(t, i, 7, x => x.Has(Cue.ForecastNoun)):
                second = Cue.Progress; break; // "ennusteet vuoden osalta ovat positiivisia", "prognosen är positiv": on course
            case "förflyttning" or "utveckling" or "utvecklingen" when a is "negativ" or "negativa":
            case "trenden" or "trendi" when a is "negativa" or "kielteinen" or "negatiivinen" && TrendGoesOn(t, i):
            case "kehitys" or "kehitystä" when a is "kielteinen" or "kielteistä" or "negatiivinen" or "negatiivista":
            case "development" or "trend" when a == "negative":
            case "suuntaan" when a is "huonompaan" or "heikompaan" or "väärään" or "kielteiseen" or "negatiiviseen":
            case "riktning" when a == "negativ":
            case "sämre" when a == "det":
            case "laskuun" when a.StartsWith("käänty", StringComparison.Ordinal): // "ovat kääntyneet laskuun"
            case "nedåt" when a is "gått" or "går" or "gick" or "gå": // "har gått nedåt under våren"
            case "alaspäin" or "nedåt" or "downward" or "downwards" when IsRevised(a) && t.Exists(x => x.Clause == t[i].Clause && IsMoreIsBetter(x.Word)):
                // "verotuloennustetta on reivattu alaspäin": income or visitors revised down (not costs, waiting times or emissions)
            case "håll" or "riktning" when a == "fel":
            case "direction" when a == "wrong":
            case "kasvanut" or "kasvoi" or "kasvaa" or "kasvamassa" or "suurentunut" or "suureni" or "ökat" or "ökade" or "ökar" or "vuxit" or "växer"
                or "grown" or "grew" or "widened" or "widening" when GapBefore(t, i) && GoalInClause(t, i): // "ero tavoitteeseen on kasvanut": further behind
                both = Cue.Worse; break;
            default:
                return MorePairCues(t, i, a, b);
        }
        return (first, second, both);
    }

    /// <summary>The pairs <see cref="PairCues"/> does not claim, in the same order; split off only to keep each method small enough for the JIT to optimise.</summary>
    private static (Cue First, Cue Second, Cue Both) MorePairCues(List<Token> t, int i, string a, string b)
    {
        Cue both = Cue.None, first = Cue.None, second = Cue.None;
        switch (b)
        {
            case "inte" when a is "går" or "gick" && i + 2 < t.Count && t[i + 1].Word == "att" // "Kvällsöppet går inte att ordna i år": not possible to do
                && t[i + 2].Word is "ordna" or "genomföra" or "nå" or "hålla" or "öppna" or "arrangera" or "starta" or "hinna" or "klara" or "få" or "bygga" or "färdigställa":
                first = Cue.Possible; break;
            case "när" when a == "först" && i >= 3 && t[i - 2].Word is "genomföras" or "ske" or "öppna" or "öppnas" or "starta" or "startas" or "börja" // "kan genomföras först när markägaren ger sitt tillstånd"
                && t[i - 3].Word is "kan" or "ska" or "måste" or "får" or "att" // not the past "kunde öppnas först när renoveringen var klar"
                || a == "först" && i >= 3 && t[i - 2].Word == "verklighet" && t[i - 3].Word is "blir" or "bli": // "blir verklighet först när finansieringen är klar"
            case "med" when a is "faller" && i >= 3 && t[i - 2].Word == "och" && t[i - 3].Word is "står" or "stod": // "står och faller med besiktningen"
            case "siihen" or "siitä" when a is "sidottu" or "sidoksissa" or "kiinni": // "rakentaminen on sidottu siihen, että viranomainen hyväksyy"
            case "till" when a is "bundet" or "bunden" or "knutet" or "knuten" && i + 1 < t.Count && t[i + 1].Word == "att":
            case "på" when a is "hänger" or "hängde":
            case "on" when a is "hinges" or "hinge" or "hinged" or "turns":
                first = Cue.Conditional; break; // "hänger på att fastighetsägaren hinner", "hinges on the dispute": depends on
            case "fortsatt" or "fortsatta" or "continued" when a is "med" or "with" && i == 1:
                first = Cue.Conditional; break; // "Med fortsatt återhållsamhet ska balanskravet kunna uppfyllas": if it continues
            case "way" or "chance" or "chances" or "possibility" or "prospect" or "hope" when a == "no" && i + 1 < t.Count && t[i + 1].Word is "to" or "of":
            case "chans" or "väg" or "hopp" or "utsikt" or "utsikter" when a is "ingen" or "inget" or "inga" && i + 1 < t.Count && t[i + 1].Word == "att":
                first = Cue.Negator; break; // "No way to reach the target", "det finns ingen chans att nå målet": denied, not a reaching
            case "part" when a == "in":
                second = Cue.Hedge; break; // "met only in part"
            case "doubt" when (a is "we" or "i" || IsStrongly(a) && i >= 2 && t[i - 2].Word is "we" or "i") && !(i >= 2 && t[i - 2].Word is "no" or "not"):
                second = Cue.Probable | Cue.Negator; break; // "We (strongly) doubt the walks will reach 450": probably not
            case "kaatuu" or "kaatuvat" when a == "tai" && i >= 2 && t[i - 2].Word is "nousee" or "nousevat":
                first = Cue.Conditional; break; // "nousee tai kaatuu laiturin korjauksen mukana": stands or falls with it
            case "stänga" or "stängas" or "stoppa" or "stoppas" or "sulkea" or "sulkemaan" or "close" or "halt" or "stop"
                when a is "kan" or "kunde" or "voi" or "voivat" or "saattaa" or "saattavat" or "could" or "may" or "might":
                second = Cue.Delay; break; // "sättningar som kan stänga den i augusti": what could close it is a risk
            case "puoltaa" or "puoltavat" when a == "enemmän":
                both = Cue.Hedge | Cue.Probable; break; // "Enemmän puoltaa kuin vastustaa se, että …": likely, not sure
            case "haasteita" or "vaikeuksia" when a == "luvassa":
            case "luvassa" when a is "haasteita" or "vaikeuksia":
            case "utmaningar" when a is "väntar" or "väntas":
                both = Cue.Hedge; break; // "on kuitenkin luvassa haasteita", "utmaningar väntar": trouble ahead
            case "starta" or "påbörja" or "inleda" or "aloittaa" or "käynnistää" when a is "kunnat" or "voineet" or "pystyneet" or "voinut" or "pystynyt":
                second = Cue.Progress; break; // "Vi har kunnat starta en volontärgrupp": started, as it could be
            case "vihdoin" or "vihdoinkin" or "viimein" or "äntligen" or "finally" when a is "saimme" or "saatiin" or "fick" or "fingo" or "got":
                first = Cue.Finish; break; // "Saimme vihdoinkin turvalliset ulkoportaat pääovelle": got at last, done
            case "väliin" when InClauseBefore(t, i, 3, x => x.Word is "jäi" or "jäivät" or "jää" or "jäävät" or "jäänyt" or "jääneet"):
                second = Cue.Cancel; break; // "Kajakkiretket jäävät tältä vuodelta väliin": skipped, called off
            case var returnMonth when a is "palaa" or "palaavat" && Lexicon.InMonth(returnMonth) && !t[i].Has(Cue.Year) && !(i + 1 < t.Count && t[i + 1].Has(Cue.Year)):
                first = Cue.Progress; break; // "satutunnit palaavat lokakuussa": back within the year
            case "sikseen" when a is "jätetään" or "jätettiin" or "jäi" or "jää":
                first = Cue.Cancel; break; // "tanssiaisten järjestäminen jätetään sikseen": dropped
            case "tältä" when a is "lopetetaan" or "keskeytetään" && i + 1 < t.Count && t[i + 1].Word == "vuodelta":
            case "kuluvan" or "tämän" when a is "lopetetaan" or "keskeytetään" && i + 2 < t.Count && t[i + 1].Word == "vuoden" && t[i + 2].Word == "osalta":
                first = Cue.Cancel; break; // "vaellusretket lopetetaan tältä vuodelta kolmen retken jälkeen", "keskeytetään kuluvan vuoden osalta": stopped for the year
            case "avoinna" or "auki" or "käytössä" when a is "jälleen" or "taas":
                second = Cue.Finish; break; // "uimahalli on jälleen avoinna", "kirkko on jälleen käytössä": reopened
            case "toimituspäivää" or "toimitusaikaa" or "valmistumispäivää" when a is "luvannut" or "ilmoittanut" or "vahvistanut" or "antanut":
                first = Cue.Assess; break; // "Valmistaja ei ole luvannut toimituspäivää": when it comes is not known
            case "kevääseen" or "keväälle" when InClauseBefore(t, i, 4, x => x.Has(Cue.Shift | Cue.Delay) && !x.Word.EndsWith("isi", StringComparison.Ordinal)): // not "siirtäisi", a condition
            // "skulle vara klar … under hösten men … ser det ut att dröja till i vår": past the autumn first meant (alone, "ser ut att dröja till i vår" is a delay).
            case "vår" when a == "i" && i >= 2 && t[i - 2].Word == "till" && InClauseBefore(t, i, 6, x => x.Has(Cue.Shift | Cue.Delay) || x.Word.StartsWith("dröj", StringComparison.Ordinal)) && t.Exists(x => x.Word is "hösten" or "höst"):
            case "våren" when a == "till" && InClauseBefore(t, i, 5, x => x.Has(Cue.Shift | Cue.Delay) || x.Word.StartsWith("dröj", StringComparison.Ordinal)) && t.Exists(x => x.Word is "hösten" or "höst"):
                second = Cue.NextYear; break; // "pinnoittaminen siirtyy kevääseen", "ser det ut att dröja till i vår": put off to the next spring
            case "tiden" when a == "på" && i >= 3 && t[i - 2].Word == "ut" && t[i - 3].Word is "drar" or "dra" or "dras" or "dragit":
                second = Cue.Delay; break; // "arbetet drar ut på tiden": it takes longer
            case "framtiden" when a == "på" && InClauseBefore(t, i, 4, x => x.Word.StartsWith("skjut", StringComparison.Ordinal)) && !InClauseBefore(t, i, 6, x => x.Word.StartsWith("beslut", StringComparison.Ordinal)):
                second = Cue.Shift | Cue.NextYear; break; // "får skjutas på framtiden": put off past this year (a decision put off is procedure)
            case "ulkopuolelle" when InClauseBefore(t, i, 6, x => x.Word is "rajattiin" or "rajataan" or "rajattu" or "jätettiin" or "jätetään" or "jätetty"):
                second = Cue.Cancel; break; // "aidan uusiminen rajattiin tämän vuoden korjausohjelman ulkopuolelle": left out of the year's work
            case "reach" when a == "beyond" || a == "of" && i >= 2 && t[i - 2].Word == "out":
                second = Cue.Impossible | Cue.Infeasible; break; // "Beyond reach this year:", "out of reach": the goal cannot be met
            case "pelattu" when InClauseBefore(t, i, 4, x => x.Word == "peli"):
                second = Cue.Impossible | Cue.Infeasible; break; // "Peli on tältä vuodelta pelattu": the game is up
            case "esittää" or "esittämään" or "ilmoittaa" or "laskea" or "laskemaan" when a is "voida" or "voitu" or "pystytä" or "pystytty":
                second = Cue.Assess; break; // "Vuoden kävijämäärää ei siksi voida esittää": cannot be given, so not assessed
            case "confirm" or "decide" or "agree" or "approve" when a == "to" && i >= 2 && t[i - 2].Word is "yet" or "still":
                second = Cue.Open; break; // "The ferry operator has still to confirm its timetable": not yet settled
            case "puretaan" or "purettiin" or "purettu" or "purkaa" when a is "sopimus" or "sopimukset" or "urakka" or "urakkasopimus" && !t.Exists(x => x.Has(Cue.Delay | Cue.Replace)):
                second = Cue.Cancel; break; // "peruskorjauksen sopimus puretaan välittömästi": the work called off (not a contractor's, while the work waits for another)
            case "att" or "det" when a == "krävs" && (b == "att" || i + 1 < t.Count && t[i + 1].Word == "att"):
                first = Cue.Conditional; break; // "Nu krävs det att vi håller i": a condition, not "vad som krävs enligt lagen"
            case "marginal" or "marginaler" or "marginalerna" or "marginaali" or "marginaalit" or "marginaalilla" or "margin" or "margins"
                when a is "knapp" or "knappa" or "liten" or "små" or "smal" or "smala" or "niukka" or "niukat" or "niukalla" or "pieni" or "pienet" or "pienellä" or "thin" or "narrow" or "slim" or "small" or "tight":
            case "jämnt" when a == "och" && i >= 2 && t[i - 2].Word == "nätt":
                second = Cue.Hedge; break; // "med knapp marginal", "nätt och jämnt": only just
            case "point" or "points" when a is "signs" or "indications" && i + 1 < t.Count && t[i + 1].Word == "to":
                second = Cue.Hedge | Cue.Probable; break; // "Signs point to all 14 walks taking place": probable, not sure
            case "käsistä" when a is "lipesi" or "lipsui" or "luisui" or "karkasi":
                first = Cue.Fail; break; // "vuoden tavoite lipesi käsistä": slipped away
            case "irti" when a.StartsWith("päästä", StringComparison.Ordinal) || a.StartsWith("päästet", StringComparison.Ordinal) || a is "päästimme" or "päästi" or "päästivät":
                first = Cue.Cancel; break; // "olemme päästäneet irti … tavoitteesta": let go of it, given up
            case "pois" when a is "jätettiin" or "jätetty" or "jätetään" or "jätimme" or "jäi" or "siirtyi" or "siirrettiin" && InClauseAfter(t, i, 6, x => x.Word.EndsWith("ohjelmasta", StringComparison.Ordinal) || x.Word.EndsWith("suunnitelmasta", StringComparison.Ordinal) || x.Word.EndsWith("budjetista", StringComparison.Ordinal) || x.Word.EndsWith("talousarviosta", StringComparison.Ordinal)
                    || x.Word.EndsWith("listalta", StringComparison.Ordinal)): // "siirrettiin pois tämän vuoden korjauslistalta"
                first = Cue.Cancel; break; // "uusiminen jätettiin pois (siirtyi pois) tämän vuoden korjausohjelmasta": dropped from the year's programme
            case "kiinni" when a is "eron" or "viiveen" or "välin" or "eroa" or "viivettä" or "väliä" or "aikataulua" or "aikataulun" && i >= 2 && (t[i - 2].Word.StartsWith("kuro", StringComparison.Ordinal) || t[i - 2].Word.StartsWith("kiri", StringComparison.Ordinal)):
                first = Cue.Delay; break; // "Urakoitsija kuroi eron kiinni": the gap is the delay, caught up
            case "vietettiin" or "pidettiin" when a.StartsWith("avajais", StringComparison.Ordinal):
                second = Cue.Finish; break; // "Katoksen avajaisia vietettiin viime perjantaina": opened, done
            case "päätöksellä" or "vastauksella" when a is "kielteisellä" or "myönteisellä" or "hylkäävällä" or "myöntävällä":
            case "päätös" or "vastaus" when a is "kielteinen" or "myönteinen" or "hylkäävä" or "myöntävä" && t.Exists(x => IsConditionalMood(x.Word)):
                second = Cue.Conditional; break; // "Kielteisellä päätöksellä tulokertymä olisi …", "Kielteinen päätös painaisi tulot budjetin alle": if the decision goes so
            case "putosi" or "pudotettiin" or "pudotettu" or "tippui" when InClauseAfter(t, i, 6, x => x.Word.EndsWith("listalta", StringComparison.Ordinal) || x.Word.EndsWith("ohjelmasta", StringComparison.Ordinal) || x.Word.EndsWith("suunnitelmasta", StringComparison.Ordinal)):
                second = Cue.Cancel; break; // "häkin uusiminen putosi kuluvan vuoden korjauslistalta": dropped from the year's list
            case "uuteen" or "uusiin" or "käyttämään" when a is "pääsevät" or "pääsee":
                first = Cue.Progress; break; // "koululaiset pääsevät uuteen kouluun ensi vuoden elokuussa", "veneilijät pääsevät käyttämään sitä heinäkuusta": a work in use from then
            case "ajatuksen" or "ajatukset" when a.StartsWith("hylän", StringComparison.Ordinal) || a.StartsWith("hylkä", StringComparison.Ordinal) || a.StartsWith("hylät", StringComparison.Ordinal):
                first = Cue.Cancel; break; // "Olemme hylänneet ajatuksen vuoden määrän täyttymisestä": given up, as "luopuneet ajatuksesta"
            case "dropped" when a == "were":
                second = Cue.Cancel; break; // "the other four were dropped": not held, unlike "visits dropped by 10 %"
            case "odotettavissa" when a == "ole" && i >= 2 && t[i - 2].Word is "ei" or "eikä" && i + 1 < t.Count && t[i + 1].Word == "että":
                second = Cue.Hedge | Cue.Probable; break; // "Ei ole odotettavissa, että …": not to be expected, as "ei ole todennäköistä"
            case "mahdollisuus" or "mahdollisuudet" or "mahdollisuuksia" when a is "hyvä" or "hyvät" or "hyviä":
            case "möjligheter" or "möjlighet" or "chance" when a is "goda" or "god" or "stora" or "good" or "fair":
                second = Cue.Hedge | Cue.Probable; break; // "on meillä hyvä mahdollisuus saavuttaa talouden tasapaino", "goda möjligheter att nå målet": likely, not sure
            case "troligt" or "sannolikt" when a == "föga":
                second = Cue.Hedge | Cue.Probable | Cue.Negator; break; // "Det är föga troligt att alla tio hinns med": unlikely, as "osannolikt"
            case "för" when a == "talar" && i >= 2 && t[i - 2].Word is "föga" or "inget" or "ingenting" or "lite":
                first = Cue.Hedge | Cue.Probable | Cue.Negator; break; // "Föga talar för att målet hinns med": unlikely, as "osannolikt"
            case "kunna" when a is "bör" or "borde": // "Målet bör kunna klaras": should be possible, not sure
            case "för" when a == "talar" || a is "dock" or "ändå" && i >= 2 && t[i - 2].Word == "talar":
                first = Cue.Hedge | Cue.Probable; break; // "Mycket talar för att isen finns på plats": likely, not sure
            case "mennessä" when a == "tähän" || IsMonthIllative(a) || a is "loppuun" or "puoliväliin" && i >= 2 && IsMonthGenitive(t[i - 2].Word): // "toukokuun loppuun mennessä"
            case "lopussa" or "lopun" when IsMonthGenitive(a) && !(i >= 2 && Lexicon.IsEnded(t[i - 2].Word)): // "menot ovat elokuun lopussa 3 % yli jaksotetun budjetin", "elokuun lopun kertymä"; not "kausi päättyi syyskuun lopussa"
            case "loppuun" when IsMonthGenitive(a) && i >= 2 && t[i - 2].Word is "on" or "ovat": // "on elokuun loppuun käynyt 720": so far, in the perfect
            case "loppuun" or "alkuun" or "puoliväliin" when IsMonthGenitive(a) && i + 1 < t.Count && char.IsAsciiDigit(t[i + 1].Word[0]): // "osallistui syyskuun alkuun 2 450 oppilasta": a count up to then
            case "saakka" or "asti" when a == "tähän":
            case "budjetin" or "budjettiin" or "talousarvion" or "talousarvioon" when a.StartsWith("jaksotet", StringComparison.Ordinal):
            case "budgeten" or "budget" when a.StartsWith("periodiserad", StringComparison.Ordinal):
            case "helmikuussa" or "maaliskuussa" or "huhtikuussa" or "toukokuussa" or "kesäkuussa" or "heinäkuussa" or "elokuussa" or "syyskuussa" or "lokakuussa" or "marraskuussa" when a == "tammi": // "tammi–toukokuussa"
            case "långt" when a == "här" && i >= 2 && t[i - 2].Word == "så":
            case "far" when a == "so":
            case "end" when a == "the" && i >= 2 && t[i - 2].Word == "by" && Perfect(t): // "had trained 64 by the end of April": so far
            case var month when a == "by" && Lexicon.MonthName(month) > 0 && Perfect(t):
            case "date" when a == "to" && i >= 2 && t[i - 2].Word == "year": // "year-to-date"
                both = Cue.Interim; break;
            case "med" when a is "räknar" or "räknade" && i + 1 < t.Count && t[i + 1].Word == "att": // "Vi räknar med att omkring 90 unga deltar": an expectation
                first = Cue.Frame; break;
            case "med" when a is "räknat" or "räknade" && i >= 3 && t[i - 2].Word is "vi" or "man" && char.IsAsciiDigit(t[i - 3].Word[0]): // "de 12 000 vi räknat med": what was expected
                first = Cue.Frame | Cue.Goal; break;
            default:
                // "talousarviossa pysyminen", "eikä talousarviossa pysytty": staying within budget, in either order.
                if (b.StartsWith("pysy", StringComparison.Ordinal) && Lexicon.IsBudgetLocative(a))
                    first = NamesTheGoal(b) ? Cue.Goal : Cue.Cost | Cue.Below;
                else if ((b.StartsWith("vuo", StringComparison.Ordinal) || a.StartsWith("seuraava", StringComparison.Ordinal) && IsSeason(b))
                    && (a == "ensi" || a.StartsWith("seuraava", StringComparison.Ordinal))) // "seuraavalle talvikaudelle"
                    both = Cue.NextYear;
                break;
        }
        return (first, second, both);
    }

    /// <summary>A counter, sensor or meter, whose fault leaves no figure to assess by.</summary>
    private static bool IsMeasuringDevice(string w) =>
        w.Contains("räknar", StringComparison.Ordinal) || w.Contains("laskur", StringComparison.Ordinal) || w.Contains("laskenta", StringComparison.Ordinal)
        || w.Contains("counter", StringComparison.Ordinal) || w.Contains("sensor", StringComparison.Ordinal) || w.Contains("mätar", StringComparison.Ordinal) || w.Contains("mittar", StringComparison.Ordinal);

    /// <summary>"taket är satt till", "the cap is set at", "ja raja on 30", "the limit of 21" right before the figure at i: the ceiling word, or -1.</summary>
    private static int CeilingBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            if (t[j].Word is "taket" or "ceiling" or "cap" || IsLimit(t[j].Word) && j + 1 < i) return t[j].Has(Cue.Goal) ? -1 : j;
            if (t[j].Word is not ("är" or "satt" or "till" or "på" or "on" or "of" or "is" or "set" or "at" or "asetettu" or "oli" or "var" or "was")) return -1;
        }
        return -1;
    }

    /// <summary>"ei pystytä", "ei voida", "ei pystytty", "eikä voitu" within four words before i in its clause.</summary>
    private static bool CannotBefore(List<Token> t, int i)
    {
        for (var j = i - 1; j >= 1 && j >= i - 4 && t[j].Clause == t[i].Clause; j--)
        {
            if (t[j].Word is "pystytä" or "pysty" or "voida" or "voi" or "pystytty" or "voitu" && t[j - 1].Word is "ei" or "eikä") return true;
            if (t[j].Word.EndsWith("ko", StringComparison.Ordinal) || t[j].Word.EndsWith("kö", StringComparison.Ordinal) || t[j].Word is "sanoa" or "arvioida") return false; // "ei voida sanoa, pystytäänkö …"
        }
        return false;
    }

    /// <summary>"flytta in", "flyttar också till": the verb of moving just before token i (past "också", "även"), or -1.</summary>
    private static int MovedFrom(List<Token> t, int i) =>
        t[i - 1].Word.StartsWith("flytt", StringComparison.Ordinal) ? i - 1
        : i >= 2 && t[i - 1].Word is "också" or "även" && t[i - 2].Word.StartsWith("flytt", StringComparison.Ordinal) ? i - 2 : -1;

    private static bool IsLimit(string w) => w is "raja" or "rajan" or "rajaa" or "gränsen" or "gräns" or "limit";

    /// <summary>The subject before "on kiinni" or "on silti kiinni" ending at <paramref name="kiinni"/>, or -1.</summary>
    private static int DependsOnSubject(List<Token> t, int kiinni)
    {
        var copula = kiinni >= 2 && t[kiinni - 1].Word is "silti" or "yhä" or "vielä" or "edelleen" or "kuitenkin" or "pitkälti" ? kiinni - 2 : kiinni - 1;
        return copula >= 1 && t[copula].Word is "on" or "ovat" or "lienee" ? copula - 1 : -1; // not "oli kiinni …, ja tavoite saavutettiin", a condition the year answered
    }

    private static bool Phrases1(List<Token> t, int i)
    {
        var a = t[i - 1].Word;
        var b = t[i].Word;
        if ((b.EndsWith("sta", StringComparison.Ordinal) || b.EndsWith("stä", StringComparison.Ordinal) || b == "siitä") && (a == "kiinni" || i >= 2 && t[i - 2].Word == "kiinni")
            && (a == "kiinni" ? i - 1 : i - 2) is var kiinni && DependsOnSubject(t, kiinni) is var subject && subject >= 0
            && (t[subject].Has(Cue.Goal) || t[subject].Word.EndsWith("minen", StringComparison.Ordinal) || b == "siitä" && a == "kiinni"))
        {
            // "vuositavoite on kiinni syksyn tapahtumista", "saavuttaminen on silti kiinni sääoloista": depends on them
            // (not "tilat ovat kiinni", closed).
            t[kiinni] = t[kiinni] with { Cues = t[kiinni].Cues | Cue.Conditional };
            return true;
        }
        if (t[i].Has(Cue.Fraction) && InClauseBefore(t, i, 3, w => w.Has(Cue.Realise) && w.Form != VerbForm.None) && (a == "till" || i >= 2 && t[i - 2].Word == "till" || b.EndsWith("lta", StringComparison.Ordinal) || b.EndsWith("ltä", StringComparison.Ordinal))
            && !(i + 2 < t.Count && t[i + 1].Word is "av" or "of" && t[i + 2].Has(Cue.Goal))
            || a is "half" or "third" or "thirds" or "quarter" or "quarters" && t[i].Has(Cue.Realise))
        {
            // "uppnåddes till (två tredje)delar", "toteutui kahdelta kolmasosalta", "was (two thirds|half) met": met by a degree, as
            // "toteutui puoliksi", not a figure against the target; only after a verb of meeting, not "ökade till hälften".
            var half = t[i].Has(Cue.Fraction) ? i : i - 1;
            t[half] = t[half] with { Cues = (t[half].Cues & ~Cue.Fraction) | Cue.Degree };
            return true;
        }
        if (a.StartsWith("tavoitel", StringComparison.Ordinal) && char.IsAsciiDigit(b[0]) && !t[i].Has(Cue.Year) && a is "tavoiteltu" or "tavoitellun" or "tavoiteltuun" or "tavoitellusta"
            && (i >= 2 && t[i - 2].Word is "yli" or "alle" or "kuin" or "ylitti" or "alitti" or "ylittää" or "alittaa" or "ylittävät" or "alittavat" || InClauseAfter(t, i, 3, w => w.Word == "sijaan")))
        {
            // "nousi 27 400:aan, yli tavoitellun 25 000": the figure aimed at is the target.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Goal };
            return true;
        }
        if (FigureRules.IsPlannedWord(b) && PlannedFigureAfterThan(t, i))
        {
            // "more than the 45 planned for the whole year", "fler än de 30 som planerats för hela året", "against 50 planned", "against 380 aimed at": the figure planned is the target, not "as planned".
            t[i] = t[i] with { Cues = (t[i].Cues & ~(Cue.OnTrack | Cue.Frame)) | Cue.Goal };
            return true;
        }
        if (a is "kuin" or "än" && (b.EndsWith("suunnitelma", StringComparison.Ordinal) || b.EndsWith("planen", StringComparison.Ordinal)))
        {
            // "enemmän kuin vuosisuunnitelma vaatii", "fler än årsplanen kräver": the plan is the target it is measured against.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Goal };
            return true;
        }
        if (i >= 2 && t[i - 2].Word is "än" or "kuin" or "than" && IsPlanGenitive(a) && !t[i].Has(Cue.Year) && (char.IsAsciiDigit(b[0]) || FigureRules.NumberWords.ContainsKey(b)))
        {
            // "tre fler än årsplanens 28 besök", "enemmän kuin vuosisuunnitelman 28": the plan's figure is the target.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Goal };
            return true;
        }
        if (char.IsAsciiDigit(b[0]) && CeilingBefore(t, i) is var cap and >= 0)
        {
            // "medan taket är satt till 4,2 GWh", "the cap is set at 5 000": a ceiling set as the goal.
            t[cap] = t[cap] with { Cues = t[cap].Cues | Cue.Goal };
            return true;
        }
        if (i >= 2 && t[i - 2].Word is "vuodelle" or "vuodeksi" && a is "sovitut" or "sovittu" or "sovitun" && char.IsAsciiDigit(b[0]))
        {
            // "ohittivat vuodelle sovitut 10 ryhmää", "vuodelle sovittu 15 hetken määrä ohitettiin": the figure agreed for the year is the target.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Goal };
            return true;
        }
        if (i == t.Count - 1 && a is "vuodelle" or "vuodeksi" && b is "sovitun" or "sovitut" or "sovittu")
        {
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Goal }; // "kumpikin luku ohitti vuodelle sovitun": the one agreed, closing the sentence
            return true;
        }
        if ((b.StartsWith("taso", StringComparison.Ordinal) || b.StartsWith("määr", StringComparison.Ordinal)) && a is "asetetun" or "asetettu" or "asetettua" or "asetetut" or "asetetulle" or "sovitun" or "sovittu" or "sovittua" or "tavoitellun" or "tavoiteltu"
            || b is "nivån" or "nivå" && a is "uppsatta" or "satta" or "fastställda" or "beslutade")
        {
            // "jäi 11 prosentin verran asetetun tason alle", "koko vuodelle asetetut määrät", "under den uppsatta nivån": a level or amount set is the target.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Goal };
            return true;
        }
        if (IsLimit(b) && a is "sallittu" or "sallitun" or "tillåtna" or "allowed" or "övre" or "upper"
            || b is "enintään" or "korkeintaan" or "högst" && (IsLimit(a) || i >= 2 && IsLimit(t[i - 2].Word)))
        {
            // "kun sallittu raja on 10", "kun raja on enintään viisi", "inom gränsen på högst 7 dagar": a limit set as the goal, a ceiling.
            var limit = IsLimit(b) ? i : IsLimit(a) ? i - 1 : i - 2;
            t[limit] = t[limit] with { Cues = t[limit].Cues | Cue.Goal };
            return true;
        }
        if (b == "kanssa" && t[i - 1].Has(Cue.Goal) && i >= 2 && t[i - 2].Word == "linjassa")
        {
            // "kasvun katsotaan olevan linjassa vuositavoitteen kanssa": in line with the goal.
            t[i - 2] = t[i - 2] with { Cues = t[i - 2].Cues | Cue.OnTrack };
            return true;
        }
        if (b is "delar" or "avseenden" && a == "alla")
        {
            // "har inte till alla delar uppnått": in every part, so its denial is met in part.
            t[i] = t[i] with { Cues = Cue.Fully | Cue.Whole };
            return true;
        }
        if (b == "hela" && a == "stora" && i >= 3 && t[i - 2].Word == "det" && t[i - 3].Word == "i" || b == "sett" && a == "stort" && i >= 2 && t[i - 2].Word == "i")
        {
            // "har i det stora hela uppfyllts", "i stort sett": by and large, a degree.
            t[i] = t[i] with { Cues = Cue.Degree };
            return true;
        }
        if (b is "bra" or "väl" or "hyvin" or "hyvä" or "well" && a is "relativt" or "suhteellisen" or "relatively")
        {
            // "lyckades relativt bra med att följa budgeten": relatively well, a degree.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Degree };
            return true;
        }
        if (b == "stort" && a == "i" && (i + 1 == t.Count || t[i + 1].Word != "sett"))
        {
            // "övriga förvaltningar i stort följer budget": largely, a degree.
            t[i] = t[i] with { Cues = Cue.Degree };
            return true;
        }
        if ((b is "håller" or "höll" || b == "hålla" && a == "att" && i >= 3 && t[i - 2].Word == "ut" && t[i - 3].Word == "ser") && (i + 1 == t.Count || t[i + 1].Clause != t[i].Clause) && GoalSubjectBefore(t, i))
        {
            t[i] = t[i] with { Cues = t[i].Cues | Cue.OnTrack }; // "och målet för antalet öppna kvällar håller": the goal holds
            return true;
        }
        if (a is "vastaa" or "vastaavat" or "motsvarar" && TargetObjectFrom(t, i))
        {
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.OnTrack }; // "ennuste vastaa 2,1 miljoonan käynnin tavoitetta": the forecast meets the target
            return true;
        }
        if (b == "mukaisesti" && (a.StartsWith("ohje", StringComparison.Ordinal) || a.StartsWith("suosituks", StringComparison.Ordinal) || a.StartsWith("määräyks", StringComparison.Ordinal)
            || a is "lain" or "asetuksen" or "sopimuksen" || a.EndsWith("päätöksen", StringComparison.Ordinal)))
        {
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.OnTrack }; // "tarkennettu kaupunginkanslian ohjeen mukaisesti": as instructed, no verdict
            return true;
        }
        if (b == "planned" && a is "were" or "was" or "are" or "is" && !(i >= 2 && t[i - 2].Word == "as"))
        {
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.OnTrack }; // "Twelve classes were planned for Kamppi": what was planned, not "as planned"
            return true;
        }
        if (b.StartsWith("avstann", StringComparison.Ordinal) && DeclineBefore(t, i))
        {
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Delay }; // "Besöksminskningen har avstannat": a decline that stopped is no delay
            return true;
        }
        if (b is "oli" or "olivat" && ConditionNounBefore(t, i) is var condition and >= 0)
        {
            t[condition] = t[condition] with { Cues = t[condition].Cues & ~Cue.Conditional }; // "Edellytyksenä … oli uuden tilan saaminen": a condition of the past
            return true;
        }
        if (b == "edellytyksenä" && a is "oli" or "olivat")
        {
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Conditional }; // "lisärahoitus oli edellytyksenä …, ja se saatiin keväällä"
            return true;
        }
        if (b == "luovuttava" && a is "on" or "oli" or "olisi" && GoalGivenUpBefore(t, i))
        {
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Cancel }; // "Valmistumistavoitteesta tälle vuodelle on luovuttava": must be given up
            return true;
        }
        if (a is "beror" or "berodde" && CauseAfter(t, i))
        {
            // "Överskottet beror främst på att reserven är oanvänd", "beror inte i första hand på att …": a cause, not a condition
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Conditional };
            return true;
        }
        if ((b.StartsWith("tidsplan", StringComparison.Ordinal) || b.StartsWith("aikataulu", StringComparison.Ordinal) || b == "schedule") && LaterThanBefore(t, i))
        {
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Delay }; // "Det är senare än den ursprungliga tidsplanen": behind schedule
            return true;
        }
        if (b == "kaakun" && a == "kiikun")
        {
            t[i] = t[i] with { Cues = Cue.Hedge }; // "tavoitteen täyttyminen on kiikun kaakun": touch and go
            return true;
        }
        if (b == "valmisteluun" && SentBack(t, i))
        {
            // "päätti palauttaa hankesuunnitelman valmisteluun": sent back to be prepared again, a delay.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Delay };
            return true;
        }
        if (b == "kuvassa" && a == "isossa")
        {
            // "isossa kuvassa talousarvio toteutui": on the whole, a degree.
            t[i] = t[i] with { Cues = Cue.Degree };
            return true;
        }
        if (b == "huvudsak" && a == "i")
        {
            // "har i huvudsak genomfört": mainly, a degree.
            t[i] = t[i] with { Cues = Cue.Degree };
            return true;
        }
        if (t[i].Has(Cue.Goal) && (a == "med" && i >= 2 && t[i - 2].Word == "enlighet" || i >= 3 && t[i - 2].Word == "med" && t[i - 3].Word == "enlighet"))
        {
            // "i enlighet med målet", "i enlighet med uppsatta mål": as the goal has it, like "tavoitteen mukaisesti".
            var med = a == "med" ? i - 1 : i - 2;
            t[med - 1] = t[med - 1] with { Cues = t[med - 1].Cues | Cue.OnTrack };
            t[med] = t[med] with { Cues = t[med].Cues | Cue.OnTrack };
            return true;
        }
        if (a is "meeting" or "fulfilling" && (t[i].Has(Cue.Goal) || b is "the" or "its" or "our" or "their" && i + 1 < t.Count && t[i + 1].Has(Cue.Goal)))
        {
            // "…, meeting the goal": a participle of realisation, not a meeting.
            t[i - 1] = t[i - 1] with { Cues = Cue.Realise, Form = VerbForm.Present };
            return true;
        }
        if (b == "passed" && a is "be" or "been" && GoalBefore(t, i) && !InClauseBefore(t, i, int.MaxValue, w => w.Word is "date" or "deadline"))
        {
            // "we expect the 7,000-visitor target to be passed by November": exceeded, not a decision.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Above };
            return true;
        }
        if (t[i].Has(Cue.Goal) && PassedBefore(t, i) is var passed and >= 0)
        {
            // "passed this year's target of 90,000": a level passed, not a decision.
            t[passed] = t[passed] with { Cues = t[passed].Cues | Cue.Above, Form = t[passed].Word == "passed" ? VerbForm.Past : VerbForm.Present };
            return true;
        }
        if (b == "tid" && a == "lagstadgad" && i >= 2 && t[i - 2].Word == "inom")
        {
            // "håller köerna inom lagstadgad tid": within the time the law sets.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.OnTrack };
            t[i] = t[i] with { Cues = t[i].Cues | Cue.OnTrack };
            return true;
        }
        if (a is "taket" or "takvärdet" or "taknivån" && b == "på" && i + 1 < t.Count && (char.IsAsciiDigit(t[i + 1].Word[0])
            || t[i + 1].Word is "högst" or "max" && i + 2 < t.Count && char.IsAsciiDigit(t[i + 2].Word[0]))) // "under det uppsatta taket på högst 20"
        {
            // "höll sig under taket på 4,5 %": a ceiling set as the target, not a roof.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Goal };
            return true;
        }
        if (a is "saada" or "saadaan" or "saatiin" or "saatu" && t[i].Has(Cue.Goal) && (b.EndsWith("lle", StringComparison.Ordinal) || b.EndsWith("seen", StringComparison.Ordinal)))
        {
            // "Käsittelyaikaa ei saada tavoitetasolle": to bring it to the target is to meet it.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Realise, Form = a is "saatiin" or "saatu" ? VerbForm.Past : VerbForm.Present };
            return true;
        }
        return false;
    }

    /// <summary>"saadaanko", "valmistuuko", "ehditäänkö": whether a work gets done, asked.</summary>
    private static bool IsWorkAsked(string w) => w is "saadaanko" or "valmistuuko" or "ehditäänkö" or "ehtiikö" or "toimitetaanko" or "avataanko" or "avautuuko";

    private static bool Phrases2(List<Token> t, int i)
    {
        var a = t[i - 1].Word;
        var b = t[i].Word;
        if ((b is "sanoa" or "sanomaan" || b is "kertoa" or "kertomaan" && a is "pystytä" or "voida" or "voi" or "osata") && NegatorBefore(t, i) && !(i + 2 < t.Count && t[i + 2].Word == "varmaa") && a is not ("tarkkaan" or "tarkasti" or "varmasti")
            && !(i + 1 < t.Count && (t[i + 1].Word is "milloin" or "when" || IsWorkAsked(t[i + 1].Word))) // not "ei osaa sanoa, milloin erä vapautuu": a date no one can give
            && !InClauseBefore(t, i, 5, x => x.Word.EndsWith("päivää", StringComparison.Ordinal) || x.Word.EndsWith("ajankohtaa", StringComparison.Ordinal))) // nor "Aloituspäivää ei pystytä vielä sanomaan"
        {
            // "Tavoitteen tilaa ei tässä vaiheessa pystytä sanomaan", "… ei pystytä kertomaan": cannot be said (not "toimittaja
            // ei ole pystynyt kertomaan uutta aikataulua", a schedule no one can give), so not assessed; not "ei voida sanoa
            // mitään varmaa" nor "ei pysty tarkkaan sanomaan", which only hedge.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Assess };
            return true;
        }
        if (a == "tullaan" && (b.EndsWith("maan", StringComparison.Ordinal) || b.EndsWith("mään", StringComparison.Ordinal)) && b.Length > 7 && t[i].Cues == Cue.None)
        {
            // "Aurinkosähköjärjestelmät tullaan asentamaan vielä tämän vuoden aikana", "tullaan rakentamaan": a work to be done.
            t[i] = t[i] with { Cues = Cue.Progress };
            return true;
        }
        if (b is "in" or "till" && MovedFrom(t, i) is var moved and >= 0 && (b == "in" || t.Skip(i + 1).Take(3).Any(x => x.Word.StartsWith("lokal", StringComparison.Ordinal) || x.Word.StartsWith("utrymme", StringComparison.Ordinal))))
        {
            // "I augusti kan 66 barn flytta in i det nya daghemmet", "Karis bibliotek flyttar också till nya lokaler": moving into the new building, not a postponement.
            t[moved] = t[moved] with { Cues = t[moved].Cues & ~Cue.Shift | Cue.Progress };
            return true;
        }
        if (b is "sanoa" or "sanomaan" && NegatorBefore(t, i) && i + 1 < t.Count && IsWorkAsked(t[i + 1].Word))
        {
            // "Pesänhoitaja ei osaa sanoa, saadaanko laitetta lainkaan tämän vuoden puolella": whether the work gets done is open.
            t[i + 1] = t[i + 1] with { Cues = t[i + 1].Cues | Cue.Hedge };
            return true;
        }
        if (b is "neljänneksellä" or "neljänneksen" && a is "runsaalla" or "reilulla" or "vajaalla" or "lähes" or "noin" or "yli" or "runsaan" or "reilun" or "vajaan")
        {
            // "ylitti tuloarvion runsaalla neljänneksellä": by a quarter, an amount, not the year's quarter.
            t[i] = t[i] with { Cues = Cue.Fraction };
            return true;
        }
        if (t[i].Has(Cue.Progress | Cue.Finish) && b.Length > 8 && (b.EndsWith("mista", StringComparison.Ordinal) || b.EndsWith("mistä", StringComparison.Ordinal))
            && (a == "ennen" || i >= 2 && t[i - 2].Word == "ennen"))
        {
            // "tavoitteet asetetaan ennen suunnittelun aloittamista": a time before the start, not a start made.
            t[i] = t[i] with { Cues = t[i].Cues & ~(Cue.Progress | Cue.Finish) };
            return true;
        }
        if (t[i].Has(Cue.Corona) && a is "ennen" or "före" or "before")
        {
            // "Ennen koronaa orkesterilla meni paremmin kuin pitkiin aikoihin": the time before it, no risk.
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Corona };
            return true;
        }
        if (b is "mahtunut" or "mahtuneet" && a is "ei" or "eivät" && BudgetIntoAfter(t, i)
            && i >= 2 && (t[i - 2].Word.EndsWith("minen", StringComparison.Ordinal) || t[i - 2].Word.EndsWith("korjaus", StringComparison.Ordinal) || t[i - 2].Word is "hanke" or "remontti"))
        {
            // "Kuulantyöntöpaikan uusiminen ei mahtunut tämän vuoden korjausrahoihin": no room in the money, so the work is left
            // out this year (not "kulut eivät mahtuneet talousarvioon", an overrun).
            t[i - 1] = t[i - 1] with { Cues = Cue.None };
            t[i] = t[i] with { Cues = Cue.Cancel, Form = VerbForm.None };
            return true;
        }
        if (b is "mahtui" or "mahtuivat" or "mahtuu" or "mahtuvat" && BudgetIntoAfter(t, i)) // not "mahdollista saada mahtumaan", a possibility
        {
            // "Loppukustannus, 620 000 euroa, mahtui 665 000 euron kustannusarvioon": it fit into the budget.
            t[i] = t[i] with { Cues = Cue.Cost | Cue.Below, Form = b is "mahtui" or "mahtuivat" ? VerbForm.Past : VerbForm.Present };
            return true;
        }
        if ((b == "funktion" && a == "ur" || b == "rikki" && a is "ollut" or "on" or "ovat" or "olleet" || b == "order" && a == "of" && i >= 2 && t[i - 2].Word == "out")
            && !(b == "rikki" && i >= 2 && t[i - 2].Word is "raja" or "ennätys") && !t.Exists(x => IsMeasuringDevice(x.Word) || x.Word is "reparerad" or "reparerades" or "repaired" or "korjattu" or "korjattiin" or "lagad" or "lagades"))
        {
            // "Belysningen är ur funktion", "laserleikkuri on ollut rikki syyskuusta", "out of order": equipment broken, an obstacle
            // (not "raja meni rikki", a limit passed, nor "besöksräknarna var ur funktion", no figures to assess by).
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Obstacle };
            return true;
        }
        if (b is "hauras" or "hauraita" && a is "on" or "ovat" or "oli" or "olivat"
            || b is "hauraan" or "hauraaksi" && i >= 2 && (a.EndsWith("sta", StringComparison.Ordinal) || a.EndsWith("stä", StringComparison.Ordinal)) && t[i - 2].Word is "tekee" or "teki" or "tehnyt" or "tekevät")
        {
            // "sijaistilanne tekee laskelmasta hauraan", "ennuste on hauras": fragile (not "hauraat asiakkaat", people).
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Hedge };
            return true;
        }
        if (b is "toteuttamaan" or "toteuttaa" && CannotBefore(t, i))
        {
            // "laajentamista ei pystytä tänä vuonna toteuttamaan", "ei voida toteuttaa": it cannot be carried out, a miss.
            t[i] = t[i] with { Cues = Cue.Realise | Cue.Weak, Form = VerbForm.Present };
            return true;
        }
        if (b == "mahdu" && (a == "ei" || i >= 2 && a == "enää" && t[i - 2].Word == "ei")
            && InClauseAfter(t, i, 4, w => w.Word.StartsWith("aikataulu", StringComparison.Ordinal) || w.Word is "vuoteen" or "vuodelle"))
        {
            // "Laitteiden vaihto ei mahdu tämän vuoden aikatauluun": it does not fit in this year, a miss for it.
            t[i] = t[i] with { Cues = Cue.Realise, Form = VerbForm.Present };
            return true;
        }
        if (b is "maaliin" or "kokoon" && a is "saatiin" or "saatu" or "saadaan" && t[i].Cues == Cue.None)
        {
            // "Hanke saatiin maaliin helmikuussa", "40 konsertin vuosimäärä saadaan kokoon": got done, got together.
            t[i] = t[i] with { Cues = b == "maaliin" ? Cue.Progress : Cue.Realise | Cue.Weak, Form = a == "saadaan" ? VerbForm.Present : VerbForm.Past };
            return true;
        }
        if (b is "loppuun" or "päätökseen" or "valmiiksi" && (a is "saatettiin" or "saatiin" or "vietiin" || a is "saatu" or "viety" && PerfectAuxBefore(t, i - 1)))
        {
            // "peruskorjaus saatettiin loppuun syyslomaan mennessä", "saatiin valmiiksi", "on saatu valmiiksi", "17 vietiin loppuun": brought to completion, as "valmistui".
            t[i - 1] = t[i - 1] with { Cues = Cue.Finish | Cue.Progress, Form = a is "saatu" or "viety" ? VerbForm.Participle : VerbForm.Past };
            return true;
        }
        if (b == "yli" && (IsWentPast(a) || i >= 2 && IsWentPast(t[i - 2].Word) && t[i - 1].Cues == Cue.None)
            && (i + 1 == t.Count || t[i + 1].Clause != t[i].Clause) && InClauseBefore(t, i, int.MaxValue, IsGoalsOwnWord))
        {
            // "3 000 lapsen tavoitteesta mentiin selvästi yli": past the target (not "aikataulusta mennään yli", an overrun).
            t[i] = t[i] with { Cues = Cue.Above, Form = a == "mennään" || t[i - 2].Word == "mennään" ? VerbForm.Present : VerbForm.Past };
            return true;
        }
        if (b is "käynnistä" or "käynneistä" && char.IsAsciiDigit(a[0]))
        {
            // "tammikuun 5 100 käynnistä": from visits, not "start".
            t[i] = t[i] with { Cues = Cue.None };
            return true;
        }
        if (b is "läpäisi" or "läpäisivät" && InClauseAfter(t, i, w => IsGoalsOwnWord(w) || w.Word.StartsWith("kriteer", StringComparison.Ordinal) || w.Word.StartsWith("vaatimu", StringComparison.Ordinal)))
        {
            // "palvelu läpäisi auditoinnissa kaikki vaaditut kriteerit": passed what was required; not "läpäisi
            // hankesuunnitelmavaiheen", a stage passed.
            t[i] = t[i] with { Cues = Cue.Realise, Form = VerbForm.Past };
            return true;
        }
        if (b is "alla" or "all" && a is "gav" or "gave" && i + 1 < t.Count && (char.IsAsciiDigit(t[i + 1].Word[0]) || FigureRules.NumberWords.ContainsKey(t[i + 1].Word)))
        {
            // "Kulturhuset gav alla nio planerade marionettföreställningar": gave every show, held them all.
            t[i - 1] = t[i - 1] with { Cues = Cue.Progress, Form = VerbForm.Past };
            return true;
        }
        if (b == "till" && a is "flytten" or "flyttningen" && i + 1 < t.Count && !t[i + 1].Has(Cue.Year | Cue.NextYear | Cue.LaterTime | Cue.ThisYear) && Lexicon.Month(t[i + 1].Word) == 0
            && t[i + 1].Word is not ("hösten" or "våren" or "sommaren" or "vintern" or "nästa" or "efter" or "början" or "slutet" or "senare"))
        {
            // "Flytten till Tundalsskolan hösten 2023 har inneburit att …": a move to a named place, not a postponement.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Shift };
            return true;
        }
        if (a == "varaus" && char.IsAsciiDigit(b[0]))
        {
            // "uusi pinnoite maksoi 188 000 euroa; varaus 140 000 euroa": the sum set aside, a budget, not a reservation.
            t[i - 1] = t[i - 1] with { Cues = Cue.Cost };
            return true;
        }
        if (b is "keskeytyksettä" or "keskeytymättä" && t[i].Has(Cue.Delay))
        {
            // "kohosi maaliskuusta elokuuhun lähes keskeytyksettä": without a break, steadily ("lähes" qualifies the break, not the rise).
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Delay };
            if (a is "lähes" or "melkein" or "miltei") t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Degree };
            return true;
        }
        if (b == "läpi" && a is "vietiin" or "viedään" or "viety")
        {
            // "ohjelman 23 kohdasta 14 vietiin läpi": carried through, done.
            t[i - 1] = t[i - 1] with { Cues = Cue.Realise, Form = a == "viedään" ? VerbForm.Present : VerbForm.Past };
            return true;
        }
        if (b == "täyteen" && a is "saa" or "saada" or "saamme" or "saadaan" && NegatorBefore(t, i - 1))
        {
            // "Vuoden lukua emme saa täyteen": the year's count will not be filled.
            t[i - 1] = t[i - 1] with { Cues = Cue.Realise, Form = VerbForm.Present };
            return true;
        }
        if (b is "fylld" or "fylldes" or "fyllts" or "fylls" && a is "kvot" or "kvoten" or "kvota")
        {
            // "Redan i augusti var årets kvot fylld": the year's quota filled, as "vuoden kiintiö täyttyi".
            t[i] = t[i] with { Cues = Cue.Realise, Form = b == "fylls" ? VerbForm.Present : VerbForm.Past };
            return true;
        }
        if (a == "föga" && b is "förvånande" or "överraskande" or "förvånansvärt")
        {
            // "Föga förvånande nåddes målet": unsurprisingly, not a denial.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Negator };
            return true;
        }
        if (b == "että" && a is "vaatii" or "vaativat" or "vaatisi")
        {
            // "valmistuminen ennen elokuuta vaatii, että kompressorit toimitetaan heinäkuussa": done only if something else happens.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Conditional };
            return true;
        }
        if (b == "toteutettua" && a is "saatiin" or "saatu" or "saimme" or "saivat" && GoalBefore(t, i))
        {
            // "toiminnalliset tavoitteet saatiin toteutettua": the goals got realised, as "saavutettiin".
            t[i] = t[i] with { Cues = Cue.Realise, Form = VerbForm.Past };
            return true;
        }
        if (b == "näköpiirissä" && GoalBefore(t, i) && !ObstacleIn(t, i))
        {
            // "eikä vuositavoitteeseen pääsyä ole näköpiirissä": reaching the goal not in sight, so out of reach; not "ei esteitä
            // näköpiirissä", nor "lisärahoitusta ei ole näköpiirissä", which names no goal.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Possible };
            return true;
        }
        if (a is "näytä" or "näyttänyt" && b is "mahdolliselta" or "realistiselta")
        {
            // "ei näytä mahdolliselta nostaa": not possible, as "ei ole mahdollista"; nothing seen is denied.
            t[i - 1] = t[i - 1] with { Cues = Cue.None };
            return true;
        }
        if (a == "sidoksissa")
        {
            // "loput ovat sidoksissa ohjaajien rekrytointiin": tied to it, so depends on it.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Conditional };
            return true;
        }
        if (t[i].Cues == Cue.None && b.Length > 5 && (b.EndsWith("tyä", StringComparison.Ordinal) || b.EndsWith("tua", StringComparison.Ordinal))
            && ((a == "saatiin" || i >= 3 && t[i - 3].Word == "saatiin" && t[i - 1].Has(Cue.ThisYear) && t[i - 3].Clause == t[i].Clause)
                && (i + 1 < t.Count && (t[i + 1].Word is "kokonaisuudessaan" or "kokonaan" or "loppuun" || t[i + 1].Word == "vuoden" && i + 2 < t.Count && t[i + 2].Word == "aikana"
                    || a == "saatiin" && t[i + 1].Word.EndsWith("kuussa", StringComparison.Ordinal) && !LateBefore(t, i)) || GoalBefore(t, i) || WholeBefore(t, i))
                || a == "saadaan" && WholeBefore(t, i))
            || a == "pystyttiin" && b.Length > 6 && (b.EndsWith("maan", StringComparison.Ordinal) || b.EndsWith("mään", StringComparison.Ordinal)) && WholeBefore(t, i) && t[i].Cues == Cue.None)
        {
            // "sarja saatiin pidettyä kokonaisuudessaan", "saatiin toteutettua", "kaikki 64 kurssia saatiin pidettyä", "vaihto
            // saatiin tehtyä toukokuussa", "kaikki 110 esitystä pystyttiin esittämään": managed to get it (all) done;
            // "kaikki 24 näytöstä saadaan esitettyä": will be.
            t[i] = t[i] with { Cues = Cue.Realise | Cue.Weak, Form = a == "saadaan" ? VerbForm.Present : VerbForm.Past };
            return true;
        }
        if (ClosesGap(a, b) is { } closed)
        {
            // "eroa ei ehditä kuroa umpeen", "skillnaden kan hämtas in", "catch up": closing the gap to the target meets it.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Realise, Form = closed };
            return true;
        }
        if (b is "course" or "hold" && a == "on")
        {
            // "on course", like "on track", not a course that was held; "on hold", a delay, not "the budget will hold".
            t[i] = t[i] with { Cues = b == "hold" ? Cue.Delay : Cue.OnTrack };
            return true;
        }
        if (b == "del" && a is "viss" or "en" && i >= 2 && t[i - 2].Word == "till")
        {
            // "uppnås till viss del", "uppfylldes till en del": to some extent, a degree.
            t[i] = t[i] with { Cues = Cue.Degree };
            return true;
        }
        if (b is "edellyttää" or "edellyttävät" or "förutsätter" or "kräver" && t[i - 1].Has(Cue.Goal) && !t[i - 1].Has(Cue.Realise))
        {
            // "enemmän kuin tavoite edellyttää": what the goal requires, not a condition on it (but "Måluppfyllelsen förutsätter att" is one).
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Conditional };
            return true;
        }
        if (b.Length > 6 && (b.EndsWith("maan", StringComparison.Ordinal) || b.EndsWith("mään", StringComparison.Ordinal)) && GotToBefore(t, i) is var got and >= 0)
        {
            // "jäädytys pääsi leudon talven takia alkamaan vasta helmikuussa": got to start, no goal reached.
            t[got] = t[got] with { Cues = t[got].Cues & ~(Cue.Realise | Cue.Weak) };
            return true;
        }
        return false;
    }

    private static bool Phrases3(List<Token> t, int i)
    {
        var a = t[i - 1].Word;
        var b = t[i].Word;
        if (a == "alkuun" && b.StartsWith("pääs", StringComparison.Ordinal))
        {
            // "alkuun päässeet työmaat": got started, progress, not a goal reached.
            t[i] = t[i] with { Cues = (t[i].Cues & ~(Cue.Realise | Cue.Weak)) | Cue.Progress };
            return true;
        }
        if (a is "haasteita" or "haasteet" or "haastetta" && (b.EndsWith("aa", StringComparison.Ordinal) || b.EndsWith("ää", StringComparison.Ordinal)) && b.Length > 4)
        {
            // "on kaupungilla suuria haasteita kattaa tuo alijäämä": challenged to do it, as "vaikeuksia kattaa".
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Hedge };
            return true;
        }
        if (b is "poistettiin" or "poistetaan" or "poistettu" or "pudotettiin" or "pudotetaan" or "ströks" or "stryks" or "struken" && InClauseAfter(t, i, 4, IsWorkList))
        {
            // "Ulkopingispöytien hankinta poistettiin tämän vuoden investointilistalta": struck off the year's list of works, given up.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Cancel };
            return true;
        }
        // Not "Tavoitteeseen päästään ilman lisätoimia": reached without more; only a denied verb, or what was left without, lacks it.
        if (a is "ilman" or "utan" or "without" && (b.StartsWith("toimenpit", StringComparison.Ordinal)
                || IsResource(b) && (NegatorBefore(t, i) || i == 1 || t[i - 2].Clause != t[i - 1].Clause || t[i - 2].Has(Cue.ClauseBreak) || t[i - 2].Word is "jäi" or "jäivät" or "jää" or "jäävät") // "kaksi hallia jäi ilman lisävuoroja", "Ilman lisärahoitusta …"
                || b.StartsWith("åtgärd", StringComparison.Ordinal) || b is "toimia" or "measures" or "action"
                // "Ilman avustusta tulot jäisivät …", "Utan kajen saknas plats för marknaden"; not "Ilman näitä … verotuloja", what there was
                || i == 1 && HypotheticalOrLackAfter(t, i) && b is not ("näitä" or "tätä" or "niitä" or "sitä" or "dessa" or "detta" or "den" or "these" or "this" or "it")))
        {
            // "Ilman toimenpiteitä teatteri ajautuu tappiokierteeseen", "utan åtgärder": what happens unless something is done.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Conditional };
            return true;
        }
        if (i >= 2 && t[i - 2].Word is "ilman" or "utan" or "without" && FigureWordOrDigit(a) && IsResource(b) && InClauseBefore(t, i, 12, w => w.Has(Cue.Negator)))
        {
            // "ei pystytä nostamaan 14 leiriin ilman kahta lisäohjaajaa": unless more is found.
            t[i - 2] = t[i - 2] with { Cues = t[i - 2].Cues | Cue.Conditional };
            return true;
        }
        if (b is "vaatii" or "vaativat" or "edellyttää" or "edellyttävät" or "kräver" or "förutsätter" or "requires" or "require" && !t[i].Has(Cue.Conditional) && IsActionNoun(a)
            && InClauseAfter(t, i, x => IsResource(x.Word) || x.Word.StartsWith("resurs", StringComparison.Ordinal) || x.Word.StartsWith("anslag", StringComparison.Ordinal)))
        {
            // "määrän kasvattaminen vaatii talon resurssien lisäämistä", "förverkligandet kräver separata anslag": only if more is found.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Conditional };
            return true;
        }
        if (b.StartsWith("ennätys", StringComparison.Ordinal) || b.StartsWith("ennätyks", StringComparison.Ordinal) || b.StartsWith("rekord", StringComparison.Ordinal) || b is "record")
        {
            // "saavutettiin myös uusi ennätys", "nådde rekordnivå": a record reached is a use at its best, no target met.
            for (var j = i - 1; j >= 0 && i - j <= 3 && t[j].Clause == t[i].Clause; j--)
                if (t[j].Has(Cue.Realise) && !InClauseBefore(t, i, 12, x => x.Has(Cue.Goal)))
                    t[j] = t[j] with { Cues = Cue.Progress, Form = VerbForm.None };
        }
        if (b is "sanoa" or "todeta" or "säga" or "konstatera" && (IsCan(a) ? i - 1 : i >= 2 && a is "jo" or "nyt" or "redan" or "nu" && IsCan(t[i - 2].Word) ? i - 2 : -1) is var can and >= 0)
        {
            // "Tavoitteelle voi jo sanoa hyvästit", "man kan redan konstatera": what one can say is said, not a possibility.
            t[can] = t[can] with { Cues = t[can].Cues & ~Cue.Modal };
            return true;
        }
        if (b == "utan" && InClauseBefore(t, i, 3, x => x.Word is "inte" or "aldrig" or "ej")
            && i + 1 < t.Count && t[i + 1].Word is not ("en" or "ett" or "någon" or "något" or "några" or "de" or "den" or "det" or "extra" or "fler" or "mer" or "ytterligare"))
        {
            // "förverkligades aldrig utan befann sig på planeringsstadiet": not this but that (not "inte nås utan en mängd åtgärder", without).
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Without };
            return true;
        }
        if (b == "may" && a is "of" or "in" or "by" or "until" or "since" or "early" or "late" or "mid" or "from" or "through")
        {
            // "by the end of May", "in May": the month, not "may" of what might happen.
            t[i] = t[i] with { Cues = t[i].Cues & ~(Cue.Modal | Cue.FutureAux) };
            return true;
        }
        if (b is "tvivlar" or "tvivlade" && a is "vi" or "jag")
        {
            // "Vi tvivlar starkt på att kartorna blir färdiga": probably not; "vi tvivlar inte på att": no doubt, and the "inte" denies the doubt, not the verb.
            if (i + 1 < t.Count && t[i + 1].Word == "inte") t[i + 1] = t[i + 1] with { Cues = t[i + 1].Cues & ~Cue.Negator };
            else t[i] = t[i] with { Cues = t[i].Cues | Cue.Hedge | Cue.Probable | Cue.Negator };
            return true;
        }
        if (b is "toimitetaan" or "läggs" or "levereras" && t.Skip(i + 1).Take(3).Any(x => Lexicon.Month(x.Word) > 0 || Lexicon.MonthName(x.Word) > 0 || x.Has(Cue.Year))
            && !InClauseBefore(t, i, 8, x => x.Word.Contains("tiedo", StringComparison.Ordinal) || x.Word.Contains("tieto", StringComparison.Ordinal) || x.Word.Contains("uppgift", StringComparison.Ordinal) || x.Word.StartsWith("data", StringComparison.Ordinal)))
        {
            // "Uusi äänentoisto toimitetaan tammikuussa 2083", "konstgräset läggs ut i juni 2083": the work delivered then (not "toteuma toimitetaan
            // myöhemmin", nor data: "kaukolämpötiedot toimitetaan vasta huhtikuussa").
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Progress };
            return true;
        }
        if ((b is "tehtiin" or "saatiin" || b == "läpi" && a == "vietiin") && t.Skip(i + 1).Take(3).Any(x => char.IsAsciiDigit(x.Word[0]))
            && (t.Skip(i + 2).Take(5).Any(x => x.Word is "sta" or "stä" || x.Word.EndsWith("eestä", StringComparison.Ordinal) || x.Word.EndsWith("eesta", StringComparison.Ordinal))
                || i >= 2 && (a.EndsWith("stä", StringComparison.Ordinal) || a.EndsWith("sta", StringComparison.Ordinal)) && char.IsAsciiDigit(t[i - 2].Word[0]))) // "23 toimenpiteestä tehtiin 14"
        {
            // "toimenpiteistä tehtiin vuoden aikana 8 kappaletta 14:stä", "opastelaatat saatiin 11 kirjastoon 19:stä", "vietiin läpi
            // 11 kappaletta sen 19 toimenpiteestä": done for a count out of a whole.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Progress };
            return true;
        }
        if (b is "valmiit" or "valmis" or "klar" or "klara" && NegatorBefore(t, i)
            && InClauseBefore(t, i, 6, x => x.Word.StartsWith("tilasto", StringComparison.Ordinal) || x.Word.StartsWith("statistik", StringComparison.Ordinal)))
        {
            // "kirjastojen viime vuoden tilastot eivät ole vielä valmiit": no figures yet to assess by, not work undone.
            t[i] = t[i] with { Cues = t[i].Cues & ~(Cue.Finish | Cue.Progress) | Cue.Assess };
            return true;
        }
        if (b == "öppnar" && a == "som")
        {
            // "Målet gäller den nya webbtjänsten … som öppnar i december": what opens names the thing, it reports no work.
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Progress };
            return true;
        }
        if (a == "skulle" && i >= 2 && t[i - 2].Word == "som" && t[i].Has(Cue.Realise))
        {
            // "Sex projekt som skulle genomföras i fjol hann inte bli färdiga": what was to be done names the goal, it says nothing of it.
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Realise };
            return true;
        }
        if (b is "ökat" or "ökad" or "ökade" && a is "för" or "med" or "ett" or "en" && i + 1 < t.Count && t[i + 1].Clause == t[i].Clause && t[i + 1].Form == VerbForm.None && t[i + 1].Cues == Cue.None)
        {
            // "statsbidrag för ökat flyktingmottagande": an adjective before its noun, no progress.
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Progress };
            return true;
        }
        if (b == "chans" && (a == "någon" && i >= 2 && t[i - 2].Word == "knappast" || a == "ingen" && i >= 2 && t[i - 2].Word is "ser" or "finns") && i + 1 < t.Count && t[i + 1].Word == "att")
        {
            // "Vi ser knappast någon chans att spela alla tolv turneringar i år", "Vi ser ingen chans att hålla alla åtta lägren": not
            // possible, the "knappast" or "ingen" being its own.
            var denier = a == "ingen" ? i - 1 : i - 2;
            t[denier] = t[denier] with { Cues = t[denier].Cues & ~Cue.Negator };
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Infeasible };
            return true;
        }
        if (b == "way" && a == "no" && i + 1 < t.Count && t[i + 1].Word == "to")
        {
            // "There is no way to squeeze the remaining 20 into the season": ruled out, the "no" being the impossibility's own.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Negator };
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Impossible | Cue.Infeasible };
            return true;
        }
        if ((b == "usko" || b is "odota" or "oleta" && (t.Skip(i + 1).Take(2).Any(x => x.Word == "että") || i + 1 < t.Count && (t[i + 1].Word.EndsWith("vämme", StringComparison.Ordinal) || t[i + 1].Word.EndsWith("vamme", StringComparison.Ordinal))))
                && a is "emme" or "en" or "ei" || a is "tror" or "trodde" && b is "inte" or "knappast" && i + 1 < t.Count && t[i + 1].Word is "att" or "på"
            || a is "räknar" or "räknade" && b == "inte" && i + 2 < t.Count && t[i + 1].Word == "med" && t[i + 2].Word == "att"
            || a == "vaikea" && b == "uskoa" && i + 1 < t.Count && t[i + 1].Word == "että")
        {
            // "Emme usko, että 24 kertaa saadaan täyteen", "Emme odota, että …", "Emme odota yltävämme 24 vierailuun", "Vi tror inte (knappast) att …", "Vi tror knappast på alla tio", "Vi räknar inte med att alla pass hålls",
            // "Meidän on vaikea uskoa, että …": a disbelief of what follows, probably not, as a doubt is; the negator is the belief's, not the verb's after it.
            var (belief, negator) = b is "usko" or "odota" or "oleta" or "uskoa" ? (i, i - 1) : (i - 1, i);
            t[negator] = t[negator] with { Cues = t[negator].Cues & ~(Cue.Negator | Cue.Hedge) };
            t[belief] = t[belief] with { Cues = t[belief].Cues | Cue.Hedge | Cue.Probable | Cue.Negator };
            return true;
        }
        if (b == "to" && a is "went" or "rose" or "fell" or "grew" or "dropped" or "climbed" or "came" or "amounted" or "increased" or "decreased")
        {
            // "The grants went to 38 groups", "rose to 520": a past verb's "to", not "is to be".
            t[i] = t[i] with { Cues = t[i].Cues & ~(Cue.FutureAux | Cue.Auxiliary) };
            return true;
        }
        if (b == "reach" && a == "of" && i >= 2 && t[i - 2].Word == "out" || b == "räckhåll" && a == "utom")
        {
            // "the annual target is now out of reach", "utom räckhåll": no longer possible, not reached.
            t[i] = t[i] with { Cues = Cue.Infeasible, Form = VerbForm.None };
            return true;
        }
        if (a == "klart" && (FigureRules.IsLess(b) || FigureRules.IsMore(b)))
        {
            // "blev klart lägre än målet": clearly lower, not finished.
            t[i - 1] = t[i - 1] with { Cues = Cue.None, Form = VerbForm.None };
            return true;
        }
        if (b.StartsWith("kertymä", StringComparison.Ordinal) && a == "tasaisen")
        {
            // "ylittää tasaisen kertymän (75 %) ennusteen": against the even accrual so far, an interim comparison.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Interim };
            return true;
        }
        if (a is "yhä" or "vielä" or "edelleen" && t[i].Cues == Cue.None && b.Length > 8 && (b.EndsWith("matta", StringComparison.Ordinal) || b.EndsWith("mättä", StringComparison.Ordinal)))
        {
            // "sopimus on yhä allekirjoittamatta": still not done, like "tekemättä".
            t[i] = t[i] with { Cues = Cue.Open };
            return true;
        }
        if (b is "arvioon" or "arviota" or "arvion" or "arviointiin" or "arviointia" or "arvioimiseen" || b.StartsWith("bedömning", StringComparison.Ordinal) || b is "assessment" or "judgement")
        {
            // "mikä ei riitä luotettavaan arvioon", "räcker inte för en bedömning": too little to assess, as "ei voida arvioida".
            for (var j = i - 1; j >= 0 && i - j <= 3 && t[j].Clause == t[i].Clause; j--)
                if (t[j].Word is "riitä" or "riittänyt" or "riittäneet" or "räcker" or "räckte" or "räckt" or "enough" or "sufficient")
                    t[j] = t[j] with { Cues = t[j].Cues | Cue.Assess };
        }
        if (b == "till" && a is "skjuter" or "skjuta" or "sköt" or "skjutit" or "skjuts" && i + 1 < t.Count && (char.IsAsciiDigit(t[i + 1].Word[0]) || t[i + 1].Word is "medel" or "pengar" or "extra" or "mer"))
        {
            // "vill att nämnden skjuter till 40 000 euro extra": puts money in, not "skjuter upp" (puts off).
            t[i - 1] = t[i - 1] with { Cues = Cue.None, Form = VerbForm.None };
            return true;
        }
        if (b is "andel" or "andelen" or "share" or "proportion" or "osa" && a is "stor" or "large" or "big" or "suuri" && InClauseBefore(t, i - 1, 3, x => x.Has(Cue.Realise)))
        {
            // "når en stor andel av Malmös barn och unga", "reaches a large share": much, not all, so met in part.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Partial | Cue.Hedge };
            return true;
        }
        if (a is "passerade" or "passerat" or "passed" or "surpassed" or "ohitti" or "ohittivat" && b is "målet" or "målen" or "the" or "tavoitteen" or "tavoitteet"
            && (b is not "the" || i + 1 < t.Count && t[i + 1].Word is "target" or "goal" && (i + 2 == t.Count || t[i + 2].Word is not ("date" or "dates"))))
        {
            // "Utlåningen ökade till 12 000 och passerade målet", "surpassed the target": met, and more.
            t[i - 1] = t[i - 1] with { Cues = Cue.Realise, Form = VerbForm.Past };
            return true;
        }
        if (b == "kuntoon" && (IsGot(a) || i >= 2 && IsGot(t[i - 2].Word) && t[i - 1].Has(Cue.Degree)))
        {
            // "sertifiointi saatiin pääosin kuntoon": got into order, work done.
            t[i] = t[i] with { Cues = Cue.Progress };
            return true;
        }
        if (t[i].Has(Cue.Realise | Cue.Finish) && InClauseBefore(t, i, 4, x => x.Word is "without"))
        {
            // "passed the target date without the building being completed": not completed.
            t[i] = t[i] with { Cues = Cue.Fail, Form = VerbForm.None };
            return true;
        }
        if (b == "kept" && InClauseBefore(t, i, 4, x => x.Word is "headcount" or "count" or "counts" or "records" or "record" or "statistics" or "tally" or "log"))
        {
            // "No headcount was kept at the evenings": records kept, or not, are no goal kept.
            t[i] = t[i] with { Cues = Cue.None, Form = VerbForm.None };
            return true;
        }
        if (b == "spending" && a is "visitor" or "visitors" or "customer" or "customers" or "consumer" or "tourist")
        {
            // "Visitor spending in the museum shops exceeded the budget": what customers spend is our income, not our costs.
            t[i] = t[i] with { Cues = Cue.None };
            return true;
        }
        if (b == "up" && a == "held" && (i + 1 < t.Count && t[i + 1].Word == "by" || i >= 2 && t[i - 2].Word is "been" or "was" or "were" or "is" or "are" or "being" or "be"))
        {
            // "has been held up by contaminated soil": delayed, not held to schedule; not "visitor numbers have held up well".
            t[i - 1] = t[i - 1] with { Cues = Cue.None };
            t[i] = t[i] with { Cues = Cue.Delay };
            return true;
        }
        if (b == "planned" && (a is "the" or "our" or "all" || i >= 2 && t[i - 2].Word == "all" && (char.IsAsciiDigit(a[0]) || FigureRules.NumberWords.ContainsKey(a))
            || a != "as" && t.Count > 3 && t[0].Word == "of" && t[1].Word == "the" && char.IsAsciiDigit(t[2].Word[0]) && i < 8))
        {
            // "Most of the planned walks took place", "All eight planned audits", "Of the 12 concerts planned for metro stations, seven
            // took place": what was planned, not "as planned".
            t[i] = t[i] with { Cues = Cue.None };
            return true;
        }
        return false;
    }

    private static bool Phrases4(List<Token> t, int i)
    {
        var a = t[i - 1].Word;
        var b = t[i].Word;
        if (b == "upp" && a == "nästan" && i + 1 < t.Count && t[i + 1].Word is "till" or "i" && (i >= 2 && t[i - 2].Word is "kom" or "kommit" || i >= 3 && t[i - 3].Word is "kom" or "kommit"))
        {
            // "år 2022 kom vi nästan upp till samma besöksmängder som under toppåret": nearly reached, as "nådde nästan".
            t[i] = t[i] with { Cues = Cue.Realise, Form = VerbForm.Past };
            return true;
        }
        if (b == "av" && a is "inte" or "aldrig" && i >= 2 && t[i - 2].Word is "blir" or "blev" && !ThreatBefore(t, i - 2))
        {
            // "friluftsteatern blir inte av i år": it will not happen, a cancellation.
            t[i - 1] = t[i - 1] with { Cues = Cue.None };
            t[i] = t[i] with { Cues = Cue.Cancel };
            return true;
        }
        if (b == "stilla" && (a is "står" or "stod" || i >= 2 && t[i - 2].Word is "står" or "stod") || b == "av" && a is "blir" or "blev" && i >= 2 && t[i - 2].Word == "ens")
        {
            // "står arbetet stilla": stalled; "oklart om projektet ens blir av": whether it happens at all.
            t[i] = t[i] with { Cues = b == "stilla" ? Cue.Delay : Cue.Finish };
            return true;
        }
        if (b == "sanoa" && a is "mahdoton" or "mahdotonta")
        {
            // "on tässä vaiheessa mahdoton sanoa": cannot be assessed ("vaikea sanoa", hard to say, stays a hedge).
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Assess };
            return true;
        }
        if (b == "under" && a == "ett" && i >= 2 && t[i - 2].Word is "vore" or "skulle" || b == "ihme" && a is "olisi" or "vaatisi" || b == "miracle" && a == "a" && i >= 2 && t[i - 2].Word is "take" or "be")
        {
            // "Det vore ett under att hinna med …", "olisi ihme, jos …", "it would take a miracle": not to be done.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Infeasible };
            return true;
        }
        if (b == "tapauksessa" && a == "siinä")
        {
            // "ainoastaan siinä tapauksessa, että": in the case that, "if".
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Conditional };
            return true;
        }
        if (i >= 2 && t[i - 2].Word is "ainoastaan" or "vain" or "pelkästään" && a.EndsWith('n') && IsAfterParticiple(b))
        {
            // "Ainoastaan vesiluvan tultua laituri valmistuu": only once the permit has come, a condition (not "vasta … päätyttyä", a time).
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Conditional };
            return true;
        }
        if (b == "osin" && a is "muilta" or "tältä" or "siltä" or "näiltä")
        {
            // "eteni myös muilta osin tavoitteiden mukaisesti", "jäi tältä osin toteutumatta": in those respects, not "partly".
            t[i] = t[i] with { Cues = Cue.None };
            return true;
        }
        if (b == "osin" && a is "kaikilta" or "kaikin" or "olennaisilta" or "olennaisin" or "molemmilta" or "kummaltakin" || b == "sett" && a == "stort")
        {
            // "kaikilta osin", "olennaisilta osin", "molemmilta osin" are in every (essential) part, not the hedge "osin"; "i stort sett" is by and large, a hedge.
            t[i] = t[i] with { Cues = b == "osin" ? Cue.Fully | Cue.Whole : Cue.Degree };
            if (b == "sett") t[i - 1] = t[i - 1] with { Cues = Cue.Degree };
            return true;
        }
        if (b == "om" && (t[i - 1].Has(Cue.Goal) || a.EndsWith("garantin", StringComparison.Ordinal) || a.StartsWith("beslut", StringComparison.Ordinal) || a.StartsWith("fråga", StringComparison.Ordinal)
            || a.StartsWith("uppgift", StringComparison.Ordinal) || a.StartsWith("utredning", StringComparison.Ordinal) || a.StartsWith("rapport", StringComparison.Ordinal)
            || a.StartsWith("avtal", StringComparison.Ordinal) || a.StartsWith("överenskommels", StringComparison.Ordinal) || a.StartsWith("ansök", StringComparison.Ordinal) || a.StartsWith("förslag", StringComparison.Ordinal) || a == "begäran"
            || a is "programmet" or "uppdraget" or "information" or "frågan" or "gånger" or "stadgar" or "föreskriver" or "överens" || a.StartsWith("lagstiftning", StringComparison.Ordinal) || a.StartsWith("lag", StringComparison.Ordinal) && a.Length <= 5))
        {
            // "målet om ökat antal besökare", "tjänstegarantin om", "ansökningar om hyresstöd", "som fullmäktige beslutat om", "kommit överens om hur": about something, not "if".
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Conditional };
            return true;
        }
        if (i == 1 && a is "niin" or "näin" && b == "ei" && t.Count <= 5 && t.FindIndex(x => x.Word == "käy") is var happens and > 1)
        {
            // "Suunnitelmana oli, että halli valmistuu syksyllä. Niin ei kuitenkaan käy.": the plan before, denied.
            t[happens] = t[happens] with { Cues = Cue.Realise, Form = VerbForm.Present };
            return true;
        }
        if ((i == 1 || i == 2 && t[0].Word == "men") && a == "så" && b is "blir" or "blev" && t.Count > i + 2 && t[i + 1].Word == "det"
            && (t[i + 2].Word == "inte" || t.Count > i + 3 && t[i + 2].Word == "alltså" && t[i + 3].Word == "inte"))
        {
            // "Tanken var att hallen skulle stå klar hösten 2023. Så blir det alltså inte", "… Men så blev det inte.": the plan
            // before, denied ("det", so that the negation two words on is its own).
            t[i + 1] = t[i + 1] with { Cues = Cue.Realise, Form = b == "blev" ? VerbForm.Past : VerbForm.Present };
            return true;
        }
        if (b is "undanröjda" or "undanröjts" or "undanröjt" or "poistettu" or "poistuneet" or "removed" or "cleared" && i >= 1)
        {
            // "nu är alla hinder för skateparken undanröjda": the obstacles are gone.
            for (var j = i - 1; j >= 0 && j >= i - 5 && t[j].Clause == t[i].Clause; j--)
                if (t[j].Has(Cue.Obstacle)) t[j] = t[j] with { Cues = t[j].Cues & ~Cue.Obstacle };
            return false;
        }
        if (a is "inte" or "not" && b is "uteslutet" or "uteslutas" or "excluded")
        {
            // "Det är inte uteslutet att hallen tas i bruk innan årsskiftet": possible, not denied.
            t[i - 1] = t[i - 1] with { Cues = Cue.None };
            t[i] = t[i] with { Cues = Cue.Hedge | Cue.Maybe };
            return true;
        }
        if (a.StartsWith("pääs", StringComparison.Ordinal) && b is "yhteisymmärrykseen" or "sopimukseen" or "sopuun" or "neuvottelutulokseen")
        {
            // "liikuntahallista päästiin yhteisymmärrykseen": an agreement reached is a step, not the goal.
            t[i - 1] = t[i - 1] with { Cues = (t[i - 1].Cues & ~Cue.Realise) | Cue.Progress };
            return true;
        }
        if (a is "jumissa" or "jäissä" && b is "ollut" or "olleet" && !(i >= 2 && t[i - 2].Word is "on" or "ovat" or "oli" or "olivat"))
        {
            // "Jumissa ollut kaavoitus eteni kesällä": what was stuck, named by it, not a delay now.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Delay };
            return true;
        }
        if (b == "verklighet" && GoalBefore(t, i) && (a is "blir" or "bli" or "blev" ? i - 1 : i >= 2 && t[i - 2].Word is "blir" or "bli" or "blev" ? i - 2 : -1) is var become and > 0)
        {
            // "Målet på 120 föreställningar blir knappast verklighet": comes true, a verb of realisation.
            t[become] = t[become] with { Cues = Cue.Realise, Form = t[become].Word == "blev" ? VerbForm.Past : VerbForm.Present };
            return true;
        }
        if (b == "betyget" && a is "får" or "fick" or "fått" && i + 1 < t.Count && t[i + 1].Word is "ok" or "bra" or "godkänt" or "gott" or "utmärkt" or "grönt")
        {
            // "72 % av målen får betyget OK eller bra": graded as met.
            t[i - 1] = t[i - 1] with { Cues = Cue.Realise, Form = a == "får" ? VerbForm.Present : VerbForm.Past };
            return true;
        }
        if (a == "klara" && (t[i].Has(Cue.Goal) || b.StartsWith("budget", StringComparison.Ordinal)
            || b is "den" or "det" or "de" or "sin" or "sitt" or "sina" && t.Skip(i + 1).Take(2).Any(x => x.Has(Cue.Goal))))
        {
            // "kommer att klara målet", "ska vi klara budgeten", "bedöms klara den finansiella målsättningen": manage, a verb of realisation.
            t[i - 1] = t[i - 1] with { Cues = Cue.Realise, Form = VerbForm.Present };
            return true;
        }
        if (a == "om" && (char.IsAsciiDigit(b[0]) || b is "cirka" or "ca" or "drygt" or "knappt" or "ungefär" or "att" or "än" or "två" or "tre" or "fyra" or "fem" or "ett" or "några" or "och" or "året" or "dagen" or "månaden" or "veckan"
            or "vilken" or "vilket" or "vilka" or "vad" or "hur"))
        {
            // "ett överskott om 0,8 miljoner kronor", "målet från 2010 om att halvera utsläppen", "utlåtandet om vilken riktningen är": of an amount or about, not "if";
            // "om- och tillbyggnaden" is a prefix, "24 miljoner kronor om året" a rate.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Conditional };
            return true;
        }
        if (b == "om" && (RedoneParticle(t, i) || a.StartsWith("enkät", StringComparison.Ordinal) || a.StartsWith("undersökning", StringComparison.Ordinal)
                || a.StartsWith("beslut", StringComparison.Ordinal) || a is "runt" or "omkring"
                || InClauseBefore(t, i, 8, x => x.Word is "beslutade" or "beslöt" or "beslutat" or "besluta") && i + 1 < t.Count && t[i + 1].Word is not ("att" or "det" or "vi" or "man") // "beslutade vid sitt möte den 18 juni om budget"
                || i <= 2 && (a is "boken" or "filmen" or "kursen" or "kurser" or "seminariet" or "kampanjen" || a.EndsWith("ningen", StringComparison.Ordinal) || a.EndsWith("ningar", StringComparison.Ordinal) || a.EndsWith("ningarna", StringComparison.Ordinal)))) // the subject, not "uppfylls med öppningen om tillståndet beviljas"
        {
            // "upphandlingen måste göras om": redone; "Enkäten om föreningarnas nöjdhet", "beslutet om nedläggning", "Utställningen om Gammelstadens industrihistoria": about;
            // "runt om i landet": around. Not "if".
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Conditional };
            return true;
        }
        if (b == "på" && a == "beroende")
        {
            // "beroende på att indikatorerna inte är mätta": because of, not "depending on whether".
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Conditional };
            return true;
        }
        if (t[i].Has(Cue.Progress) && GapBefore(t, i) && !GoalInClause(t, i))
        {
            // "ja ero on kasvanut kuukausi kuukaudelta": a gap that grows says nothing by itself; the figures it is between decide.
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.Progress };
            return true;
        }
        if (b == "mukaisesti" && t[i - 1].Has(Cue.ForecastNoun) && FrameLaterInClause(t, i))
        {
            // "1. ennusteen mukaisesti toimintakatteen ennustetaan olevan …": whose forecast, not "as forecast".
            t[i] = t[i] with { Cues = Cue.Frame };
            return true;
        }
        if ((b == "fall" && a == "bästa" && i >= 2 && t[i - 2].Word == "i" || b == "tapauksessa" && a == "parhaassa") && !t.Take(i).Any(x => x.Has(Cue.Realise))) // not "Målet nås, och i bästa fall överträffas det"
        {
            // "kan i bästa fall öppna 2026", "parhaassa tapauksessa": at best, a hedge.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Hedge };
            return true;
        }
        if (b is "mitata" or "mitattu" && a is "voitu" or "voida" or "pystytty" or "ole" && i >= 2 && t[i - 2].Has(Cue.Negator))
        {
            // "asiakastyytyväisyyttä ei voitu mitata": not measured, so not assessed (not "voidaan mitata vasta syksyllä").
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Assess };
            return true;
        }
        if (b == "villkor" && a == "på" || b == "ehdolla" && a == "sillä" || b == "kuin" && a == "sikäli" && !JudgedAfter(t, i))
        {
            // "kan införas i höst på villkor att två vikarier anställs", "sikäli kuin varaukset vahvistuvat": on condition that.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Conditional };
            return true;
        }
        if (b == "om" && a == "även")
        {
            // "Även om det återstår arbete": even though, a concession, from the clause's first word.
            t[i] = t[i] with { Cues = (t[i].Cues & ~Cue.Conditional) | Cue.Concessive };
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues | Cue.Concessive };
            return true;
        }
        if (IsAskedAfter(t[i - 1], b) || b == "om" && a == "för" && i >= 2 && t[i - 2].Has(Cue.ForecastNoun) // "ingen prognos för om"
            || b is "miten" or "kuinka" && (t[i - 1].Has(Cue.Assess) || i >= 2 && t[i - 2].Has(Cue.Assess) && t[i - 2].Clause == t[i - 1].Clause)) // "arvioidaan (laajemmin), miten … on edennyt"
        {
            // "verifiera om målet uppnåtts", "assess if the target was met": whether, not a condition.
            t[i] = t[i] with { Cues = (t[i].Cues & ~Cue.Conditional) | Cue.Whether };
            return true;
        }
        if (b is "provided" or "given" && t[i - 1].Has(Cue.ForecastNoun | Cue.Assess) || b == "provided" && i == t.Count - 1)
        {
            // "No forecast provided": a participle, not "provided that".
            t[i] = t[i] with { Cues = (t[i].Cues & ~Cue.Conditional) | Cue.Defer };
            return true;
        }
        return false;
    }

    /// <summary>"tappet", "förlusten", "minskningen", "underskottet", "nedgången": a loss, whose absence is good news.</summary>
    private static bool IsLoss(string w) =>
        w.StartsWith("tapp", StringComparison.Ordinal) || w.StartsWith("förlust", StringComparison.Ordinal) || w.StartsWith("minskning", StringComparison.Ordinal)
        || w.StartsWith("underskott", StringComparison.Ordinal) || w.StartsWith("nedgång", StringComparison.Ordinal) || w.StartsWith("besökstapp", StringComparison.Ordinal);

    private static bool Phrases5(List<Token> t, int i)
    {
        if (t[i - 1].Word is "sedan" or "since" && t[i].Has(Cue.LaterTime))
        {
            // "har sedan hösten egen ledare": since the autumn, a time past, not one to come.
            t[i] = t[i] with { Cues = t[i].Cues & ~Cue.LaterTime };
            return true;
        }
        if (t[i - 1].Word is "flera" or "useiden" or "monen" or "several" && t[i].Word is "års" or "månaders" or "veckors" or "vuoden" or "kuukauden" or "years'" or "months'")
        {
            // "Efter flera års talkoarbete": several years of work, a time, not only some of the things.
            t[i - 1] = t[i - 1] with { Cues = t[i - 1].Cues & ~Cue.Partial };
            return true;
        }
        if (t[i].Word == "yli" && t[i - 1].Word == "vuodenvaihteen" || t[i].Word == "över" && t[i - 1].Word == "årsskiftet")
        {
            // "Lopullinen päätös siirtyi vuodenvaihteen yli", "sköts upp över årsskiftet": past the year's end, into the next.
            t[i - 1] = t[i - 1] with { Cues = (t[i - 1].Cues & ~Cue.ThisYear) | Cue.NextYear };
            return true;
        }
        if (t[i].Word is "määrä" or "mängden" && t[i - 1].Word is "vuoden" or "årets" && i + 1 < t.Count && t[i + 1].Word is "ylittyi" or "ylitettiin" or "täyttyi" or "saavutettiin" or "överskreds" or "nåddes"
            && (i < 2 || t[i - 2].Word is "eli" or "joten" or "ja" or "niin" or "dvs" or "så" or "och" || t[i - 2].Clause != t[i].Clause) && !t.Exists(x => x.Word is "vain" or "bara" or "endast"))
        {
            // "eli vuoden määrä ylittyi jo ennen kesää": the year's count is the target; not "Ylitöiden vuoden määrä ylittyi", a quota of something else.
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Goal };
            return true;
        }
        if (t[i].Word is "uteblev" or "uteblir" or "uteblivit" && IsLoss(t[i - 1].Word))
        {
            // "Men tappet uteblev": a loss that did not come is no cancellation.
            t[i] = t[i] with { Cues = Cue.None };
            return true;
        }
        if (t[i].Word == "förutsättning" && t[i - 1].Word == "under" && i + 1 < t.Count && t[i + 1].Word == "att")
        {
            // "kan återupptas i höst under förutsättning att en ny chaufför rekryteras": a condition, as "förutsatt att".
            t[i] = t[i] with { Cues = t[i].Cues | Cue.Conditional };
            return true;
        }
        return false;
    }
}
