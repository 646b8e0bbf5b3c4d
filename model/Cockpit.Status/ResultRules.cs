namespace Cockpit.Status;

/// <summary>
/// Plain good news with no target named. A good result: "fortsatt goda resultat", "VGR:s kulturverksamheter har haft ett
/// bra besöksår", "hyvä kävijävuosi", "strong results". A state that holds for all: "Kaikki kuusi nuorisotaloa ovat avoinna
/// myös kesäkuukausina", "Samtliga bibliotek i kommunen har meröppet", "All district libraries are open on Sundays". At
/// year end the year's goal was met; during it, progress. Weak evidence: any risk or verdict in the text outweighs it.
/// </summary>
internal static class ResultRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        if (NotForAll(s) is var not and >= 0)
        {
            // "Aivan kaikille hakijoille ei ole pystytty järjestämään kerhopaikkaa": done for most, not for all.
            found.Add(SentenceReader.Make(s, Rules.RiskPartial, false, 0, not));
            return;
        }
        if (AllInPlace(s) is var all and >= 0)
        {
            // "Alla kommuner förutom Kumlinge, Lumparland och Sottunga redovisade ett positivt årsbidrag", "… Kurkimäkeä lukuun ottamatta": all but some.
            if ((s.FindWord(all + 1, Math.Min(s.T.Count, all + 4), w => w is "förutom" or "utom" or "paitsi" or "except" or "but") is var near and >= 0 ? near : SentenceReader.AllBut(s, all)) is var but and >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.RiskPartial, false, Math.Min(all, but), Math.Max(all, but)));
                return;
            }
            // At year end "Nästan alla simhallar fick nya aggregat": almost all is a part done.
            var almost = all > 0 && IsAlmost(s.T[all - 1].Word);
            found.Add(SentenceReader.Make(s, !Tense.IsYearEnd(s, all) ? Rules.StateAllSoFar : almost ? Rules.RiskPartial : Rules.StateAll, false, almost ? all - 1 : all, Math.Min(all + 2, s.T.Count - 1)));
            return;
        }
        if (NowOffered(s) is var now and >= 0)
        {
            // At year end "Ungdomsgården … håller numera öppet även på söndagar", "Biblioteket … lånar nu ut elcyklar till alla": the service now in place.
            found.Add(SentenceReader.Make(s, Rules.StateAll, false, now, now));
            return;
        }
        if (Success(s) is var success and >= 0)
        {
            // "Oodin ensimmäinen vuosi on ollut menestys", "har varit en framgång", "has been a success", "sujui hienosti": done, and well.
            found.Add(SentenceReader.Make(s, Rules.VerdictAchieved, s.HasGoal, Math.Max(0, success - 2), success));
            return;
        }
        if (Record(s) is var record and >= 0)
        {
            // "noterades ett besöksrekord", "a record year for attendance": the best yet, a use moving the right way with no target named.
            // "slog kommunen ett ovälkommet rekord … färre invånare än någonsin", "kävijämäärä oli ennätyksellisen alhainen": the worst yet.
            found.Add(SentenceReader.Make(s, IsLowRecord(s, record) ? Rules.RiskWorsening : Rules.Progress, false, record, record));
            return;
        }
        if (GoodLevelAfter(s) is var level and >= 0)
        {
            // "Årsbidraget blev 145.000 euro vilket enligt kommunen är en rimlig nivå": the figure said to be at a good level.
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, level) ? Rules.ResultGood : Rules.ResultGoodSoFar, false, level - 1, level));
            return;
        }
        if (LooksGood(s) is var looks and >= 0)
        {
            // "tilanne näyttää hyvälle", "läget ser bra ut", "the outlook looks promising": good so far, with nothing measured.
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, looks) ? Rules.ResultGood : Rules.ResultGoodSoFar, false, looks - 1, looks));
            return;
        }
        for (var i = 1; i < s.T.Count; i++)
        {
            // "Verotulojen toteuma on hyvä": the result said to be good.
            // "Tilinpäätöksen tunnusluvut ovat hyvät": so are the key figures.
            if (i + 2 < s.T.Count && (IsResult(s.T[i].Word) || s.T[i].Word.StartsWith("toteuma", StringComparison.Ordinal) || IsKeyFigures(s.T[i].Word))
                && s.T[i + 1].Word is "on" or "oli" or "ovat" or "olivat" or "är" or "var" or "was" or "is" or "are" or "were"
                && IsGood(s.T[i + 2].Word) && s.Negator(i + 1) < 0 && !s.ClauseHas(i, Cue.Goal) && !OutcomeRules.GoalDefinedBefore(s, i))
            {
                found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) ? Rules.ResultGood : Rules.ResultGoodSoFar, false, i, i + 2));
                return;
            }
            if (!IsGood(s.T[i - 1].Word) || !IsResult(s.T[i].Word) || s.T[i - 1].Clause != s.T[i].Clause || s.Negator(i) >= 0) continue;
            // "en del av resultaten ligger på grönt, det vill säga ger ett gott resultat": good for some of them only.
            found.Add(SomeOf(s) is var some and >= 0 ? SentenceReader.Make(s, Rules.RiskPartial, false, some, i)
                : SentenceReader.Make(s, Tense.IsYearEnd(s, i) ? Rules.ResultGood : Rules.ResultGoodSoFar, false, i - 1, i));
            return;
        }
    }

    /// <summary>"voi lainata", "kan lånas": one can borrow it, a service in place, not a maybe.</summary>
    private static bool CanBorrow(SentenceContext s, int k) =>
        s.T[k].Word is "voi" or "voivat" or "kan" && k + 1 < s.T.Count && (s.T[k + 1].Word.StartsWith("lainat", StringComparison.Ordinal) || s.T[k + 1].Word.StartsWith("lån", StringComparison.Ordinal));

    /// <summary>
    /// A sentence that opens with "all", or whose short report frame does ("Vuosiraportissa todetaan, että kaikki … hyväksyttiin"),
    /// and says nothing against it: no negation, hedge, condition, modal, delay or cancellation. The index of "all", or -1.
    /// </summary>
    private static int AllInPlace(SentenceContext s)
    {
        var all = s.T.Count > 1 && (s.T[0].Word.EndsWith('n') || IsAlmost(s.T[0].Word)) && IsAll(s.T[1].Word) ? 1 : 0; // "Kaupungin kaikilla uimarannoilla on nyt …": the owner first
        for (var k = 1; k <= 4 && k + 1 < s.T.Count; k++)
            if (s.T[k].Word is "että" or "att" or "that") all = k + 1;
        // At year end "Lukulaseja saa nykyään lainaksi kaikista kirjastoista": every place named last, as things now stand.
        // "Pulkor ingår i utlåningen på varje bibliotek": the same, every place named last.
        // "Sulkapallomailoja voi lainata kirjastokortilla kaikista kaupungin kirjastoista": the same with the owner between, lent.
        var owner = s.T.Count > 4 && s.T[^2].Word.EndsWith('n') && s.T[^3].Word is "kaikista" or "kaikissa" or "kaikkiin" ? 1 : 0;
        if (s.Round == RoundKind.Outcome && s.T.Count > 3 && (s.T[^(2 + owner)].Word is "kaikista" or "kaikissa" or "kaikkiin"
                && s.FindWord(0, s.T.Count, w => w is "nykyään" or "nyt" || owner == 1 && (w.StartsWith("lainat", StringComparison.Ordinal) || w is "lainaksi" or "lainaan")) >= 0
                || s.T[^2].Word is "varje" or "every" or "alla" or "all" && s.T[^3].Word is "på" or "i" or "vid" or "at" or "in")) all = s.T.Count - 2 - owner; // "lånas ut på alla bibliotek", "till låns vid varje stadsdelsbibliotek"
        // "lainaa retkiteltan mistä tahansa kirjastosta": any of them, so every one.
        else if (s.Round == RoundKind.Outcome && s.T.Count > 4 && s.T[^3].Word is "mistä" or "missä" && s.T[^2].Word == "tahansa") all = s.T.Count - 3;
        // At year end "Otsalamppuja lainaavat nykyään kaikki kirjastot", "Stavar hör numera till varje biblioteks lånesortiment": every one, as things now stand.
        else if (s.Round == RoundKind.Outcome && s.FindWord(0, s.T.Count, w => w is "nykyään" or "nyt" or "numera" or "nowadays") >= 0
            && s.FindWord(1, s.T.Count - 1, w => w is "kaikki" or "kaikkien" or "varje" or "every") is var every and > 0) all = every;
        // "Kaikkien kirjastojen yleisökoneissa on nyt …", at year end "Kaikista kirjastoista saa lainaan lumikengät".
        else if (s.T.Count < all + 3 || !(IsAll(s.T[all].Word) || s.T[all].Word == "kaikkien" || s.T[all].Word == "kaikista" && all == 0 && s.Round == RoundKind.Outcome)) return -1;
        if (s.Hedge >= 0 || s.Conditional >= 0) return -1;
        for (var k = 0; k < s.T.Count; k++)
            if (s.T[k] is var t && (t.Has(Cue.Negator | Cue.NegQuantifier | Cue.Delay | Cue.Cancel | Cue.Realise | Cue.Goal | Cue.Yet | Cue.LaterTime | Cue.NextYear | Cue.Affect | Cue.Fail | Cue.Worse | Cue.Corona)
                || t.Has(Cue.Modal) && !CanBorrow(s, k) || IsUnfinished(t.Word) || IsTrouble(t.Word))) return -1;
        return all;
    }

    private static bool IsAlmost(string w) => w is "lähes" or "melkein" or "miltei" or "nästan" or "almost" or "nearly";

    /// <summary>"pulaa", "haasteensa", "brist", "suffered": trouble that every one of them has is no success.</summary>
    private static bool IsTrouble(string w) =>
        w.StartsWith("pula", StringComparison.Ordinal) || w.StartsWith("puute", StringComparison.Ordinal) || w.StartsWith("haaste", StringComparison.Ordinal) || w.StartsWith("ongelm", StringComparison.Ordinal)
        || w.StartsWith("kärsi", StringComparison.Ordinal) || w.StartsWith("brist", StringComparison.Ordinal) || w.StartsWith("problem", StringComparison.Ordinal) || w.StartsWith("utmaning", StringComparison.Ordinal)
        || w is "shortage" or "shortages" or "suffered" or "affected" or "led" || w.EndsWith("pulaa", StringComparison.Ordinal)
        || w.Contains("taistelu", StringComparison.Ordinal) || w.StartsWith("kamp", StringComparison.Ordinal) || w is "struggle" or "struggling"; // "osa selviytymistaistelua": a fight

    /// <summary>"kesken", "rakenteilla", "under arbete", "in progress": a state of work not done, which is no success for all.</summary>
    internal static bool IsUnfinished(string w) =>
        w is "kesken" or "rakenteilla" or "arbete" or "pågår" or "pågående" or "ofärdiga" or "halvfärdiga" or "ongoing" or "underway" or "progress" or "unfinished" or "incomplete"
        || w.StartsWith("keskenerä", StringComparison.Ordinal);

    /// <summary>"en del av", "some of", "osa tuloksista": a part of what is counted; the index of its first word, or -1.</summary>
    private static int SomeOf(SentenceContext s)
    {
        for (var j = 0; j + 2 < s.T.Count; j++)
            if (s.T[j].Word == "en" && s.T[j + 1].Word == "del" && s.T[j + 2].Word == "av" || s.T[j].Word is "some" or "vissa" && s.T[j + 1].Word is "of" or "av"
                || s.T[j].Word == "osa" && s.T[j + 1].Word.EndsWith("ista", StringComparison.Ordinal)) return j;
        return -1;
    }

    /// <summary>
    /// At year end "numera", "nykyään", "nowadays" (or "nu" with "alla") beside a service offered (open, lent): a new state in
    /// place; the time word, or -1.
    /// </summary>
    private static int NowOffered(SentenceContext s)
    {
        if (s.Round != RoundKind.Outcome || s.Hedge >= 0 || s.Conditional >= 0 || s.SentenceHas(Cue.Negator | Cue.NegQuantifier | Cue.Delay | Cue.Cancel | Cue.LaterTime | Cue.NextYear)) return -1;
        var now = s.FindWord(0, s.T.Count, w => w is "numera" or "nykyään" or "nowadays" || w == "nu" && s.FindWord(0, s.T.Count, IsAll) >= 0);
        return now >= 0 && s.FindWord(0, s.T.Count, w => w is "öppet" or "avoinna" or "auki" || w.StartsWith("låna", StringComparison.Ordinal)
            || w.StartsWith("lainat", StringComparison.Ordinal) || w.StartsWith("lainaa", StringComparison.Ordinal) || w.StartsWith("lend", StringComparison.Ordinal)) >= 0 ? now : -1;
    }

    /// <summary>"all" in its forms: kaikki, kaikkia, kaikille, kaikissa, kaikilla, kaikkiin, samtliga, alla, all.</summary>
    public static bool IsAll(string w) => w is "kaikki" or "kaikkia" or "kaikille" or "kaikissa" or "kaikilla" or "kaikkiin" or "jokaisessa" or "jokaisella" or "jokaiselle" or "jokainen" or "jokaisen"
        or "samtliga" or "alla" or "varje" or "all";

    /// <summary>A sentence that opens with "(aivan) kaikille", "alla", "not all" and denies its verb, with no verb of realisation: the negator's index, or -1.</summary>
    private static int NotForAll(SentenceContext s)
    {
        var all = s.T.Count > 1 && s.T[0].Word is "aivan" or "inte" or "not" ? 1 : 0;
        if (!IsAll(s.T[all].Word) || s.HasRealiseVerb) return -1;
        for (var j = all + 1; j < s.T.Count && s.T[j].Clause == s.T[all].Clause; j++)
            if (s.T[j].Has(Cue.Negator)) return j;
        return all == 1 && s.T[0].Word is "inte" or "not" ? 0 : -1;
    }

    /// <summary>"menestys", "framgång", "success" after a past or perfect copula, undenied: the noun's index, or -1.</summary>
    private static int Success(SentenceContext s)
    {
        for (var i = 1; i < s.T.Count; i++)
        {
            if (Excellently(s.T[i].Word) && s.Negator(i) < 0 && s.FindWord(Math.Max(0, i - 4), Math.Min(s.T.Count, i + 2), IsWent) >= 0) return i; // "sujui hienosti", "hoidimme … mallikkaasti maaliin"
            if (s.T[i].Word is "toimi" or "sujui" or "fungerade" or "worked" && s.T[i - 1].Word is "kaikki" or "allt" or "everything" && s.Negator(i) < 0) return i; // "Kelit suosi ja kaikki toimi"
            if (s.T[i].Word is not ("menestys" or "framgång" or "success" or "succé" or "menestyksekäs") || s.Negator(i) >= 0) continue;
            for (var j = Math.Max(0, i - 3); j < i; j++)
                if (s.T[j].Word is "ollut" or "oli" or "varit" or "var" or "been" or "was" or "blev" or "tuli" or "became") return i; // "blev en stor succé"
        }
        return -1;
    }

    private static bool Excellently(string w) => w is "hienosti" or "mallikkaasti" or "erinomaisesti" or "loistavasti" or "hyvin" or "utmärkt" or "strålande" or "excellently" or "superbly";

    /// <summary>"sujui", "onnistui", "hoidimme", "gick", "lyckades", "went": how something went, in the past.</summary>
    private static bool IsWent(string w) => w is "sujui" or "sujuivat" or "onnistui" or "onnistuivat" or "hoidimme" or "hoidettiin" or "gick" or "lyckades" or "went";

    /// <summary>A record of use or attendance, undenied, not of something better lower or of costs: its index, or -1.</summary>
    private static int Record(SentenceContext s)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            var w = s.T[i].Word;
            // Not "whose records reach us", "recorded 5 300 visits": data kept, not a best yet.
            if (!(w.Contains("ennätys", StringComparison.Ordinal) || w.Contains("ennätyk", StringComparison.Ordinal) || w.Contains("rekord", StringComparison.Ordinal)
                    || w.StartsWith("record", StringComparison.Ordinal) && w is not ("records" or "recorded" or "recording" or "recordings") || w == "records" && i > 0 && s.T[i - 1].Word is "broke" or "set" or "new" or "all")
                || s.Negator(i) >= 0 || s.ClauseHas(i, Cue.Cost) || TrendRules.LowerIsBetter(s, i)) continue;
            return i;
        }
        return -1;
    }

    /// <summary>"ennätyksellisen vähän", "rekordlågt", "record low", "ett ovälkommet rekord": the record at i is the worst yet.</summary>
    private static bool IsLowRecord(SentenceContext s, int i) =>
        s.FindWord(Math.Max(0, i - 1), Math.Min(s.T.Count, i + 3), w => IsLow(w) || IsUnwelcome(w)) >= 0 || IsLow(s.T[i].Word);

    private static bool IsUnwelcome(string w) =>
        w.StartsWith("ovälkom", StringComparison.Ordinal) || w.StartsWith("tråkig", StringComparison.Ordinal) || w.StartsWith("dyster", StringComparison.Ordinal) || w.StartsWith("negativ", StringComparison.Ordinal)
        || w.StartsWith("ikävä", StringComparison.Ordinal) || w.StartsWith("synkk", StringComparison.Ordinal) || w.StartsWith("surullinen", StringComparison.Ordinal) || w.StartsWith("kielteinen", StringComparison.Ordinal)
        || w is "unwelcome" or "sad" or "grim" or "unwanted";

    private static bool IsLow(string w) =>
        w.Contains("låg", StringComparison.Ordinal) || w.Contains("alhai", StringComparison.Ordinal) || w.Contains("heik", StringComparison.Ordinal) || w.Contains("vähä", StringComparison.Ordinal)
        || w is "vähän" or "få" or "low" or "lowest" or "few" or "fewest" or "poor";

    /// <summary>"näyttää hyvältä", "ser bra ut", "looks good", undenied: the index of the word of good, or -1.</summary>
    private static int LooksGood(SentenceContext s)
    {
        for (var i = 1; i < s.T.Count; i++)
            if (s.T[i - 1].Word is "näyttää" or "näytti" or "näyttävät" or "ser" or "såg" or "looks" or "looked" && s.Negator(i - 1) < 0
                && s.T[i].Word is "hyvältä" or "hyvälle" or "lupaavalta" or "valoisalta" or "bra" or "lovande" or "ljust" or "good" or "promising") return i;
        return -1;
    }

    /// <summary>"…, vilket är en rimlig nivå", "mikä on hyvä taso", "which is a healthy level": the level of a figure told, good; its index, or -1.</summary>
    private static int GoodLevelAfter(SentenceContext s)
    {
        for (var i = 2; i < s.T.Count; i++)
            if (s.T[i].Word is "nivå" or "taso" or "level" && (IsGood(s.T[i - 1].Word) || s.T[i - 1].Word is "rimlig" or "kohtuullinen" or "reasonable" or "healthy")
                && s.FindWord(Math.Max(0, i - 7), i, w => w is "vilket" or "mikä" or "which") >= 0 && s.Negator(i) < 0 && FigureRules.Figures(s).Any()) return i;
        return -1;
    }

    private static bool IsGood(string w) =>
        w is "goda" or "gott" or "god" or "bra" or "utmärkta" or "starka" or "positivt" or "positiivinen" or "positive" or "hyvä" or "hyvän" or "hyviä" or "hyvät" or "erinomainen"
            or "erinomaisia" or "erinomaiset" or "good" or "strong" or "excellent";

    private static bool IsKeyFigures(string w) => w.StartsWith("tunnusluvu", StringComparison.Ordinal) || w.StartsWith("nyckeltal", StringComparison.Ordinal);

    private static bool IsResult(string w) =>
        w.StartsWith("resultat", StringComparison.Ordinal) || w.StartsWith("tulos", StringComparison.Ordinal) || w.StartsWith("tulok", StringComparison.Ordinal)
        || w.EndsWith("år", StringComparison.Ordinal) || w.EndsWith("vuosi", StringComparison.Ordinal) || w is "utfall" or "result" or "results" or "year";
}
