namespace Cockpit.Status;

/// <summary>Facts about one tokenised sentence that every rule asks: where clauses start, what negates what, what hedges.</summary>
internal sealed class SentenceContext
{
    public List<Token> T { get; private set; } = [];
    public TextRange Sentence { get; private set; }
    public int Order { get; private set; }
    public bool HasGoal { get; private set; }
    public bool HasFrame { get; private set; }
    public bool HasEffect { get; private set; }
    public bool HasNextYearTarget { get; private set; }
    public bool HasLaterTime { get; private set; }
    /// <summary>The sentence speaks of this year: "tänä vuonna", "vuoden loppuun mennessä", "i år", "this year", "vuonna 2020".</summary>
    public bool HasThisYear { get; private set; }
    /// <summary>Index of a negated evidential ("mikään ei viittaa", "inget tyder på"), or -1.</summary>
    public int NegatedEvidential { get; private set; }
    /// <summary>Index of a hedge outside a concessive clause, or -1.</summary>
    public int Hedge { get; private set; }
    /// <summary>Index of a conditional outside a concessive clause, or -1.</summary>
    public int Conditional { get; private set; }
    public bool HasRealiseVerb { get; private set; }
    /// <summary>Index of an undenied "mahdollista", "möjligt", "possible" ("On mahdollista, että ..."), or -1.</summary>
    public int Possibility { get; private set; }
    /// <summary>Index of a denied one ("ei ole mahdollista", "not possible"), or -1.</summary>
    public int NoPossibility { get; private set; }
    /// <summary>Index of "om", "if", "whether" after a verb of assessing ("verifiera om", "assess whether"), or -1: what follows is asked.</summary>
    public int Asked { get; private set; }
    /// <summary>
    /// Index of the word that limits the sentence to a part ("mökkien osalta", "för stugornas del", "as for the cottages",
    /// "in respect of"), or -1; not the goal's own part ("mittarin osalta"), all parts ("kaikkien osalta") or a year's.
    /// </summary>
    public int PartScope { get; private set; }
    /// <summary>The years the whole text names: how many, and the earliest (0 if none); set once per text.</summary>
    public TextYears Years { get; set; }
    /// <summary>The whole text the tokens point into; set once per text.</summary>
    public string Text { get; set; } = "";
    /// <summary>The kind of round the text was written for; set once per text.</summary>
    public RoundKind Round { get; set; }
    /// <summary>What the sentences before set up for this one; set after each sentence.</summary>
    public SetUp Before { get; set; } = SetUp.None;
    /// <summary>The year the report is for ("Ennuste 2/2034", "Toteuma 2034" → 2034), or 0 when the caller does not know it; set once per text.</summary>
    public int ReportYear { get; set; }
    /// <summary>Index of a word that introduced a figure ("toteutunut 0 kpl"): a figure, not a verdict. -1 if none.</summary>
    public int FigureWord { get; set; }

