using System.Collections.Frozen;

namespace Cockpit.Status;

/// <summary>
/// Looks a normalised word up: the Finnish verb families first, then whole words, then stems (longest first).
/// All three languages are read together, so a Swedish or English phrase inside a Finnish text still counts;
/// the few words that mean something else in another language (fi "en" = "I do not", sv "om" = "if") count
/// only in their own language.
/// </summary>
internal static class Lexicon
{
    private static readonly FrozenSet<string> OwnLanguageOnly = new[]
    {
        "en", "et", "om", "kan", "kunde", "no", "to", "till", "men", "var", "nå", "når", "ges", "har", "är", "is", "be",
        "so", "can", "may", "will", "sign", "risk", "on", "and", "ja", "att", "given", "next", "later", "since", "while", "alla", "jo",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Table[] Tables =
    [
        Build(FinnishLexicon.Entries, SwedishLexicon.Entries, EnglishLexicon.Entries),
        Build(SwedishLexicon.Entries, FinnishLexicon.Entries, EnglishLexicon.Entries),
        Build(EnglishLexicon.Entries, FinnishLexicon.Entries, SwedishLexicon.Entries),
    ];

    [ThreadStatic] private static Dictionary<string, (Cue, VerbForm)>[]? readCache;

    /// <summary>Most words recur from text to text, so each thread remembers what it read, up to a bound (a hostile cell of unique words only clears it).</summary>
    private const int CachedWords = 20_000;

    /// <summary>Longer words are read each time, so that a cell of one huge word is not kept alive by the cache.</summary>
    private const int LongestCachedWord = 48;

    public static (Cue Cues, VerbForm Form) Read(string word, Lang lang)
    {
        if (word.Length > LongestCachedWord) return ReadUncached(word, lang);
        var cache = (readCache ??= new Dictionary<string, (Cue, VerbForm)>[3])[(int)lang] ??= new Dictionary<string, (Cue, VerbForm)>(StringComparer.Ordinal);
        if (cache.TryGetValue(word, out var known)) return known;
        var read = ReadUncached(word, lang);
        if (cache.Count >= CachedWords) cache.Clear();
        cache[word] = read;
        return read;
    }

    private static (Cue Cues, VerbForm Form) ReadUncached(string word, Lang lang)
    {
        if (word.Length == 0) return (Cue.None, VerbForm.None);
        var cues = Cue.None;
        var form = VerbForm.None;
        if (FinnishVerbForms.TryRead(word, out var fc, out var ff))
        {
            cues |= fc;
            form = ff;
        }
        var table = Tables[(int)lang];
        if (table.Words.TryGetValue(word, out var entry))
        {
            cues |= entry.Cues;
            if (form == VerbForm.None) form = entry.Form;
        }
        else if (table.Stems.TryGetValue(word[0], out var stems))
        {
            foreach (var stem in stems)
            {
                if (!word.StartsWith(stem.Text, StringComparison.Ordinal)) continue;
                cues |= stem.Cues;
                if (form == VerbForm.None) form = stem.Form;
                break;
            }
        }
        // "arvioida, ovatko tavoitteet toteutuneet": the copula asked, whether they were met.
        if (word is "onko" or "ovatko" or "oliko" or "olivatko") return (Cue.Whether, VerbForm.None);
        // "täyttyikö", "saavutettiinko": a verb of realising asked with the question clitic, whether it was met.
        if (cues == Cue.None && word.Length > 4 && (word.EndsWith("ko", StringComparison.Ordinal) || word.EndsWith("kö", StringComparison.Ordinal))
            && (Read(word[..^2], lang).Cues & (Cue.Realise | Cue.Remain)) != 0) return (Cue.Whether, VerbForm.None); // "jääkö vuoden tulo alle arvion"
        if (cues == Cue.None && word.Length > 8) cues = CompoundHead(word);
        if (IsGoalWord(word)) cues |= Cue.Goal;
        else if (IsWorkWord(word)) cues |= Cue.Work;
        if (IsCostWord(word)) cues |= Cue.Cost;
        if (IsYear(word)) cues |= Cue.Year;
        else if (word.StartsWith("31.12", StringComparison.Ordinal)) cues |= Cue.ThisYear; // "Toteuma 31.12.2020": the year is closed
        return (cues, form);
    }

    /// <summary>Finnish compounds put the meaning last: "lisäviivästykset", "aikatauluviivästys", "kesäkuulle" (to June); not "myöhästymismaksut", late fees.</summary>
    private static Cue CompoundHead(string w)
    {
        if ((w.Contains("viivästy", StringComparison.Ordinal) || w.Contains("viivästä", StringComparison.Ordinal)
            || w.Contains("myöhästy", StringComparison.Ordinal) || w.Contains("försen", StringComparison.Ordinal)) && !w.Contains("maks", StringComparison.Ordinal) && !w.Contains("avgift", StringComparison.Ordinal)) return Cue.Delay;
        // A month as the target of a move (allative or illative): "siirtyi marraskuulle", "lykättiin joulukuuhun".
        if (w.Contains("rajoitu", StringComparison.Ordinal) || w.Contains("rajoitt", StringComparison.Ordinal)) return Cue.Corona; // kokoontumisrajoitukset
        if (w.EndsWith("kuulle", StringComparison.Ordinal) || w.EndsWith("kuuhun", StringComparison.Ordinal)) return Cue.LaterTime;
        if (w.EndsWith("riski", StringComparison.Ordinal) || w.EndsWith("riskiä", StringComparison.Ordinal) || w.EndsWith("riskin", StringComparison.Ordinal)) return Cue.Hedge; // "ylitysriski"
        if ((w.Contains("ylitys", StringComparison.Ordinal) || w.Contains("ylityk", StringComparison.Ordinal)) && !w.StartsWith("ylit", StringComparison.Ordinal))
            return Cue.Above; // "menoylitystä tuli 160 000 euroa", "kustannusylitykset"
        if (w.EndsWith("ennuste", StringComparison.Ordinal) || w.EndsWith("prognos", StringComparison.Ordinal) || w.EndsWith("prognosen", StringComparison.Ordinal))
            return Cue.ForecastNoun; // "Vuoden e-kirjalainaennuste on noin 410 000 lainaa"
        return Cue.None;
    }

    /// <summary>
    /// tavoite and its compounds (toimintatavoite, tavoitetaso, tavoitteeseen), mål compounds (verksamhetsmålet); not the
    /// verb tavoitella ("tavoitellussa aikataulussa", "tavoittelemme": aimed at).
    /// </summary>
    public static bool IsGoalWord(string w) =>
        (w.Contains("tavoite", StringComparison.Ordinal) || w.Contains("tavoitte", StringComparison.Ordinal))
        && (!w.Contains("tavoitel", StringComparison.Ordinal) || w.Contains("tavoiteluk", StringComparison.Ordinal) || w.Contains("tavoiteluv", StringComparison.Ordinal)) // "tavoiteluku", not "tavoitella"
        && !w.Contains("tavoittel", StringComparison.Ordinal)
        && !w.StartsWith("tavoitetti", StringComparison.Ordinal) && !w.StartsWith("tavoitettu", StringComparison.Ordinal) && !w.StartsWith("tavoitettav", StringComparison.Ordinal)
        && !w.StartsWith("tavoitettai", StringComparison.Ordinal) && w != "tavoitetaan" // "nuoria tavoitettiin 1 180": reached, the verb tavoittaa
        || w.Contains("målsiffr", StringComparison.Ordinal) // "målsiffran var 320"
        || (w.Length > 4 && (w.EndsWith("målet", StringComparison.Ordinal) || w.EndsWith("målen", StringComparison.Ordinal) || w.EndsWith("årsmål", StringComparison.Ordinal)));

    /// <summary>
    /// The work a goal is made of, in Finnish compounds: peruskorjaus, remontti, saneeraus, uudistus, käyttöönotto, toimenpide.
    /// A verdict verb ("onnistui", "valmistui", "epäonnistui") with one of them as subject is about the goal.
    /// </summary>
    public static bool IsWorkWord(string w) =>
        w.Contains("korjau", StringComparison.Ordinal) || w.Contains("remont", StringComparison.Ordinal)
        || w.Contains("saneera", StringComparison.Ordinal) || w.Contains("uudistus", StringComparison.Ordinal)
        || w.Contains("uudistuks", StringComparison.Ordinal) || w.Contains("käyttöönot", StringComparison.Ordinal)
        || w.StartsWith("toimenpi", StringComparison.Ordinal) || w.Contains("uusimi", StringComparison.Ordinal) || w.Contains("rakentami", StringComparison.Ordinal)
        || (w.Contains("pinnoitu", StringComparison.Ordinal) || w.Contains("kunnostu", StringComparison.Ordinal)) && !w.Contains("suunnitel", StringComparison.Ordinal); // "radan pinnoitus valmistui", not its plan

    /// <summary>menot, kustannukset, kulut, ostot, vakuutusmaksut, kostnader, utgifter: what is spent, not the budget it is weighed against.</summary>
    public static bool IsCostNoun(string w) =>
        w.Contains("kustannu", StringComparison.Ordinal)
        || w.EndsWith("menot", StringComparison.Ordinal) || w.EndsWith("menoja", StringComparison.Ordinal)
        || w.EndsWith("menojen", StringComparison.Ordinal) || w.EndsWith("menoista", StringComparison.Ordinal) || w.EndsWith("kulut", StringComparison.Ordinal)
        || w.EndsWith("kuluja", StringComparison.Ordinal) || w.EndsWith("kulujen", StringComparison.Ordinal) || w.EndsWith("kuluissa", StringComparison.Ordinal)
        || w.EndsWith("menoissa", StringComparison.Ordinal) || w.EndsWith("ostot", StringComparison.Ordinal) || w.EndsWith("ostoissa", StringComparison.Ordinal) || w.EndsWith("ostojen", StringComparison.Ordinal)
        || w.EndsWith("palkkiot", StringComparison.Ordinal) || w is "palkkioita" or "palkkioiden" or "laskuja" or "laskuina" || w.StartsWith("sähkölask", StringComparison.Ordinal) || w.StartsWith("lämmityslask", StringComparison.Ordinal) || w.Contains("arvode", StringComparison.Ordinal) || w.Contains("vakuutusmaks", StringComparison.Ordinal) // fees and insurance premiums paid
        || w.Contains("kostnad", StringComparison.Ordinal) || w.Contains("utgift", StringComparison.Ordinal);

    /// <summary>realistinen, realistiskt, realistic, uppnåeligt, achievable (not epärealistinen, orealistisk, unrealistic): said of a goal or a schedule, expected to hold.</summary>
    public static bool IsRealistic(string w) => w.StartsWith("realisti", StringComparison.Ordinal) || w.StartsWith("uppnåelig", StringComparison.Ordinal) || w is "achievable" or "attainable";

    private static readonly string[] FinnishMonths = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];
    private static readonly string[] SwedishMonths = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// The month a word names, 1–12: a Finnish month with its case ("elokuussa") or its bare first part as in a range
    /// ("tammi" of "tammi–elokuussa"; so "kesä", summer, also reads as June), a Swedish or English name; or 0.
    /// </summary>
    public static int Month(string w)
    {
        for (var m = 0; m < 12; m++)
            if (w == FinnishMonths[m] || w.StartsWith(FinnishMonths[m], StringComparison.Ordinal) && w.AsSpan(FinnishMonths[m].Length).StartsWith("kuu")
                || w == SwedishMonths[m] || w == EnglishMonths[m]) return m + 1;
        return 0;
    }

