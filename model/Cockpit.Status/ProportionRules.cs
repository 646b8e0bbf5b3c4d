using System.Globalization;

namespace Cockpit.Status;

/// <summary>
/// Shares instead of figures. Part of several goals met ("Två av tre mål uppfylldes", "Av mätarna uppnåddes 62 procent",
/// "osa tavoitteista toteutui", "two of the three targets were met") is met in part: at risk. A share of one target
/// ("puolet tavoitteesta saavutettiin", "Endast hälften av målet nåddes", "60 prosenttia tavoitteesta", "kolmannes
/// puuttuu") is short of it: a miss at year end, a risk in a forecast, when the year is not over.
/// </summary>
internal static class ProportionRules
{
    private static readonly HashSet<string> NumberWords =
    [
        "yksi", "toinen", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen",
        "kuudesta", "seitsemästä", "yhdeksästä", "kahdesta", "kolmesta", "neljästä", "viidestä", "kymmenestä",
        "kahdessa", "kolmessa", "neljässä", "viidessä", "yhdellä", "kahdella", "kolmella", "neljällä", "viidellä",
        "yhdelle", "kahdelle", "kolmelle", "neljälle", "viidelle", "kuudelle", "seitsemälle", "kahdeksalle", "yhdeksälle",
        "kuudessa", "seitsemässä", "kahdeksassa", "yhdeksässä", "kuudella", "seitsemällä", "kahdeksalla", "yhdeksällä",
        "kahden", "kolmen", "neljän", "viiden", "kuuden", "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "ena",
        "kahdeksasta", "yhdestätoista", "kahdestatoista", "kolmestatoista", "neljästätoista", "viidestätoista", "kuudestatoista", "seitsemästätoista",
        "kahdeksastatoista", "yhdeksästätoista",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];

    /// <summary>Whether token i's clause says only part of several goals was met.</summary>
    public static bool PartOfGoals(SentenceContext s, int i) => PartOfGoals(s, s.ClauseStart(i), s.ClauseEnd(i));

    /// <summary>Whether the words between start and end say only part of several goals was met ("56 per cent of the objectives").</summary>
    public static bool PartOfGoals(SentenceContext s, int start, int end)
    {
        if (HasWhole(s, start, end)) return false;
        var share = false;
        var goals = false;
        for (var j = start; j < end; j++)
        {
            var t = s.T[j];
            if (t.Has(Cue.Partial) || IsCount(s, j) || PercentBelowHundred(s, j) >= 0) share = true;
            if (IsGoalsWord(s, j)) goals = true;
        }
        var many = ManyOf(s, start, end) && s.HasIn(start, end, Cue.Goal);
        return many || share && goals && HasPartitive(s, start, end);
    }

    /// <summary>"monet … tavoitteet", "många mål", "several targets", "useimmat tavoitteet", "målvärdet för de flesta målområden": some or most of the goals named by a quantifier, with no partitive.</summary>
    private static bool ManyOf(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
            if (s.T[j].Word is "monet" or "useat" or "jotkin" or "många" or "flera" or "vissa" or "several" or "many" or "some"
                || s.T[j].Word is "useimmat" or "useimpien" or "flesta" or "most" && !(j > 0 && s.T[j - 1].Word == "at") && GoalNounAfter(s, j, end)) return true;
        return false;
    }

    /// <summary>The goal noun the quantifier at j modifies ("de flesta av de … satta målområden"), with no verb or "and" between.</summary>
    private static bool GoalNounAfter(SentenceContext s, int j, int end)
    {
        for (var k = j + 1; k < end && k <= j + 7; k++)
        {
            var w = s.T[k].Word;
            if (Lexicon.IsGoalWord(w) || w.StartsWith("mål", StringComparison.Ordinal) || w is "targets" or "goals" or "objectives") return true;
            if (s.T[k].Form is VerbForm.Past or VerbForm.Present || s.T[k].Word is "ja" or "och" or "and" or "är" or "on" or "ovat" or "have" or "has" or "are" or "were") return false;
        }
        return false;
    }