    public void Reset(List<Token> tokens, TextRange sentence, int order)
    {
        T = tokens;
        Sentence = sentence;
        Order = order;
        HasGoal = HasFrame = HasEffect = HasNextYearTarget = HasLaterTime = HasThisYear = HasRealiseVerb = false;
        NegatedEvidential = Hedge = Conditional = FigureWord = Possibility = NoPossibility = Asked = PartScope = -1;
        var concessiveClause = -1;
        var assess = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // "progressing, although with reservations": a concession of three words or fewer has no verb of its own and
            // qualifies the clause before it, so its hedge counts.
            if (t.Has(Cue.Concessive)) concessiveClause = i > 0 && t.Has(Cue.ClauseBreak) && ClauseEnd(i) - i <= 4 || DespiteNoun(i) ? -1 : t.Clause;
            var conceded = t.Clause == concessiveClause;
            if (t.Has(Cue.Goal)) HasGoal = true;
            if (t.Has(Cue.Effect)) HasEffect = true;
            if (t.Has(Cue.NextYear)) HasNextYearTarget = true;
            if (t.Has(Cue.LaterTime)) HasLaterTime = true;
            if (t.Has(Cue.Year) && (i > 0 && tokens[i - 1].Has(Cue.ToYear) || IntoYearsPlan(tokens, i) || IntoLaterSeason(tokens, i)))
            {
                if (TheReportYearOrBefore(i)) HasLaterTime = true; // "siirtyy vuodelle 2034" in the report for 2034: later, within the year
                else HasNextYearTarget = true;
            }
            else if (t.Has(Cue.Year | Cue.ThisYear)) HasThisYear = true;
            if (t.Has(Cue.Realise) && t.Form is not (VerbForm.None or VerbForm.Noun) && !StartsWork(i)) HasRealiseVerb = true;
            // "talousarvioon arvioidun toteuman", "billigare än beräknat", "vähemmän kuin talousarviossa arvioitiin": a comparison
            // with the estimate frames nothing.
            // "Tarkastuslautakunta totesi arvioinnissaan": an audit's evaluation looks back, it is no estimate; so does at year end
            // "…, kysyntä arvioitiin rajusti pieleen", what was estimated, in a clause after the result.
            if (t.Has(Cue.Frame) && NegatorBefore(i, -1) < 0 && !AfterComparison(i) && t.Word is not ("arvioitua" or "arvioidun" or "ennakoitua" or "ennakoidun" or "ennustettua" or "odotettua" or "odotetun" or "beräknat" or "väntat")
                && !(Round == RoundKind.Outcome && (t.Word is "arvioinnissa" or "arvioinnissaan" or "arviointikertomuksessa" || t.Word == "arvioitiin" && t.Clause > 0))) HasFrame = true;
            if (t.Has(Cue.Hedge) && !conceded && !IsDeniedHedge(i) && !RiskDeniedAfter(i) && !BeforeDespite(tokens, i) && !WhollyOr(tokens, i)) Hedge = i;
            if (t.Has(Cue.Certain) && !conceded && (IsDenied(i) || CertaintyDeniedAfter(tokens, i))) Hedge = i; // "eikä ... ole varmuutta", "varmuutta siitä ei vielä ole": denied certainty is doubt
            if (PartScope < 0 && LimitsToPart(tokens, i)) PartScope = i;
            // "Skulle målet inte nås, flyttas medlen …", "Should the target not be met, …": an inverted if-clause.
            // "Går allt enligt planerna kan idrottsanläggningen stå klar 2025": the same, opened by "går allt".
            if (t.Has(Cue.Conditional) && !conceded || i == 0 && t.Word is "skulle" or "should" or "blir" && tokens.Count > 3 && tokens[^1].Clause > t.Clause // "Blir besöksmålet inte nått, övervägs …"
                || i == 0 && t.Word is "går" or "skulle" && tokens.Count > 4 && (tokens[1].Word == "allt" || tokens[2].Word is "allt" or "enligt" || tokens[3].Word == "enligt")
                || WhenItAllows(tokens, i)) Conditional = i;
            if (t.Has(Cue.Assess)) assess = true;
            // "Whether the goal was met cannot be determined", "Det är oklart om vi når målet".
            if (t.Has(Cue.Whether) && (assess || i == 0 || i > 0 && tokens[i - 1].Has(Cue.Open | Cue.ClauseBreak) || i > 1 && tokens[i - 2].Has(Cue.ForecastNoun)) && Asked < 0) Asked = i; // "ingen prognos för om" // "…, so whether the target will be met cannot be judged"
            if (t.Has(Cue.Possible) && !conceded)
            {
                if (Negator(i) >= 0 || QuantifierBefore(i)) NoPossibility = i;
                else if (!Lexicon.IsRealistic(t.Word)) Possibility = i; // "on realistinen" is said of what will happen, not of what might
            }
            if (NoPossibility < 0 && !conceded && SlimChance(i)) NoPossibility = i;
            // Not "ei näytä yltävän tavoitteeseen": what does not look like happening is denied itself.
            if (t.Has(Cue.Evidential) && NegatedEvidential < 0 && (NegatorBefore(i, -1) >= 0 || QuantifierBefore(i)) && !LooksLike(i)) NegatedEvidential = i;
        }
    }

    /// <summary>"näytä yltävän", "näytä toteutuvan": looks like doing, a participle right after.</summary>
    private bool LooksLike(int i) =>
        T[i].Word == "näytä" && i + 1 < T.Count && (T[i + 1].Word.EndsWith("vän", StringComparison.Ordinal) || T[i + 1].Word.EndsWith("van", StringComparison.Ordinal));

    /// <summary>
    /// "Mahdollisuudet kunnostaa 15 teosta ovat vähäiset", "there is little chance that", "små möjligheter att": chances said
    /// to be slim are as good as none.
    /// </summary>
    private bool SlimChance(int i)
    {
        var w = T[i].Word;
        if (!(w.StartsWith("mahdollisuu", StringComparison.Ordinal) || w.StartsWith("möjlighet", StringComparison.Ordinal) || w.StartsWith("chans", StringComparison.Ordinal)
            || w is "chance" or "chances" or "hope" or "hopp" or "hoppet" or "toiveet")) return false; // "There is little hope that 40 coaches will join"
        if (i > 0 && IsSlim(T[i - 1].Word)) return true;
        for (var j = i + 1; j < T.Count && j <= i + 8 && T[j].Clause == T[i].Clause; j++)
            if (IsSlim(T[j].Word) && T[j - 1].Word is "ovat" or "on" or "är" or "are" or "is" or "pretty" or "very" or "hyvin" or "erittäin" or "mycket") return true;
        return false;
    }

    private static bool IsSlim(string w) =>
        w is "vähäiset" or "vähäinen" or "vähissä" or "heikot" or "heikko" or "pienet" or "pieni" or "huonot" or "olemattomat" or "små" or "liten" or "ringa" or "little" or "slim" or "slight" or "small";

    /// <summary>
    /// "helt eller delvis", "kokonaan tai osittain", "fully or partly": a hedge offered as the other half of "wholly or". Not
    /// before the goals' verb: "pekar på helt eller delvis uppfyllda mål" says some are only partly met (unless of the
    /// year before: "i fjol var andelen helt eller delvis uppfyllda mål 80 procent").
    /// </summary>
    public static bool WhollyOr(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Word is "eller" or "tai" or "or" && tokens[i - 2].Has(Cue.Whole | Cue.Fully)
        && !(i + 2 < tokens.Count && tokens[i + 1].Has(Cue.Realise) && tokens[i + 2].Has(Cue.Goal)
            && !tokens.Exists(t => t.Clause == tokens[i].Clause && (t.Word is "fjol" or "ifjol" or "förra" or "viime" or "last" or "previous"
                || t.Word.StartsWith("edellis", StringComparison.Ordinal) || t.Word.StartsWith("föregående", StringComparison.Ordinal))));

    /// <summary>"haastavasta taloustilanteesta huolimatta": a hedge the postposition "huolimatta" (despite) concedes.</summary>
    public static bool BeforeDespite(List<Token> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count && j <= i + 6 && tokens[j].Clause == tokens[i].Clause; j++)
            if (tokens[j].Word is "huolimatta") return true; // "Koronasta ja hankalasta taloudellisesta tilanteesta huolimatta"
        return false;
    }

    /// <summary>"siirretty vuoden 2021 toimintasuunnitelmaan", "vuoden 2021 alkuun": a year whose noun is a move's target (illative or allative), not "vuoden 2020 loppuun".</summary>
    private static bool IntoYearsPlan(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1].Clause != tokens[i].Clause) return false;
        if (i > 0 && tokens[i - 1].Word == "vuonna") return false; // "jäi vuonna 2027 kahdeksaan kilometriin": in the year, not into its plan
        var w = tokens[i + 1].Word;
        if (w.StartsWith("loppu", StringComparison.Ordinal) || w.Length < 5) return false;
        return w.EndsWith("aan", StringComparison.Ordinal) || w.EndsWith("ään", StringComparison.Ordinal) || w.EndsWith("een", StringComparison.Ordinal)
            || w.EndsWith("oon", StringComparison.Ordinal) || w.EndsWith("öön", StringComparison.Ordinal) || w.EndsWith("uun", StringComparison.Ordinal)
            || w.EndsWith("yyn", StringComparison.Ordinal) || w.EndsWith("iin", StringComparison.Ordinal) || w.EndsWith("hin", StringComparison.Ordinal)
            || w.EndsWith("lle", StringComparison.Ordinal);
    }

    /// <summary>
    /// "siirretty kevääseen 2021", "flyttas till våren 2021", "moved to spring 2021": a season or month as a move's target,
    /// with a later year after it (<see cref="IsLaterYear"/>).
    /// </summary>
    private bool IntoLaterSeason(List<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Clause != tokens[i].Clause) return false;
        var season = tokens[i - 1];
        var w = season.Word;
        // "siirtyy keväälle 2050", "kevätkaudelle 2050": into a season of the year named.
        if ((w is "keväälle" or "syksylle" || w is "kevätkaudelle" or "syyskaudelle" or "kesäkaudelle" or "talvikaudelle") && ClauseHas(i, Cue.Shift)) return IsLaterYear(i);
        var moved = season.Has(Cue.LaterTime) && (w.EndsWith("seen", StringComparison.Ordinal) || w.EndsWith("yyn", StringComparison.Ordinal) || w is "kesään" or "talveen" or "kesälle" or "talvelle"
            || w.EndsWith("kuulle", StringComparison.Ordinal) || w.EndsWith("kuuhun", StringComparison.Ordinal)
            || i >= 2 && tokens[i - 2].Has(Cue.ToYear))
            // "flyttas till sommaren 2037"; not "stå klar till sommaren 2024", a date, not a move.
            || w is "sommaren" or "vintern" && i >= 2 && tokens[i - 2].Has(Cue.ToYear) && ClauseHas(i, Cue.Shift);
        if (!moved) return false;
        return IsLaterYear(i);
    }

    /// <summary>Whether a later year ("ensi vuonna", "2068" in the report for 2067) is named in tokens from..to (exclusive).</summary>
    public bool LaterYearIn(int from, int to)
    {
        for (var j = from; j < to; j++)
            if (T[j].Has(Cue.NextYear) || T[j].Has(Cue.Year) && ReportYear > 0 && IsLaterYear(j)) return true;
        return false;
    }

    /// <summary>
    /// Whether the year at token i comes after the year reported on: when the report's year is known, by it; otherwise when
    /// it is later than another year the text names, or the only one it names (a writer adds a year to a month or season
    /// only when it is not the year reported on).
    /// </summary>
    public bool IsLaterYear(int i) => ReportYear > 0 ? YearAt(i) > ReportYear : Years.Count == 1 || Years.Earliest < YearAt(i);

    /// <summary>Whether the year at token i may be a later one: unless the report's year is known and it is not later.</summary>
    public bool MayBeLaterYear(int i) => ReportYear == 0 || IsLaterYear(i);

    /// <summary>The year at token i, a token marked <see cref="Cue.Year"/>.</summary>
    public int YearAt(int i) => int.Parse(T[i].Word, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"siirtyy vuodelle 2034" in a report for 2034: a move within the year reported on, known only when the report's year is.</summary>
    private bool TheReportYearOrBefore(int i) => ReportYear > 0 && !IsLaterYear(i);

    /// <summary>An amount of money in token i's clause ("euroa", "kronor", "milj.") or a euro sign in its sentence (the sign is no token).</summary>
    public bool MoneyIn(int i) =>
        FindWord(ClauseStart(i), ClauseEnd(i), BalanceRules.IsMoney) >= 0 || EuroSignInSentence;

    /// <summary>A euro sign in the sentence: the tokenizer keeps no token for it.</summary>
    public bool EuroSignInSentence => Text.AsSpan(Sentence.Start, Sentence.Length).Contains('€');

    /// <summary>
    /// "pääsi alkamaan", "päästiin aloittamaan", "onnistuttiin käynnistämään": a weak verb of realisation before an
    /// infinitive of beginning says only that the work got started, not that the goal was met.
    /// </summary>
    public bool StartsWork(int i)
    {
        if (!T[i].Has(Cue.Weak) || i + 1 >= T.Count || T[i + 1].Clause != T[i].Clause) return false;
        var next = T[i + 1].Word;
        return next.StartsWith("alkam", StringComparison.Ordinal) || next.StartsWith("aloittam", StringComparison.Ordinal)
            || next.StartsWith("käynnistäm", StringComparison.Ordinal);
    }

    private static bool LimitsToPart(List<Token> tokens, int i)
    {
        var w = tokens[i].Word;
        int head;
        if (w == "osalta") head = i - 1; // "mökkien ja saunojen osalta"
        else if (w == "del" && i >= 2 && tokens[i - 2].Word == "för") head = i - 1; // "för stugornas del"
        else if (w == "for" && i >= 1 && tokens[i - 1].Word == "as" || w == "respect" && i >= 1 && tokens[i - 1].Word == "in") head = i + 1;
        else if (w == "inom" && i + 1 < tokens.Count && IsServiceArea(tokens[i + 1].Word) && !BothBefore(tokens, i))
            head = i + 1; // "inom metrotrafiken", not "både inom metrotrafiken och inom spårvägstrafiken"
        else if (w == "gäller" && i > 2 && tokens[i - 1].Word == "vad") head = Math.Min(tokens.Count - 1, i + 2); // "lyckats bra vad gäller den regionala utvecklingen"
        else return false;
        if (head < 0 || head >= tokens.Count) return false;
        // The noun phrase around the head: "kaikkien kohteiden osalta", "as for all sites", "vuoden 2020 osalta".
        var (first, last) = head > i ? (head, Math.Min(tokens.Count - 1, head + 2)) : (Math.Max(0, head - 2), head);
        for (var j = first; j <= last; j++)
        {
            var t = tokens[j];
            if (t.Clause != tokens[head].Clause) continue;
            if (t.Has(Cue.Goal | Cue.Whole | Cue.Year | Cue.ThisYear) || t.Word.StartsWith("kaik", StringComparison.Ordinal)
                || t.Word.StartsWith("molem", StringComparison.Ordinal) || t.Word.StartsWith("vuo", StringComparison.Ordinal)
                || t.Word is "the" && j == head && head + 1 < tokens.Count && tokens[head + 1].Has(Cue.Goal)) return false;
        }
        return true;
    }

    /// <summary>"både", "both" before token i: the parts that follow make up the whole.</summary>
    private static bool BothBefore(List<Token> tokens, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (tokens[j].Word is "både" or "both") return true;
        return false;
    }

    /// <summary>A definite noun naming an area of service ("metrotrafiken", "hemtjänsten"), not a frame ("ramen", "budgeten", "tidsplanen").</summary>
    private static bool IsServiceArea(string w) =>
        w.Length > 5 && w.EndsWith("en", StringComparison.Ordinal) && w is not ("ramen" or "budgeten" or "tidsplanen" or "tidsramen" or "tiden")
        && !w.StartsWith("budget", StringComparison.Ordinal) && !w.StartsWith("tid", StringComparison.Ordinal);

    /// <summary>
    /// Whether nothing but auxiliaries and negators stands before token i: a subjectless sentence ("Toteutunut 31.8.2020.",
    /// "Ei toteudu tänä vuonna.") whose unspoken subject is the goal the cell reports on.
    /// </summary>
    public bool OpensSentence(int i)
    {
        for (var j = 0; j < i; j++)
            if (!T[j].Has(Cue.Auxiliary | Cue.Negator)) return false;
        return true;
    }

    /// <summary>
    /// "ei ole vaarassa", "inte hotat", "not at risk", "no risk", "eikä hankkeeseen ole tunnistettu merkittäviä riskejä": a
    /// hedge word a negator earlier in its clause denies. An adverb of likelihood is never denied: in "ei todennäköisesti
    /// toteudu", "ei ehkä toteudu" the negation is the verb's.
    /// </summary>
    public bool IsDeniedHedge(int i)
    {
        if (T[i].Has(Cue.Probable | Cue.Maybe)) return false;
        for (var j = i - 1; j >= 0 && T[j].Clause == T[i].Clause; j--)
            if (T[j].Has(Cue.Negator | Cue.NegQuantifier)) return true;
        return false;
    }

    /// <summary>Whether the sentence's undenied hedge is a noun of risk ("riski", "ylitysriski", "risken"; not the verb "riskerar").</summary>
    public bool NamesRisk => Hedge >= 0 && IsRiskNoun(T[Hedge].Word);

    /// <summary>"riski", "riskiä", "ylitysriski", "risken", "risk", "vaarassa": a noun of risk, alone or at the end of a compound, or in danger of.</summary>
    public static bool IsRiskNoun(string w) =>
        (w.StartsWith("risk", StringComparison.Ordinal) || w.Contains("riski", StringComparison.Ordinal)) && !w.StartsWith("riskera", StringComparison.Ordinal) && w != "risks"
        || w == "vaarassa"; // "ostot ovat ennusteen mukaan vaarassa ylittyä"

    /// <summary>"tätä riskiä ei enää ole", "riskiä tavoitetason alittumisesta ei nähdä": a negator within four words after the noun of risk, in its clause (not "risk att målsättningen inte nås").</summary>
    public bool RiskDeniedAfter(int i)
    {
        if (!IsRiskNoun(T[i].Word)) return false;
        for (var j = i + 1; j < T.Count && j <= i + 4 && T[j].Clause == T[i].Clause && !T[j].Has(Cue.Realise) && T[j].Word is not ("att" or "että" or "that"); j++)
            if (T[j].Has(Cue.Negator)) return true;
        return false;
    }

    /// <summary>
    /// What softens a verdict at token i to a risk: a modal before it in its clause, a condition, a possibility, or a
    /// hedge (for a miss, not "todennäköisesti": a probable miss is a forecast of a miss). -1 if none.
    /// </summary>
    public int Softener(int i, bool miss)
    {
        var modal = Modal(i);
        if (modal >= 0) return modal;
        if (Conditional >= 0) return Conditional;
        if (Possibility >= 0) return Possibility;
        return Hedge >= 0 && !(miss && T[Hedge].Has(Cue.Probable)) ? Hedge : -1;
    }

    /// <summary>"varmuutta siitä ei vielä ole": a Finnish noun of certainty put first, its "ei … ole" after it.</summary>
    private static bool CertaintyDeniedAfter(List<Token> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count && j <= i + 3 && tokens[j].Clause == tokens[i].Clause; j++)
            if (tokens[j].Word is "ei" && j + 1 < tokens.Count && (tokens[j + 1].Word == "ole" || j + 2 < tokens.Count && tokens[j + 2].Word == "ole")) return true;
        return false;
    }

    /// <summary>"ei esteitä", "nothing that would prevent": an obstacle denied by a negator in its clause or a "nothing" before it.</summary>
    public bool IsDenied(int i) => NegatorBefore(i, -1) >= 0 || QuantifierBefore(i);

    /// <summary>Whether token i stands in a clause opened by vaikka, although, trots: a concession, not a hedge.</summary>
    public bool IsConceded(int i) => T[ClauseStart(i)].Has(Cue.Concessive) && !DespiteNoun(ClauseStart(i));

    /// <summary>Token i is one or two words after "kuin", "än" or "than": the basis of a comparison.</summary>
    /// <summary>"billigare än beräknat", "långt över förväntan", "yli odotusten", "beyond every expectation": compared with the estimate.</summary>
    public bool AfterComparison(int i) => i >= 1 && IsComparison(T[i - 1].Word) || i >= 2 && IsComparison(T[i - 2].Word);

    private static bool IsComparison(string w) => w is "kuin" or "än" or "than" or "över" or "yli" or "beyond" or "above" or "past"
        || w is "överträffade" or "ylitti" or "exceeded" or "surpassed" or "outstripped" or "outran" or "outpaced"; // "Intresset överträffade alla prognoser", "Demand outstripped every estimate"

    /// <summary>"Trots insatserna har det varit svårt att nå målen": "trots" before a noun concedes the noun, not the clause ("trots att" does).</summary>
    public bool DespiteNoun(int i) => T[i].Word == "trots" && i + 1 < T.Count && T[i + 1].Word != "att";

    public int ClauseStart(int i)
    {
        var c = T[i].Clause;
        while (i > 0 && T[i - 1].Clause == c) i--;
        return i;
    }

    /// <summary>The index just past the last token of i's clause.</summary>
    public int ClauseEnd(int i)
    {
        var end = i;
        while (end < T.Count && T[end].Clause == T[i].Clause) end++;
        return end;
    }

    public bool ClauseHas(int i, Cue cue) => ClauseFind(i, cue) >= 0;

    /// <summary>The first token from <paramref name="from"/> up to, not including, <paramref name="to"/> whose word matches, or -1.</summary>
    public int FindWord(int from, int to, Func<string, bool> match)
    {
        for (var j = Math.Max(0, from); j < to && j < T.Count; j++)
            if (match(T[j].Word)) return j;
        return -1;
    }

    /// <summary>Whether i's clause holds a verb of realisation (not a noun such as "toteutuminen").</summary>
    public bool ClauseHasRealiseVerb(int i)
    {
        for (var j = ClauseStart(i); j < ClauseEnd(i); j++)
            if (T[j].Has(Cue.Realise) && T[j].Form is not (VerbForm.None or VerbForm.Noun)) return true;
        return false;
    }

    /// <summary>Whether any word of the sentence carries one of the cues ("Mittari otetaan käyttöön vasta 2021, joten ennustetta ei anneta").</summary>
    public bool SentenceHas(Cue cue)
    {
        foreach (var t in T)
            if (t.Has(cue)) return true;
        return false;
    }

    /// <summary>Whether a token between from and to (exclusive) carries the cue.</summary>
    public bool HasIn(int from, int to, Cue cue)
    {
        for (var j = Math.Max(0, from); j < to && j < T.Count; j++)
            if (T[j].Has(cue)) return true;
        return false;
    }

    /// <summary>The first "mutta", "men", "but", "whereas" or "kun taas" (the index of "taas") between from and to (exclusive), or -1.</summary>
    public int ContrastIn(int from, int to)
    {
        for (var j = Math.Max(0, from); j < to && j < T.Count; j++)
            if (T[j].Word is "mutta" or "men" or "but" or "whereas" or "medan" || T[j].Word == "taas" && j > 0 && (T[j - 1].Word == "kun" || j > 1 && ClauseStart(j) == j - 1) // "kun taas", "…, energiakulut taas": whereas
                || T[j].Word == "sen" && j + 1 < T.Count && T[j + 1].Word == "sijaan" && j > 0 && ClauseStart(j) == j) return j; // "…, sen sijaan kaikki … pidettiin": on the other hand
        return -1;
    }

    /// <summary>The last token in i's clause carrying the cue, or -1.</summary>
    public int ClauseFind(int i, Cue cue)
    {
        var c = T[i].Clause;
        var found = -1;
        for (var j = ClauseStart(i); j < T.Count && T[j].Clause == c; j++)
            if (T[j].Has(cue)) found = j;
        return found;
    }

    /// <summary>The mark written just before token i, spaces skipped ("," in "kävijätavoite, 30 000"), or a space at the start.</summary>
    public char SignBefore(int i)
    {
        var k = T[i].Start - 1;
        while (k > 0 && char.IsWhiteSpace(Text[k])) k--;
        return k >= 0 ? Text[k] : ' ';
    }

    /// <summary>
    /// The negator that scopes over token i: one earlier in its clause (Finnish "ei ... toteudu", "tavoitetta ei tulla
    /// saavuttamaan"), or right after it (sv "uppnås inte"), or for "nå" before the particle of "nå upp till" however far ("nådde
    /// kommunen trots … inte upp till målen"); one consumed by a negated evidential is skipped. -1 if none.
    /// </summary>
    public int Negator(int i)
    {
        var before = NegatorBefore(i, NegatedEvidential >= 0 && NegatedEvidential < i ? NegatedEvidential : -1);
        if (before >= 0) return before;
        // "klarar dess värre inte att skapa is": a sentence adverb between the verb and its negator does not count.
        for (int j = i + 1, reach = i + 2; j < T.Count && j <= reach && T[j].Clause == T[i].Clause; j++)
            if (T[j].Has(Cue.Negator)) return j;
            else if (T[j].Word is "tyvärr" or "dessvärre" or "dess" or "värre" or "dock" or "ändå" or "alltså" or "unfortunately") reach++;
        // "2023 uppnådde Borgå kyrkliga samfällighet inte målet": the subject between the verb and its negator, the goal after.
        if (T[i].Word is "uppnådde" or "uppfyllde" or "klarade" or "nådde")
            for (var j = i + 2; j + 1 < T.Count && j <= i + 5 && T[j].Clause == T[i].Clause; j++)
                if (T[j].Has(Cue.Negator) && T[j + 1].Has(Cue.Goal)) return j;
        // "nådde kommunen trots högkonjunkturen och återbetalade premier inte upp till de egna målen": "nå … inte upp till".
        if (T[i].Word is "nådde" or "når" or "nått" or "nådd")
            for (var j = i + 1; j + 1 < T.Count && j <= i + 12 && !T[j].Has(Cue.Realise); j++)
                if (T[j].Has(Cue.Negator) && T[j + 1].Word == "upp") return j;
        return -1;
    }

    public int NegatorBefore(int i, int after)
    {
        var start = ClauseStart(i);
        for (var j = i - 1; j >= start && j > after; j--)
        {
            if (T[j].Has(Cue.Negator)) return j;
            // "beror inte på att … utan på att investeringar förskjuts": what "utan" gives instead is said; not "inte utan ytterligare finansiering", without.
            // "påverkas inte utan kommer att gå igång som planerat": a verb after "utan" starts what is said instead.
            if (j > start && (T[j].Word == "vaan" || T[j].Word == "utan" && j + 1 < T.Count && (!T[j - 1].Has(Cue.Negator) && T[j + 1].Word is "på" or "att" or "för" or "av" or "som"
                || T[j + 1].Word is "kommer" or "ska" or "skall" or "har" or "är" or "blir" or "går"))) return -1;
        }
        return -1;
    }

    private bool QuantifierBefore(int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (T[j].Has(Cue.NegQuantifier)) return true;
        return false;
    }

    /// <summary>A modal before token i in its clause that is not itself negated ("voi jäädä", "riskerar att inte"), or -1.</summary>
    public int Modal(int i)
    {
        var start = ClauseStart(i);
        for (var j = i - 1; j >= start; j--)
        {
            if (!T[j].Has(Cue.Modal)) continue;
            // "Målet kan inte nås": "cannot" denies the verb, no hedge; "bedömningen är att målen kan nås": assessed as attainable.
            // "kan komma att understiga målet" is "may", not "can".
            var ability = T[j].Word is "kan" or "kunde" or "can" or "could" && !(j + 1 < T.Count && T[j + 1].Word == "komma");
            if (NegatorBefore(j, -1) >= 0 || ability && (NegatorBefore(i, j) >= 0 || HasFrame)) return -1;
            return j;
        }
        return -1;
    }

    /// <summary>
    /// "Inget av målen uppnåddes", "none of the targets", "neither target", "ingen av": a quantifier before the verb in its
    /// clause that denies the goals themselves. -1 if none.
    /// </summary>
    public int NoneOf(int i)
    {
        for (var j = ClauseStart(i); j < i; j++)
        {
            if (!T[j].Has(Cue.NegQuantifier) || j + 1 >= i) continue;
            var next = T[j + 1];
            if (next.Word is "av" or "of" || next.Has(Cue.Goal)) return j;
        }
        return -1;
    }

    /// <summary>"350.000 € kalliimpi": a euro sign right after the figure, past a space or a no-break space.</summary>
    public bool EuroSignAfter(Token t) => CharAfter(t, orNoBreakSpace: true) == '€';

    /// <summary>Whether a '%' follows the token, with or without a space: "60 %", "46%".</summary>
    public bool PercentSignAfter(Token t) => CharAfter(t, orNoBreakSpace: false) == '%';

    /// <summary>The character right after token t, past one space (or no-break space): signs the tokenizer keeps no token for.</summary>
    private char CharAfter(Token t, bool orNoBreakSpace)
    {
        var k = t.End;
        if (k < Text.Length && (Text[k] == ' ' || orNoBreakSpace && Text[k] == '\u00a0')) k++;
        return k < Text.Length ? Text[k] : '\0';
    }

    /// <summary>"will be", "is expected to be": an English participle after it speaks of the future.</summary>
    public bool FutureBefore(int i)
    {
        var start = ClauseStart(i);
        for (var j = i - 1; j >= start && j >= i - 3; j--)
            if (T[j].Has(Cue.FutureAux)) return true;
        return false;
    }

    /// <summary>"aloitetaan, kun lumitilanne sen sallii", "när vädret tillåter det", "when the weather allows": as soon as it may, a condition.</summary>
    private static bool WhenItAllows(List<Token> tokens, int i)
    {
        if (tokens[i].Word is not ("kun" or "när" or "when")) return false;
        for (var j = i + 1; j < tokens.Count && j <= i + 5 && tokens[j].Clause == tokens[i].Clause; j++)
            if (tokens[j].Word is "sallii" or "sallivat" or "tillåter" or "medger" or "allows" or "permits" or "permit" or "allow") return true;
        return false;
    }
}