    /// <summary>"merparten", "valtaosa", "useimmat", "suurin osa", "de flesta", "most": most of a whole, so not all of it.</summary>
    public static bool IsMost(List<Token> t, int j)
    {
        var w = t[j].Word;
        return w is "merparten" or "flertalet" or "majoriteten" or "huvuddelen" or "useimmat" or "useimpien" or "useimmissa" or "useimpiin" or "useimmille" or "useimmilla" or "majority" || w.StartsWith("valtaosa", StringComparison.Ordinal)
            || w == "flesta" && j > 0 && t[j - 1].Word == "de" || w == "most" && (j == 0 || t[j - 1].Word != "at")
            || w.StartsWith("suurimma", StringComparison.Ordinal) && j + 1 < t.Count && t[j + 1].Word.StartsWith("osa", StringComparison.Ordinal);
    }

    /// <summary>"talousarviossa", "raameissa", "kustannusarviossaan", "puitteissa": in a budget or its limits, where spending stays.</summary>
    public static bool IsBudgetLocative(string w) =>
        w is "talousarviossa" or "budjetissa" or "raameissa" or "raamissa" or "kustannusarviossa" or "kustannusarvioissa" or "puitteissa" or "rajoissa"
            or "talousarviossaan" or "budjetissaan" or "kustannusarviossaan" or "budjetoidussa" // "näyttäisivät pysyvän budjetoidussa"
        || w.StartsWith("määrärah", StringComparison.Ordinal) && (w.EndsWith("issa", StringComparison.Ordinal) || w.EndsWith("issaan", StringComparison.Ordinal)); // "pysyivät määrärahoissaan", "määräraharaameissa"