    /// <summary>"bedöms uppfylla de övergripande målen och merparten av nämndmålen": a later clause with no verb of its own that counts only part of the goals.</summary>
    public static bool PartOfGoalsAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count; j++)
        {
            if (s.T[j].Clause == s.T[i].Clause || !s.T[j].Has(Cue.Partial) || s.T[j].Word is "osa" or "osan" or "del" or "delar") continue;
            if (!s.ClauseHasRealiseVerb(j) && PartOfGoals(s, j)) return true;
        }
        return false;
    }

    /// <summary>
    /// The share of one target in token i's clause ("puolet tavoitteesta", "60 % of the target"), or -1; with
    /// <paramref name="orMore"/> also a percentage of 100 or more ("112 prosenttia vuositavoitteesta").
    /// </summary>
    public static int ShareOfTarget(SentenceContext s, int i, bool orMore = false)
    {
        var (start, end) = ClauseBounds(s, i);
        for (var j = start; j < end; j++)
        {
            if (!s.T[j].Has(Cue.Fraction) && PercentBelowHundred(s, j) < 0 && !(orMore && Percent(s, j) >= 100)) continue;
            if (j > start && s.T[j - 1].Word is "till" && s.HasGoal) return j; // "Målet nåddes till 80 procent"
            for (var k = Math.Max(start, j - 5); k < end && k <= j + 6; k++) // "70 per cent of the 1,650 targeted"
                if (IsOneTarget(s, k)) return j;
        }
        return -1;
    }

    /// <summary>
    /// A share of the target with no verb of realisation: "Toteuma oli noin 60 prosenttia tavoitteesta", "Tavoitellusta
    /// määrästä kolmannes puuttuu", "a third of the target is missing". Returns whether it read one.
    /// </summary>
    public static bool Read(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            var t = s.T[i];
            // "osallistui vain noin puolet tavoitellusta määrästä": "only" before a share stands for the actual.
            var only = t.Has(Cue.Fraction) && i > 0 && (s.T[i - 1].Word is "vain" or "endast" or "bara" or "only" || i > 1 && s.T[i - 2].Word is "vain" or "endast" or "bara" or "only");
            // "Kuntosalikäyntejä on kertynyt 40 % vuositavoitteesta": a percentage of the one target is the actual itself.
            var percentOfTarget = Percent(s, i) >= 0 && !s.SentenceHas(Cue.Actual | Cue.Remain); // "on kertynyt noin kolmannes vuositavoitteesta"
            // "osuus jäi vuoden lopussa neljään viidesosaan tavoitellusta": at year end, what a share fell short to.
            var fellTo = t.Has(Cue.Remain) && s.Round == RoundKind.Outcome;
            if (!t.Has(Cue.Actual | Cue.Impossible) && !only && !percentOfTarget && !fellTo || s.HasRealiseVerb) continue;
            var share = ShareOfTarget(s, i, orMore: true);
            if (share < 0) continue;
            var value = Percent(s, share);
            var (from, to) = (Math.Min(i, share), Math.Max(i, share));
            if (to + 1 < s.T.Count && s.T[to + 1].Word is "prosenttia" or "procent" or "percent") to++; // "10 prosenttia", not "10"
            if (value >= 100 && (t.Has(Cue.Actual) || percentOfTarget))
                found.Add(SentenceReader.Make(s, s.Round == RoundKind.Outcome ? Rules.FigureReached : Rules.FigureForecastReached, true, from, to));
            // "Tammi–elokuussa kertyi 71 % koko vuoden tavoitteesta": ahead of the months counted, it is progress, not a shortfall.
            else if (ShortOfTarget(s) == Rules.FigurePartSoFar && percentOfTarget && s.Round == RoundKind.Forecast && FigureRules.MonthsCounted(s) is var months and > 0
                && value > 100.0 * months / 12 && s.ContrastIn(0, s.T.Count) < 0 && !s.SentenceHas(Cue.Negator | Cue.Hedge | Cue.Cost) && !TrendRules.LowerIsBetter(s, share)) // not "eikä loppuvuodeksi ole suunniteltu tapahtumia", not sick leave
                found.Add(SentenceReader.Make(s, Rules.Progress, false, from, to));
            // "Kaikki 24 ryhmää käynnistyivät, mutta tyttöjen osuus … oli 18 prosenttia 40 prosentin tavoitteesta": every event held, one measure short.
            else if (ShortOfTarget(s) == Rules.FigurePartOfTarget && OutcomeRules.AllHeldBefore(s, from))
                found.Add(SentenceReader.Make(s, Rules.VerdictPartial, true, from, to));
            else found.Add(SentenceReader.Make(s, ShortOfTarget(s), true, from, to));
            return true;
        }
        return false;
    }

    /// <summary>
    /// "oli täytetty vain puolet", "on täyttynyt noin kaksi kolmasosaa", "endast 40 procent": what was done given as a
    /// share (a fraction, or a percentage after "only") in token i's clause, or -1.
    /// </summary>
    public static int ShareDone(SentenceContext s, int i) => ShareDone(s, s.ClauseStart(i), s.ClauseEnd(i));

    /// <summary>What was done given as a share between start and end (see <see cref="ShareDone(SentenceContext, int)"/>), or -1.</summary>
    public static int ShareDone(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
            if (s.T[j].Has(Cue.Fraction) || j > start && s.T[j - 1].Word is "vain" or "ainoastaan" or "endast" or "bara" or "only" && PercentBelowHundred(s, j) >= 0)
                return j;
        return -1;
    }

    /// <summary>
    /// "Esiopetus toteutui ikäluokassa 96,6 %": a percentage below 100 within four words after the verb at i in its clause,
    /// or -1; not one a figure word introduces ("toteutunut hyväksyttävällä tavalla toteuman ollessa 62 %").
    /// </summary>
    public static int PercentAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.ClauseEnd(i) && j <= i + 4; j++)
        {
            if (s.T[j].Has(Cue.Actual)) return -1;
            if (PercentBelowHundred(s, j) >= 0 && !GoalsLevel(s, j)) return j;
        }
        return -1;
    }

    /// <summary>"ylsi 8 prosentin tavoitetasolle": a percentage in the genitive before the goal's word is the goal's level, not a share.</summary>
    private static bool GoalsLevel(SentenceContext s, int j) =>
        j + 2 < s.T.Count && s.T[j + 1].Word == "prosentin" && s.T[j + 2].Has(Cue.Goal);

    /// <summary>Whether a token between start and end is a count or share after "only" (<see cref="OnlyShareOrCount"/>).</summary>
    public static bool OnlySomeIn(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
            if (OnlyShareOrCount(s, j)) return true;
        return false;
    }

    /// <summary>"vain kahdessa", "endast fyra", "vain kolmannekselle", "only a third": a count or share at token j after a word of "only".</summary>
    public static bool OnlyShareOrCount(SentenceContext s, int j) =>
        j > 0 && IsOnlyWord(s.T[j - 1].Word) && (IsCount(s, j) || PercentBelowHundred(s, j) >= 0 || s.T[j].Has(Cue.Fraction))
        || j > 1 && IsOnlyWord(s.T[j - 2].Word) && s.T[j - 1].Word is "a" or "en" && s.T[j].Has(Cue.Fraction);

    /// <summary>"de flesta verksamheter", "useimmat yksiköt", "most services": a subject of most, not all, between start and end.</summary>
    public static bool MostIn(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
            if (Lexicon.IsMost(s.T, j)) return true;
        return false;
    }

    public static bool IsOnlyWord(string w) => w is "vain" or "ainoastaan" or "pelkästään" or "endast" or "enbart" or "bara" or "only";

    /// <summary>
    /// "målen uppnåddes inte på två av tre punkter", "två av de fem målen uppfylldes inte": goals, and a count out of a larger
    /// count, in token i's clause. The larger count, or -1.
    /// </summary>
    public static int CountOutOf(SentenceContext s, int i)
    {
        var (start, end) = ClauseBounds(s, i);
        var goals = false;
        for (var j = start; j < end; j++) goals |= IsGoalsWord(s, j);
        return goals ? CountOutOfAny(s, start, end) : -1;
    }

    /// <summary>
    /// "sju av tio nämnder", "two of the three", "13 aluetta 22:sta": a count out of a larger count between start and end; the
    /// larger, or -1. "sju av dem" counts some of the goals just named: then the index of "dem".
    /// </summary>
    public static int CountOutOfAny(SentenceContext s, int start, int end)
    {
        for (var j = start + 1; j + 1 < end; j++)
        {
            // "13 aluetta 22:sta", "11 nuorisotaloon kaikkiaan 16:sta": a count, its noun, and the whole with its elative ending.
            var all = j + 1 < end && s.T[j + 1].Word is "kaikkiaan" or "yhteensä" ? 1 : 0;
            if (IsCount(s, j - 1) && j + all + 2 < end && IsCount(s, j + all + 1) && s.T[j + all + 2].Word is "sta" or "stä" && s.T[j + all + 1].Word != s.T[j - 1].Word) return j + all + 1;
            // "11 palloiluhalliin kaikkiaan 18 hallista": a count, its noun, and the whole said in full with its own noun.
            if (all == 1 && IsCount(s, j - 1) && !IsCount(s, j) && j + 3 < end && IsCount(s, j + 2) && IsElativeNoun(s.T[j + 3].Word) && Smaller(s.T[j - 1].Word, s.T[j + 2].Word)) return j + 2;
            // "11 kirjaston lainaustiskille 20:stä": two words between the count and the whole.
            if (IsCount(s, j - 1) && j + 3 < end && !IsCount(s, j) && !IsCount(s, j + 1) && IsCount(s, j + 2) && s.T[j + 3].Word is "sta" or "stä"
                && Smaller(s.T[j - 1].Word, s.T[j + 2].Word)) return j + 2;
            // "11 kappaletta sen 19 toimenpiteestä": the whole as the owner's, "its" or "their".
            if (IsCount(s, j - 1) && j + 3 < end && s.T[j + 1].Word is "sen" or "niiden" && IsCount(s, j + 2) && IsElativeNoun(s.T[j + 3].Word)
                && Smaller(s.T[j - 1].Word, s.T[j + 2].Word)) return j + 2;
            // "14 kilometriä 22 kilometristä": a count, its noun, and a larger whole with the same noun in the elative.
            // Not "väheni 18 toimipisteeseen 21 toimipisteestä", a fall from one count to another.
            if (IsCount(s, j - 1) && IsCount(s, j + 1) && j + 2 < end && IsElativeNoun(s.T[j + 2].Word) && s.T[j].Word.Length >= 5 && s.T[j].Word[^1] is 'a' or 'ä'
                && s.T[j + 2].Word.StartsWith(s.T[j].Word.AsSpan(0, 5), StringComparison.Ordinal) && Smaller(s.T[j - 1].Word, s.T[j + 1].Word)) return j + 1;
            // "11 kirjastossa 21 kirjaston verkosta": a count, its noun, and the whole as a network or set of that noun.
            if (IsCount(s, j - 1) && !IsCount(s, j) && j + 3 < end && IsCount(s, j + 1) && s.T[j + 2].Word.EndsWith('n') && s.T[j].Word.Length >= 5 && s.T[j + 2].Word.StartsWith(s.T[j].Word.AsSpan(0, 5), StringComparison.Ordinal)
                && IsElativeNoun(s.T[j + 3].Word) && !s.T[j + 3].Has(Cue.Goal) && Smaller(s.T[j - 1].Word, s.T[j + 1].Word)) return j + 1; // not "470 opastukseen 700 opastuksen tavoitteesta"
            // "50 päivystysalueesta 26 aluetta": the whole, its noun in the elative, and a smaller count.
            if (IsCount(s, j - 1) && IsCount(s, j + 1) && IsElativeNoun(s.T[j].Word) && Smaller(s.T[j + 1].Word, s.T[j - 1].Word)) return j - 1;
            // "23 toimenpiteestä tehtiin 14", "140 aikuispaikasta täyttyi 48": the whole, its noun, a past verb, and a smaller count.
            if (IsCount(s, j - 1) && j + 2 < end && IsElativeNoun(s.T[j].Word) && (s.T[j + 1].Word.EndsWith("tiin", StringComparison.Ordinal) || s.T[j + 1].Form == VerbForm.Past && s.T[j + 1].Word[^1] == 'i') // not "6 koulutusta, toteutunut 2", a partitive
                && IsCount(s, j + 2) && Smaller(s.T[j + 2].Word, s.T[j - 1].Word)) return j - 1;
            // "18 sitovasta mittarista 13": the same with an adjective before the noun.
            if (IsCount(s, j - 1) && j + 2 < end && IsElativeNoun(s.T[j].Word) && IsElativeNoun(s.T[j + 1].Word) && IsCount(s, j + 2) && Smaller(s.T[j + 2].Word, s.T[j - 1].Word)) return j - 1;
            // "yhdeksästä palvelulupauksesta seitsemän": the whole as a number word in the elative, its noun, and a smaller count.
            if (IsElativeNumber(s.T[j - 1].Word) && IsElativeNoun(s.T[j].Word) && IsCount(s, j + 1) && Smaller(s.T[j + 1].Word, s.T[j - 1].Word)) return j - 1;
            // "kuudella salilla kymmenestä", "kuuden liikuntahallin katolle yhdeksästä": a count, its noun (and one more), and the whole as a number word in the elative.
            // "vasta kaksi kuudesta": a count and, right after it, the whole as a number word in the elative.
            if (IsCount(s, j - 1) && IsElativeNumber(s.T[j].Word) && !IsElativeNumber(s.T[j - 1].Word) && Smaller(s.T[j - 1].Word, s.T[j].Word)) return j;
            // Not "380 odotetusta tuhannesta": the whole expected is a target, which FigureRules reads.
            if (IsCount(s, j - 1) && IsElativeNumber(s.T[j + 1].Word) && !IsElativeNumber(s.T[j - 1].Word)
                && s.T[j].Word is not ("odotetusta" or "sovitusta" or "suunnitellusta" or "tavoitellusta" or "arvioidusta" or "ennakoidusta")) return j + 1;
            if (IsCount(s, j - 1) && j + 2 < end && IsElativeNumber(s.T[j + 2].Word) && !IsElativeNumber(s.T[j - 1].Word) && !IsCount(s, j) && !IsCount(s, j + 1)
                && s.T[j + 1].Clause == s.T[j - 1].Clause) return j + 2;
            // "kolmelle kuudesta liikuntapuistosta": a count and the whole as a number word in the elative, the noun after.
            if (CountOfElativeWhole(s, j)) return j;
            // "i nio stadsdelar av tolv", "in nine districts of twelve": a count, its noun, and the whole after "av".
            if (s.T[j].Word is "av" or "of" && j >= 2 && !IsCount(s, j - 1) && IsCount(s, j - 2) && IsCount(s, j + 1) && s.T[j + 1].Word != s.T[j - 2].Word
                && CountValue(s.T[j - 2].Word) < CountValue(s.T[j + 1].Word)) return j + 1;
            if (s.T[j].Word is not ("av" or "of") || !IsCount(s, j - 1)) continue;
            if (s.T[j + 1].Word is "dem" or "them") return j + 1; // "sju av dem inte uppfylldes": some of the goals just named
            // "sju av stadens tio idrottshallar", "of the city's ten": past an article or an owner in the genitive.
            var pastOwner = j + 2 < end && (s.T[j + 1].Word is "de" or "the" || s.T[j + 1].Word.EndsWith('s') && s.T[j + 1].Word.Length > 3 && IsCount(s, j + 2));
            var whole = pastOwner ? j + 2 : j + 1;
            if (IsCount(s, whole) && s.T[whole].Word != s.T[j - 1].Word) return whole;
        }
        // "valmistui vuoden aikana kolme viidestä": the same pair closing the clause, which the loop above stops short of.
        return end - start >= 2 && CountOfElativeWhole(s, end - 1) ? end - 1 : -1;
    }

    /// <summary>"kolmelle kuudesta", "kolme viidestä": a count before token j, and the whole at j as a number word in the elative.</summary>
    private static bool CountOfElativeWhole(SentenceContext s, int j) => IsCount(s, j - 1) && IsElativeNumber(s.T[j].Word) && !IsElativeNumber(s.T[j - 1].Word);

    /// <summary>
    /// "Av de 14 åtgärderna i planen genomfördes 9", "Av nio servicelöften uppfylldes sju": a clause that opens with the whole
    /// after "av" or "of", and a smaller count after token i; the whole's index, or -1.
    /// </summary>
    public static int OfTheWholeThenCount(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (s.T[start].Word is not ("av" or "of") || start + 2 >= i) return -1;
        var whole = s.T[start + 1].Word is "de" or "the" ? start + 2 : start + 1;
        // Not "genomfördes alla före den 5 maj", "9 under våren och resten under hösten": all, or the rest too.
        if (!IsCount(s, whole) || s.FindWord(i + 1, s.T.Count, w => ResultRules.IsAll(w) || IsRestWord(w) || w == "samtliga") >= 0) return -1;
        for (var k = i + 1; k < s.ClauseEnd(i); k++)
            if (IsCount(s, k) && Smaller(s.T[k].Word, s.T[whole].Word) && s.T[k - 1].Word is not ("den" or "inom" or "före" or "within" or "by")) return whole;
        return -1;
    }

    /// <summary>"35 bindande verksamhetsmål …, varav 16 inte uppfylldes", "joista neljä jäi toteutumatta": a count of a counted whole; the "of which", or -1.</summary>
    public static int OfWhich(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start == 0 || s.T[start].Word is not ("varav" or "joista" or "whereof") || start + 1 >= s.T.Count || !IsCount(s, start + 1)) return -1;
        for (var j = 0; j < start; j++)
            if (IsCount(s, j)) return start;
        return -1;
    }

    /// <summary>
    /// A percentage below 100 before token i in its clause as the subject ("7 procent inte uppfyllt"), or -1; not one
    /// that follows the goal as its level ("Tavoitetasoa (70 %) ei tulla saavuttamaan").
    /// </summary>
    public static int PercentBefore(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
        {
            if (s.T[j].Has(Cue.Goal) && !IsGoalsWord(s, j)) return -1;
            if (PercentBelowHundred(s, j) >= 0 && !IsGenitive(s, j)) return j;
        }
        return -1;
    }

    /// <summary>
    /// "neljä toteutui ja kaksi jäi toteutumatta", "17 nåddes, 14 nåddes inte": a count missed (token i, negated) in a
    /// sentence that also counts goals met. The count before the missed verb's clause, or -1.
    /// </summary>
    public static int CountsMetAndMissed(SentenceContext s, int i)
    {
        var missed = CountIn(s, i);
        // "joten 150 osallistujan vuositavoitteeseen ei päästä": the target's own figure, a count of a unit in the genitive, is no count of goals.
        if (missed >= 0 && missed + 2 < s.T.Count && s.T[missed + 1].Word.EndsWith('n') && !s.T[missed + 1].Has(Cue.Goal) && s.T[missed + 2].Has(Cue.Goal)) return -1;
        for (var j = 0; j < s.T.Count; j++)
        {
            var t = s.T[j];
            if (t.Clause == s.T[i].Clause || !t.Has(Cue.Realise) || t.Form is VerbForm.None or VerbForm.Noun or VerbForm.Abessive) continue;
            // "Kolmesta mittarista kaksi toteutui, mutta ... ei toteutunut": a part met and the rest missed.
            // "Kaikki muut tavoitteet toteutuivat, mutta rakennuslautakunta jäi tavoitteestaan": the others met, one missed.
            if (s.Negator(j) < 0 && (missed >= 0 && CountIn(s, j) >= 0 || PartOfGoals(s, j) || ClauseSays(s, j, "muut", "övriga", "other"))) return missed >= 0 ? missed : i;
        }
        // "tulostavoitteita oli 99, joista 34 jäi toteutumatta": a count missed out of a counted whole.
        // "neljä toimialan viidestätoista sitovasta mittarista jäi alle": a count, then the whole in the elative.
        return missed >= 0 && OutOfCountedWhole(s, missed) ? missed : missed >= 0 ? CountBeforeWhole(s, missed) : -1;
    }

    /// <summary>A smaller count before a whole in the elative at token <paramref name="whole"/> ("viidestätoista", "15 sitovasta mittarista") in its clause; its index, or -1.</summary>
    private static int CountBeforeWhole(SentenceContext s, int whole)
    {
        if (FigureRules.IsPercent(s, whole) || !IsElativeNumber(s.T[whole].Word) && !(whole + 1 < s.T.Count && IsElativeNoun(s.T[whole + 1].Word) && !s.T[whole + 1].Has(Cue.Goal))) return -1;
        for (var k = whole - 1; k >= s.ClauseStart(whole); k--)
            if (IsCount(s, k) && !IsElativeNumber(s.T[k].Word) && Smaller(s.T[k].Word, s.T[whole].Word)) return k;
        return -1;
    }

    /// <summary>Another count in the sentence, and a partitive pronoun or "av/of" before the missed count's verb: "99, joista 34", "av de fyra ... nåddes inte ett".</summary>
    private static bool OutOfCountedWhole(SentenceContext s, int missed)
    {
        var whole = false;
        for (var j = 0; j < s.T.Count; j++)
            if (j != missed && IsCount(s, j) && s.T[j].Word != s.T[missed].Word) whole = true;
        if (!whole) return false;
        var (start, _) = ClauseBounds(s, missed);
        for (var j = start; j < missed; j++)
        {
            var w = s.T[j].Word;
            // "2 100, short of the 3 000 set in the goal": the count right after "of" is the whole itself, not a part of one.
            if (w is "av" or "of" && (j + 1 == missed || j + 2 == missed && s.T[j + 1].Word is "the" or "de")) continue;
            // "Kahdesta tavoitteeksi asetetusta mittarista yksi jäi toteutumatta": the whole counted in the elative.
            if (w is "joista" or "niistä" or "vilka" or "which" or "av" or "of" || IsCount(s, j) && (w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    private static bool ClauseSays(SentenceContext s, int i, params string[] words)
    {
        var (start, end) = ClauseBounds(s, i);
        for (var j = start; j < end; j++)
            if (words.Contains(s.T[j].Word)) return true;
        return false;
    }

    /// <summary>The count or share in token i's clause nearest before it ("Kahdesta mittarista yksi jäi": "yksi"), else the first after it; or -1.</summary>
    private static int CountIn(SentenceContext s, int i)
    {
        var (start, end) = ClauseBounds(s, i);
        for (var j = i - 1; j >= start; j--)
            if ((IsCount(s, j) || PercentBelowHundred(s, j) >= 0) && !(j > 0 && s.T[j - 1].Word is "av" or "of")) return j; // "två av tre": "två", not the whole
        for (var j = i + 1; j < end; j++)
            if (IsCount(s, j) || PercentBelowHundred(s, j) >= 0) return j;
        return -1;
    }

    /// <summary>
    /// "vuokrauksia kertyi tammi–maaliskuussa 58 kappaletta vuoden 500:sta", "ainoastaan 1 150 vuoden 9 000 vierailusta",
    /// "48 vuodelle sovitusta 520:stä": a count out of the year's whole, so far short of it during the year (a part at year
    /// end). Returns whether it read one.
    /// </summary>
    public static bool OutOfYearsWhole(SentenceContext s, ref StatusResolver found)
    {
        for (var k = 1; k + 2 < s.T.Count; k++)
        {
            // "vuoden 500:sta", "vuodelle sovitusta 520:stä": the year's whole.
            var agreed = s.T[k].Word is "sovitusta" or "asetetusta" or "suunnitellusta" or "päätetystä" && s.T[k - 1].Word is "vuodelle" or "vuodeksi";
            if (s.T[k].Word != "vuoden" && !agreed || !IsFigureStart(s, k + 1)) continue;
            var end = k + 1;
            while (end + 1 < s.T.Count && FigureRules.IsThousands(s.T, end, end + 1)) end++;
            if (end + 1 >= s.T.Count || !(s.T[end + 1].Word is "sta" or "stä" || IsElativeNoun(s.T[end + 1].Word))) continue;
            var before = agreed ? k - 1 : k;
            var part = before < 1 ? -1 : IsCount(s, before - 1) || IsFigureStart(s, before - 1) ? before - 1 : before >= 2 && IsCount(s, before - 2) ? before - 2 : -1;
            if (part < 0 || s.T[part].Clause != s.T[k].Clause) continue;
            var first = FigureRules.FirstGroup(s.T, part);
            var share = FigureRules.Value(s.T, first) / FigureRules.Value(s.T, k + 1);
            if (share >= 1 || OnPaceOrRestBooked(s, k, share)) continue;
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, k) ? Rules.FigurePartOfTarget : Rules.FigurePartSoFar, true, first, end + 1));
            return true;
        }
        return LandsShortOfWhole(s, ref found);
    }

    /// <summary>"Bokningarna beräknas landa på 410 timmar av 700": the year's total as estimated, landing short of its whole.</summary>
    private static bool LandsShortOfWhole(SentenceContext s, ref StatusResolver found)
    {
        for (var k = 0; k + 4 < s.T.Count; k++)
        {
            if (s.T[k].Word is not ("landa" or "landar" or "stanna" or "stannar" or "hamna" or "hamnar") || s.T[k + 1].Word is not ("på" or "vid") || !IsFigureStart(s, k + 2)) continue;
            var end = k + 2;
            while (end + 1 < s.T.Count && FigureRules.IsThousands(s.T, end, end + 1)) end++;
            var of = end + 1 < s.T.Count && s.T[end + 1].Word == "av" ? end + 1 : end + 2 < s.T.Count && s.T[end + 2].Word == "av" ? end + 2 : -1;
            if (of < 0 || of + 1 >= s.T.Count || !IsFigureStart(s, of + 1) || s.Negator(k) >= 0 || !FigureRules.WholeYearForecast(s) && !Tense.IsYearEnd(s, k)) continue;
            if (FigureRules.Value(s.T, k + 2) >= FigureRules.Value(s.T, of + 1)) continue;
            found.Add(SentenceReader.Make(s, Rules.FigureShortfall, true, k, of + 1));
            return true;
        }
        return false;
    }

    /// <summary>
    /// On pace for the months counted ("Elokuun loppuun … 610 tanssituntia vuoden 900 tunnista"), or the rest booked after
    /// token k ("…, ja jäljellä olevat 420 on sijoitettu syyskauden vuorolistaan").
    /// </summary>
    private static bool OnPaceOrRestBooked(SentenceContext s, int k, double share) =>
        FigureRules.MonthsCounted(s) is > 0 and var months && share >= months / 12.0
        || s.FindWord(k, s.T.Count, w => IsRestWord(w) || w is "jäljellä" or "återstående" or "remaining") >= 0;

    private static bool IsFigureStart(SentenceContext s, int j) => char.IsAsciiDigit(s.T[j].Word[0]) && !s.T[j].Has(Cue.Year);

    /// <summary>
    /// "toteutuneiden osuus oli 74 prosenttia", "andelen uppnådda mål var 80 procent", "the share of targets met was 60 %":
    /// the share of several goals met, named with a noun of share. Returns whether it read one.
    /// </summary>
    public static bool ShareMet(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            if (s.T[i].Word is not ("osuus" or "osuudeksi" or "andel" or "andelen" or "share" or "proportion")) continue;
            var (start, end) = ClauseBounds(s, i);
            int met = -1, percent = -1;
            for (var j = start; j < end; j++)
            {
                if (IsMet(s.T[j]) && s.Negator(j) < 0) met = j;
                if (Percent(s, j) >= 0) percent = j;
            }
            if (met < 0 || percent < 0) continue;
            // "Andelen som uppnår egenförsörjning är 36 procent": a verb's share is of goals only when goals are named.
            if (s.T[met].Has(Cue.Realise) && s.T[met].Form != VerbForm.Noun && !NamesGoals(s, start, end)) continue;
            var rule = Percent(s, percent) < 100 ? Rules.VerdictPartOfGoals : Tense.IsYearEnd(s, met) ? Rules.VerdictAchieved : Rules.VerdictOnTrack;
            found.Add(SentenceReader.Make(s, rule, true, Math.Min(i, Math.Min(met, percent)), Math.Max(i, Math.Max(met, percent))));
            return true;
        }
        return false;
    }

    private static bool NamesGoals(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
            if (s.T[j].Has(Cue.Goal) || IsGoalsWord(s, j)) return true;
        return false;
    }

    /// <summary>A verb of realisation, or its participle for the goals met: toteutuneiden, saavutettujen, uppnådda, met.</summary>
    private static bool IsMet(Token t) =>
        t.Has(Cue.Realise) || t.Word.StartsWith("toteutunei", StringComparison.Ordinal) || t.Word.StartsWith("saavutettuj", StringComparison.Ordinal)
        || t.Word is "uppnådda" or "uppfyllda" or "nådda" or "met" or "achieved";

    /// <summary>Short of the target: at year end a miss, in a forecast the year is not over.</summary>
    public static Rule ShortOfTarget(SentenceContext s) =>
        s.Round == RoundKind.Outcome || s.HasThisYear && !s.SentenceHas(Cue.Interim) ? Rules.FigurePartOfTarget : Rules.FigurePartSoFar; // "Tänä vuonna elokuun lopun kertymä on 63 %": so far

    private static (int Start, int End) ClauseBounds(SentenceContext s, int i) => (s.ClauseStart(i), s.ClauseEnd(i));

    /// <summary>"kaikki", "samtliga", "both": all the goals, unless the clause also counts a part of others ("samtliga finansiella mål och fem av sex inriktningsmål").</summary>
    private static bool HasWhole(SentenceContext s, int start, int end)
    {
        var whole = false;
        for (var j = start; j < end; j++)
        {
            if (s.T[j].Word is "kaikki" or "kaikkien" or "kaikkia" or "alla" or "samtliga" or "all" or "both" or "båda" or "molemmat") whole = true;
            if (j > start && j + 1 < end && s.T[j].Word is "av" or "of" && IsCount(s, j - 1) && IsCount(s, j + 1)) return false;
            if (Lexicon.IsMost(s.T, j)) return false; // "merparten av nämndmålen samt alla finansiella mål"
        }
        return whole;
    }

    /// <summary>"av", "of", or a Finnish elative plural or count: the share is taken out of a whole.</summary>
    private static bool HasPartitive(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            var w = s.T[j].Word;
            var elative = w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal);
            // "tavoitteista", "mittareista", "niistä", "kolmesta": out of the goals, not "tilinpäätösraportoinnista poiketen".
            if (w is "av" or "of" || elative && (IsGoalsWord(s, j) || s.T[j].Has(Cue.Goal | Cue.Partial) || w is "niistä" or "näistä" or "joista")) return true;
        }
        return false;
    }

    /// <summary>Goals in the plural, or a count of them: målen, mål after a number, mätarna, dessa, targets, tavoitteista.</summary>
    private static bool IsGoalsWord(SentenceContext s, int j)
    {
        var w = s.T[j].Word;
        // "näistä", "niistä", "av dessa", "42 procent av dem": the goals the sentence before named.
        if (w is "dessa" or "these" or "näistä" or "niistä" || w is "dem" or "them" && j > 0 && s.T[j - 1].Word is "av" or "of") return true;
        // "av vilka 17 nåddes", "joista 34", "of which": the goals named before the comma.
        if (w is "vilka" or "which" or "joista" && j > 0 && s.T[j - 1].Word is "av" or "of" or "," || w == "joista") return HasGoalWord(s);
        // "fyra resultatmål", "de resultatmål som", "hälften av centralförvaltningens mål": mål counted, made definite or taken out of.
        if (w.EndsWith("mål", StringComparison.Ordinal))
            for (var k = Math.Max(0, j - 3); k < j; k++)
                if (w.Length > 3 && (IsCount(s, k) || s.T[k].Word is "de" or "alla" or "samtliga") || s.T[k].Word == "av" && k >= j - 2) return true;
        if (w.EndsWith("målen", StringComparison.Ordinal) || w is "mätarna" or "indikatorerna" or "targets" or "goals" or "objectives" or "indicators" or "promises")
            return true;
        if (w.Contains("tavoitteista", StringComparison.Ordinal) || w.StartsWith("mittareista", StringComparison.Ordinal) || w == "mittarista"
            || w.StartsWith("indikaattoreista", StringComparison.Ordinal) || w.StartsWith("toimenpit", StringComparison.Ordinal) && CountedBefore(s, j)
            || w.StartsWith("osatavoitteista", StringComparison.Ordinal)) return true;
        return s.T[j].Has(Cue.Goal) && CountedBefore(s, j);
    }

    /// <summary>"14 tavoitetta", "20 sitovasta tavoitteesta": a count one or two words before; a Finnish numeral takes the singular (not "kaksi kolmasosaa tavoitteesta").</summary>
    private static bool CountedBefore(SentenceContext s, int j) =>
        j > 0 && IsCount(s, j - 1) || j > 1 && IsCount(s, j - 2) && s.T[j - 2].Clause == s.T[j].Clause && !s.T[j - 1].Has(Cue.Fraction);

    private static bool HasGoalWord(SentenceContext s)
    {
        foreach (var t in s.T)
            if (t.Has(Cue.Goal) || t.Word.EndsWith("mål", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The goal itself, once: tavoitteesta, tavoitetasosta, tavoitellusta, "av målet", "of the target".</summary>
    private static bool IsOneTarget(SentenceContext s, int j)
    {
        var w = s.T[j].Word;
        if (w.Contains("tavoit", StringComparison.Ordinal) && (w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal))
            && !w.EndsWith("tavoitteista", StringComparison.Ordinal) && !CountedBefore(s, j)) return true; // tavoitteesta, vuositavoitteesta, tavoitellusta
        if (j == 0) return false;
        var before = s.T[j - 1].Word;
        if (w == "targeted") return true; // "about 70 per cent of the 1,650 targeted"
        return w is "målet" or "målnivån" && before == "av" || w is "mål" && before is "sitt" or "sina" && j >= 2 && s.T[j - 2].Word == "av" || w is "target" or "goal" && (before == "the" && j >= 2 && s.T[j - 2].Word == "of" || before == "of");
    }

    /// <summary>
    /// "Av de tre planerade utställningarna har två öppnat", "Two of the five planned events have taken place": a count of the
    /// planned whole (before the word at p) and another, different count in the sentence; or "41 % av de planerade": a share.
    /// The other count or the share, or -1.
    /// </summary>
    public static int PartOfPlanned(SentenceContext s, int p)
    {
        var w = s.T[p].Word;
        if (!(w is "planerade" or "planned" or "promised" or "utlovade" || w.StartsWith("suunnitel", StringComparison.Ordinal) || w.StartsWith("luvatu", StringComparison.Ordinal))) return -1;
        if (RestToCome(s) >= 0) return -1; // "26 of the 30 planned … and the remaining four are booked for September"
        // "41 % av de planerade evenemangen har genomförts": a share of what was planned.
        var of = p > 0 && s.T[p - 1].Word is "de" or "the" ? p - 2 : p - 1;
        if (of >= 1 && s.T[of].Word is "av" or "of" && PercentBelowHundred(s, of - 1) >= 0) return of - 1;
        // "Av de tre planerade … två", "Vuodelle suunnitelluista kahdeksasta kurssisarjasta toteutettiin viisi".
        var whole = p > 0 && IsNumber(s, p - 1) ? p - 1 : p + 1 < s.T.Count && IsNumber(s, p + 1) ? p + 1 : -1;
        // "Kaikki 24 suunniteltua tapahtumaa järjestettiin, vaikka kaksi niistä …": all of them, and a count conceded.
        if (whole < 0 || whole > 0 && s.T[whole - 1].Has(Cue.Whole)) return -1;
        // Not "drew 118 pupils …, beyond the 100 planned for the year": more than the plan is no part of it.
        for (var k = 0; k < s.T.Count; k++)
            if (k != whole && IsNumber(s, k) && s.T[k].Word != s.T[whole].Word && !s.IsConceded(k)) return CountValue(s.T[k].Word) > CountValue(s.T[whole].Word) ? -1 : k;
        return -1;
    }

    /// <summary>
    /// Token j counts people or places for them ("deltagare", "places", "osallistujaa", "paikkaa"): at year end a count of
    /// them short of the plan is a miss, where a count of sites or events is a part done.
    /// </summary>
    public static bool IsHeadcount(SentenceContext s, int j) => j < s.T.Count && s.T[j].Word is var w
        && (w.StartsWith("deltag", StringComparison.Ordinal) || w.StartsWith("plats", StringComparison.Ordinal) || w.StartsWith("place", StringComparison.Ordinal)
            || w.StartsWith("participant", StringComparison.Ordinal) || w.StartsWith("osallistuj", StringComparison.Ordinal) || w.StartsWith("paikka", StringComparison.Ordinal)
            || w.StartsWith("besökar", StringComparison.Ordinal) || w.StartsWith("visitor", StringComparison.Ordinal) || w.StartsWith("kävijä", StringComparison.Ordinal)
            || w.StartsWith("seat", StringComparison.Ordinal) || w.EndsWith("paikasta", StringComparison.Ordinal) || w.EndsWith("paikoista", StringComparison.Ordinal)); // "aikuispaikasta"

    /// <summary>
    /// "Smideskursen fyllde fyra platser av arton", "Just 5 of 22 places were taken": places filled out of those offered; the
    /// whole's index, or -1.
    /// </summary>
    public static int SeatsFilled(SentenceContext s, int i)
    {
        if (s.T[i].Word is not ("fyllde" or "fylldes" or "bokades" or "taken" or "filled" or "booked" or "varattiin") || s.Negator(i) >= 0) return -1;
        var (start, end) = (s.ClauseStart(i), s.ClauseEnd(i));
        return CountOutOfAny(s, start, end) is var whole and >= 0 && s.FindWord(start, end, IsSeatWord) >= 0 ? whole : -1;
    }

    /// <summary>Whether token j is a word of places to fill (see <see cref="IsSeatWord"/>).</summary>
    public static bool IsSeats(SentenceContext s, int j) => j < s.T.Count && IsSeatWord(s.T[j].Word);

    /// <summary>"120 paikasta", "aikuispaikasta", "20 platser", "20 seats", "22 places": places to fill (not "liikuntapaikasta", a sports venue).</summary>
    private static bool IsSeatWord(string w) => !w.Contains("liikuntapaik", StringComparison.Ordinal)
        && (w.StartsWith("paik", StringComparison.Ordinal) || w.EndsWith("paikasta", StringComparison.Ordinal) || w.StartsWith("plats", StringComparison.Ordinal) || w.StartsWith("seat", StringComparison.Ordinal) || w == "places");

    /// <summary>
    /// "alla 30 planerade föreställningar kunde ges", "kaikki 24 suunniteltua järjestettiin": every one of a planned count held;
    /// the "all", or -1. Not "kaikki 6 suunniteltua kenttää ovat kesken": all of them, but none done.
    /// </summary>
    public static int AllOfPlanned(SentenceContext s, int p)
    {
        var w = s.T[p].Word;
        if (!IsPlannedAdjective(w) || p < 2) return -1;
        if (!IsNumber(s, p - 1) || !s.T[p - 2].Has(Cue.Whole)) return -1;
        var held = false;
        for (var j = 0; j < s.T.Count; j++)
        {
            // Not "… ovat vielä kesken"; but "Trots att gården var stängd höll vi alla …", "flyttades …, och alla … kunde ges" were held.
            if (s.T[j].Has(Cue.Delay | Cue.Yet | Cue.Open | Cue.Shift | Cue.Cancel) && !s.IsConceded(j) && j >= s.ClauseStart(p)) return -1;
            held |= j != p && WasHeld(s, j);
        }
        return held ? p - 2 : -1;
    }

    /// <summary>
    /// "mutta kaikki 40 työpajaa pidettiin", "och alla sex kvartersdagar blev av", "hölls alla tolv": every one of a count held,
    /// in the clause of the "all" (whatever was moved or cancelled before it). The "all" at i, or -1.
    /// </summary>
    public static int AllHeld(SentenceContext s, int i)
    {
        if (!s.T[i].Has(Cue.Whole) || s.Negator(i) >= 0) return -1;
        // "Sommarkonserterna hölls alla tolv enligt programmet", "16 lastenkonserttia pidettiin kaikki": the verb before the "all".
        if (i > 0 && ResultRules.IsAll(s.T[i].Word) && WasHeld(s, i - 1) && (i + 1 < s.T.Count && IsNumber(s, i + 1) || s.FindWord(s.ClauseStart(i), i - 1, w => char.IsAsciiDigit(w[0]) || NumberWords.Contains(w)) >= 0)
            && !s.HasIn(s.ClauseStart(i), s.ClauseEnd(i), Cue.Delay | Cue.Yet | Cue.Open | Cue.Shift | Cue.Cancel | Cue.Partial)) return i;
        if (i + 2 >= s.T.Count || !IsNumber(s, i + 1)) return -1;
        // "Two festivals were cancelled, but all 12 library events were held": a setback to something else leaves the goal in part.
        if (s.HasIn(0, s.ClauseStart(i), Cue.Cancel | Cue.Shift | Cue.Delay) && !SameThingBefore(s, i + 2)) return -1;
        var held = false;
        for (var j = i + 2; j < s.ClauseEnd(i); j++)
        {
            if (s.T[j].Has(Cue.Delay | Cue.Yet | Cue.Open | Cue.Shift | Cue.Cancel | Cue.Partial)) return -1;
            held |= WasHeld(s, j);
        }
        return held ? i : -1;
    }

    /// <summary>"ställde in två av kvartersdagarna …, alla sex kvartersdagar": the noun at j named (by its first five letters) in an earlier clause.</summary>
    private static bool SameThingBefore(SentenceContext s, int j)
    {
        var w = s.T[j].Word;
        if (w.Length < 5) return false;
        var stem = w[..5];
        return s.FindWord(0, s.ClauseStart(j), v => v.Contains(stem, StringComparison.Ordinal)) >= 0;
    }

    /// <summary>"järjestettiin", "genomfördes", "höll", "kunde ges", "blev av", "were completed", or what <see cref="OutcomeRules.IsHeld"/> reads: a past of holding what was planned.</summary>
    private static bool WasHeld(SentenceContext s, int j)
    {
        if (OutcomeRules.IsHeld(s, j)) return true;
        var w = s.T[j].Word;
        if (w == "av" && j > 0 && s.T[j - 1].Word is "blev" or "blivit") return s.Negator(j) < 0;
        var past = w is "järjestettiin" or "pidettiin" or "toteutettiin" or "toteutuivat" or "käynnistyivät" or "järjestyivät" or "genomfördes" or "anordnades" or "ordnades"
            or "hölls" or "höll" or "gavs" or "completed" or "delivered" or "staged" or "held" or "arranged"
            || w is "ges" or "hållas" or "genomföras" or "ordnas" && s.FindWord(Math.Max(0, j - 2), j, v => v is "kunde" or "kunnat") >= 0;
        return past && !s.T[j].Has(Cue.Delay | Cue.Shift | Cue.Cancel | Cue.Fail) && s.Negator(j) < 0;
    }

    /// <summary>
    /// "loput neljä pidetään syyskuussa", "de återstående fyra hålls i september", "the remaining four are booked for
    /// September": in a forecast, the rest of what was planned set for a month or season still to come this year. The rest
    /// word, or -1; not when it is moved, delayed, cancelled or put in a later year.
    /// </summary>
    public static int RestToCome(SentenceContext s)
    {
        if (s.Round != RoundKind.Forecast) return -1;
        var rest = s.FindWord(0, s.T.Count, IsRestWord);
        // Not "loput syksystä sali on suljettuna": the rest of a season, not of the plan.
        if (rest < 0 || s.Negator(rest) >= 0 || s.Hedge >= 0 || s.Conditional >= 0 || rest + 1 < s.T.Count && (s.T[rest + 1].Word.EndsWith("sta", StringComparison.Ordinal) || s.T[rest + 1].Word.EndsWith("stä", StringComparison.Ordinal))) return -1;
        var later = false;
        for (var j = s.ClauseStart(rest); j < s.T.Count; j++)
        {
            if (s.T[j].Has(Cue.Delay | Cue.Shift | Cue.Cancel | Cue.NextYear | Cue.Year | Cue.Open | Cue.Hedge | Cue.Yet | Cue.Negator | Cue.Modal)
                || s.T[j].Word is "vailla" or "ilman" or "utan" or "without" or "closed" or "stängd" || s.T[j].Word.StartsWith("suljet", StringComparison.Ordinal)) return -1;
            later |= j < s.ClauseEnd(rest) && (Lexicon.Month(s.T[j].Word) > 0 || Tokenizer.IsSeason(s.T[j].Word));
        }
        return later ? rest : -1;
    }

    /// <summary>
    /// At year end "Resten väntar på …", "Loput odottavat …", "the rest await …", "De övriga sju … levereras i april": part
    /// of the whole still undone, or done only in a month after the year.
    /// </summary>
    public static bool RestWaits(SentenceContext s, int i) => s.Round == RoundKind.Outcome && i + 1 < s.T.Count
        && (IsRestWord(s.T[i].Word) && s.T[i + 1].Word is "väntar" or "odottaa" or "odottavat" or "await" or "awaits" or "wait" or "waits"
            || (IsRestWord(s.T[i].Word) || s.T[i].Word is "övriga" or "muut" or "other" && IsNumber(s, i + 1)) && DoneInAMonthAfter(s, i));

    /// <summary>"… levereras i april", "… asennetaan maaliskuussa": a work after token i, not in the past, then a month.</summary>
    private static bool DoneInAMonthAfter(SentenceContext s, int i)
    {
        var work = i + 1;
        while (work < s.T.Count && !s.T[work].Has(Cue.Progress | Cue.Finish)) work++;
        if (work == s.T.Count || s.T[work].Form == VerbForm.Past || s.T[work].Word.EndsWith("des", StringComparison.Ordinal)
            || s.T[work].Word.EndsWith("tiin", StringComparison.Ordinal) || s.T[work].Word.EndsWith("ed", StringComparison.Ordinal)) return false;
        return s.FindWord(work + 1, s.T.Count, w => Lexicon.Month(w) > 0) >= 0;
    }

    /// <summary>
    /// "noin puolet koronaepidemiaa edeltävästä määrästä", "hälften av den normala nivån", "half the usual number": a share of
    /// an earlier or usual level, short of it; the level's index, or -1. Not "jo puolet vuoden määrästä", half already gathered.
    /// </summary>
    public static int FractionOfUsual(SentenceContext s, int i)
    {
        if (!s.T[i].Has(Cue.Fraction) || s.Negator(i) >= 0 || s.SentenceHas(Cue.Already | Cue.Interim | Cue.Progress)) return -1;
        return s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 6), w => w.EndsWith("määrästä", StringComparison.Ordinal) && !w.Contains("tavoite", StringComparison.Ordinal)
            || w.EndsWith("tasosta", StringComparison.Ordinal) && !w.Contains("tavoite", StringComparison.Ordinal) || w is "normala" or "vanliga" or "nivån" or "usual" or "normal");
    }

    /// <summary>At year end "Defibrillaattorit saatiin liikuntahalleihin Pukinmäkeä vaille": done everywhere but one, so not all.</summary>
    public static bool AllButOne(SentenceContext s, int i) => s.Round == RoundKind.Outcome && s.T[i].Word == "vaille" && i > 0
        && (s.T[i - 1].Word.EndsWith('a') || s.T[i - 1].Word.EndsWith('ä')) && (s.HasIn(0, i, Cue.Progress | Cue.Finish) || FigureRules.HasPastVerb(s)) && s.Negator(i) < 0;

    /// <summary>"loput", "återstående", "the remaining": the rest of what was planned.</summary>
    public static bool IsRestWord(string w) => w is "loput" or "loppuja" or "remaining" or "återstående" or "resten" or "rest";

    /// <summary>
    /// At year end "Only 46 of the 80 planned nature walks took place", "38 held of 60 planned": a count of a planned whole (at
    /// <paramref name="whole"/>) that is well short of it, marked as only some or under 65 % of it, is the plan missed, not a part done.
    /// </summary>
    public static bool FarShortOfPlanned(SentenceContext s, int whole)
    {
        var planned = whole + 1 < s.T.Count && IsPlannedAdjective(s.T[whole + 1].Word) ? whole + 1 : whole > 0 && IsPlannedAdjective(s.T[whole - 1].Word) ? whole - 1 : -1;
        if (planned < 0 || s.Round != RoundKind.Outcome) return false;
        var part = -1;
        for (var j = s.ClauseStart(whole); j < whole; j++)
            if (IsCount(s, j) && char.IsAsciiDigit(s.T[j].Word[0])) part = j;
        if (part < 0 || CountValue(s.T[part].Word) is not (var done and >= 0) || !(done < CountValue(s.T[whole].Word))) return false;
        return part > 0 && IsOnlyWord(s.T[part - 1].Word) || done < 0.65 * CountValue(s.T[whole].Word);
    }

    /// <summary>"planerade", "planned", "suunniteltu(a)": "planned" before or after a count of a whole; narrower than
    /// <see cref="FigureRules.IsPlannedWord"/>, which also takes "expected" and "aimed" as naming a target figure.</summary>
    private static bool IsPlannedAdjective(string w) => w is "planerade" or "planned" || w.StartsWith("suunnitel", StringComparison.Ordinal);

    /// <summary>The first part of a planned whole anywhere in the sentence (see <see cref="PartOfPlanned"/>), or -1.</summary>
    public static int PartOfPlannedIn(SentenceContext s)
    {
        for (var p = 0; p < s.T.Count; p++)
            if (PartOfPlanned(s, p) is var part and >= 0) return part;
        return -1;
    }

    /// <summary>A number word or a count in figures; not the Swedish articles "en", "ett", "ena" that <see cref="NumberWords"/> also holds.</summary>
    private static bool IsNumber(SentenceContext s, int j) =>
        NumberWords.Contains(s.T[j].Word) && s.T[j].Word is not ("en" or "ett" or "ena") || IsCount(s, j) && char.IsAsciiDigit(s.T[j].Word[0]);

    /// <summary>
    /// "45 paikasta on varattu 12", "60 biljetter av 200 har sålts": in a forecast, fewer than half of the places booked or
    /// sold so far, demand short of the plan; the whole's index, or -1.
    /// </summary>
    public static int FewBooked(SentenceContext s, int i)
    {
        if (s.Round != RoundKind.Forecast || s.T[i].Word is not ("varattu" or "myyty") || i < 3 || i + 1 >= s.T.Count || s.T[i - 1].Word is not ("on" or "oli")) return -1;
        var (whole, part) = (s.T[i - 3].Word, s.T[i + 1].Word);
        return IsCount(s, i - 3) && IsElativeNoun(s.T[i - 2].Word) && IsCount(s, i + 1) && CountValue(part) < CountValue(whole) / 2 ? i - 3 : -1;
    }

    /// <summary>"päivystysalueesta": a noun in the elative, the whole a part is counted out of.</summary>
    private static bool IsElativeNoun(string w) => w.Length > 5 && (w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal));

    /// <summary>"kymmenestä", "viidestä": a number word in the elative, a whole.</summary>
    private static bool IsElativeNumber(string w) => (NumberWords.Contains(w) || FigureRules.NumberWords.ContainsKey(w)) && (w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal));

    /// <summary>A count in figures or words ("12", "tolv", "twelve"); NaN if neither.</summary>
    private static double CountValue(string w) =>
        double.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v
        : FigureRules.NumberWords.TryGetValue(w, out var n) ? n : Elatives.TryGetValue(w, out var whole) ? whole : Illatives.TryGetValue(w, out var part) ? part : double.NaN;

    /// <summary>"yhdeksästä": the whole a part is counted out of, as a number word in the elative.</summary>
    internal static readonly Dictionary<string, double> Elatives = new(StringComparer.Ordinal)
    {
        ["kahdesta"] = 2, ["kolmesta"] = 3, ["neljästä"] = 4, ["viidestä"] = 5, ["kuudesta"] = 6, ["seitsemästä"] = 7, ["kahdeksasta"] = 8,
        ["yhdeksästä"] = 9, ["kymmenestä"] = 10, ["yhdestätoista"] = 11, ["kahdestatoista"] = 12, ["kolmestatoista"] = 13, ["neljästätoista"] = 14,
        ["viidestätoista"] = 15, ["kuudestatoista"] = 16, ["seitsemästätoista"] = 17, ["kahdeksastatoista"] = 18, ["yhdeksästätoista"] = 19,
    };

    /// <summary>"yhdeksään kulttuuritaloon": a part counted, as a number word in the illative (where a work reached).</summary>
    private static readonly Dictionary<string, double> Illatives = new(StringComparer.Ordinal)
    {
        ["kahteen"] = 2, ["kolmeen"] = 3, ["neljään"] = 4, ["viiteen"] = 5, ["kuuteen"] = 6, ["seitsemään"] = 7, ["kahdeksaan"] = 8,
        ["yhdeksään"] = 9, ["kymmeneen"] = 10, ["yhteentoista"] = 11, ["kahteentoista"] = 12, ["kolmeentoista"] = 13, ["neljääntoista"] = 14,
        ["viiteentoista"] = 15, ["kuuteentoista"] = 16, ["seitsemääntoista"] = 17, ["kahdeksaantoista"] = 18, ["yhdeksääntoista"] = 19,
    };

    private static bool Smaller(string part, string whole) => CountValue(part) < CountValue(whole);

    /// <summary>A number of things: "16", "två", "kolmesta", "three" (a number word is a Partial cue), not a year or a percentage.</summary>
    public static bool IsCount(SentenceContext s, int j)
    {
        var w = s.T[j].Word;
        if (s.T[j].Has(Cue.Partial) && s.T[j].Word is not ("osa" or "osan" or "osia" or "del" or "delar" or "part") || NumberWords.Contains(w) || FigureRules.NumberWords.ContainsKey(w) || Illatives.ContainsKey(w)) return true;
        return char.IsAsciiDigit(w[0]) && !s.T[j].Has(Cue.Year) && w.All(char.IsAsciiDigit) && PercentBelowHundred(s, j) < 0 && Percent(s, j) < 0
            && !FigureRules.IsThousands(s.T, j - 1, j) && !FigureRules.IsThousands(s.T, j, j + 1); // not "5 000 visits", a figure
    }

    /// <summary>"75 %:n täyttöasteeseen", "viiden prosentin kasvu": a percentage in the genitive names a level, not a share of the goals.</summary>
    private static bool IsGenitive(SentenceContext s, int j) => j + 1 < s.T.Count && s.T[j + 1].Word is "n" or "prosentin";

    /// <summary>j when token j is a percentage below 100 ("46 procent", "60 %", "40 prosenttia"), else -1.</summary>
    private static int PercentBelowHundred(SentenceContext s, int j)
    {
        var p = Percent(s, j);
        return p is >= 0 and < 100 ? j : -1;
    }

    /// <summary>The percentage token j gives, or -1; a fraction word counts as below 100.</summary>
    private static double Percent(SentenceContext s, int j)
    {
        var t = s.T[j];
        if (t.Has(Cue.Fraction)) return 50;
        if (!char.IsAsciiDigit(t.Word[0]) || t.Has(Cue.Year)) return -1;
        var percent = j + 1 < s.T.Count && s.T[j + 1].Word is "prosenttia" or "prosentin" or "prosenttisesti" or "procent" or "percent" or "prosenttiin" or "prosentilla" or "prosentiksi" or "%" or "prosenttiyksikköä" or "procentenheter"
            || j + 2 < s.T.Count && s.T[j + 1].Word == "per" && s.T[j + 2].Word == "cent" || s.PercentSignAfter(t);
        if (!percent) return -1;
        return double.TryParse(t.Word.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1;
    }
}