    /// <summary>"kirjatun", "asetetun", "merkityn": a participle of writing a figure down.</summary>
    public static bool IsWrittenDown(string w) => w is "kirjatun" or "kirjattu" or "kirjattua" or "asetetun" or "asetettu" or "asetettua" or "merkityn" or "merkitty" or "merkittyä";

    /// <summary>In the budget or into it ("talousarvioon kirjattu"): where a figure is written down, not what it counts.</summary>
    public static bool IsBudgetPlace(string w) => IsBudgetLocative(w) || w is "talousarvioon" or "budjettiin";

    /// <summary>"budgetmålet", "talousarviotavoite": the goal the budget sets, of whatever it counts (loans, visits), not a cost.</summary>
    public static bool IsBudgetedGoal(string w) =>
        w.StartsWith("budgetmål", StringComparison.Ordinal) || w.StartsWith("talousarviotavoit", StringComparison.Ordinal) || w.StartsWith("budjettitavoit", StringComparison.Ordinal);

    /// <summary>"kausi päättyi", "säsongen avslutades", "the season ended": what is counted has ended, so the count is final.</summary>
    public static bool IsEnded(string w) => w is "päättyi" or "päättyivät" or "loppui" or "loppuivat" or "avslutades" or "slutade" or "ended";

    /// <summary>"ero", "skillnaden", "the gap": a gap, whose growing says how far behind (or ahead) something is.</summary>
    public static bool IsGap(string w) => w is "ero" or "erotus" or "kuilu" or "skillnaden" or "gapet" or "gap";

    /// <summary>The month a Swedish or English month's name names ("augusti", "august"), 1–12; or 0.</summary>
    public static int MonthName(string w) =>
        Array.IndexOf(SwedishMonths, w) is var sv and >= 0 ? sv + 1 : Array.IndexOf(EnglishMonths, w) + 1;

    /// <summary>A month something happens in: a Finnish month in the inessive ("elokuussa"), or a Swedish or English month's name.</summary>
    public static bool InMonth(string w) => MonthName(w) > 0 || w.EndsWith("kuussa", StringComparison.Ordinal) && Month(w) > 0;

    /// <summary>menot, toimintamenot, kustannukset, kulut, kostnaderna, talousarvio, budgeten, riktpriset: the words a budget verdict is about.</summary>
    public static bool IsCostWord(string w) =>
        IsCostNoun(w)
        || w.StartsWith("talousarvio", StringComparison.Ordinal) || w.StartsWith("budjet", StringComparison.Ordinal) || w.Contains("budget", StringComparison.Ordinal)
        || w.Contains("määräraha", StringComparison.Ordinal) || w.StartsWith("investeringsram", StringComparison.Ordinal) || w is "investointi" or "investoinnit" or "investoinnin" or "kostade" or "kostar" || w.StartsWith("anslag", StringComparison.Ordinal)
        || w.StartsWith("ostopalvelu", StringComparison.Ordinal) // "kunnossapidon ostopalvelut ylittyivät"
        || w.StartsWith("riktpris", StringComparison.Ordinal) || w.StartsWith("kostnadsram", StringComparison.Ordinal) || w.StartsWith("kostnadskalkyl", StringComparison.Ordinal); // "ett underskridande av riktpriset"

    /// <summary>A year 1900–2199 in four figures: reports run past 2099 as well as before it.</summary>
    public static bool IsYear(string w) => w.Length == 4 && IsYear(w[0], w[1], w[2], w[3]);

    public static bool IsYear(char a, char b, char c, char d) =>
        (a == '2' && b is '0' or '1' || a == '1' && b == '9') && char.IsAsciiDigit(c) && char.IsAsciiDigit(d);

    private sealed record Table(FrozenDictionary<string, LexiconEntry> Words, FrozenDictionary<char, LexiconEntry[]> Stems);

    private static Table Build(LexiconEntry[] own, params LexiconEntry[][] others)
    {
        var words = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var stems = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        void Add(LexiconEntry e, bool isOwn)
        {
            if (!isOwn && OwnLanguageOnly.Contains(e.Text)) return;
            var target = e.IsStem ? stems : words;
            if (target.TryGetValue(e.Text, out var existing))
            {
                // Own language first; a word listed twice keeps every cue.
                target[e.Text] = existing with { Cues = existing.Cues | e.Cues, Form = existing.Form == VerbForm.None ? e.Form : existing.Form };
            }
            else target[e.Text] = e;
        }
        foreach (var e in own) Add(e, true);
        foreach (var list in others)
            foreach (var e in list) Add(e, false);
        var byFirst = stems.Values
            .GroupBy(e => e.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Text.Length).ToArray());
        return new Table(words.ToFrozenDictionary(StringComparer.Ordinal), byFirst);
    }
}
