namespace Cockpit.Status;

/// <summary>
/// What the goal needs is still open: "rahoitus on edelleen auki", "ratkaisu puuttuu vielä", "finansieringen är fortfarande
/// oklar", "funding is still open". Only about a decision, funding or a solution, or with "still", so that an open library
/// ("kirjasto on auki") is no risk.
/// </summary>
internal static class OpenRules
{
    /// <summary>"Rahoituksesta ei ole vielä päätetty", "finansieringen har ännu inte beslutats", "funding has not yet been decided".</summary>
    public static void NotYetDecided(SentenceContext s, int i, ref StatusResolver found)
    {
        // "tehty", "solmittu" only of a contract or decision ("eikä uutta sopimusta ole tehty"); not "Remonttia ei ole vielä tehty", a
        // work, nor "tyytyväisyyskyselyä ei ole vielä tehty, joten tavoitteen arvio tehdään vasta syksyllä", a survey that defers the assessment.
        if (s.T[i].Word is "tehty" or "solmittu" or "ingåtts" or "tecknats" && (s.SentenceHas(Cue.Assess | Cue.ForecastNoun)
            || s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => IsDecision(w) || w.Contains("sopimu", StringComparison.Ordinal) || w.StartsWith("avtal", StringComparison.Ordinal)) < 0)) return;
        // Not "ei vielä edellytä uutta päätöstä": a decision not needed.
        if (s.Negator(i) >= 0 && (IsAnnounced(s.T[i].Word) ? WhenAfter(s, i) : s.ClauseHas(i, Cue.Yet) && StillOrNeeded(s, i) || NewOneBefore(s, i))
            && s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("edellyt", StringComparison.Ordinal) || w.StartsWith("vaadi", StringComparison.Ordinal) || w.StartsWith("tarvi", StringComparison.Ordinal)) < 0)
            found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, Math.Min(i, s.Negator(i)), Math.Max(i, s.Negator(i))));
    }

    /// <summary>"valtuusto päättää, myönnetäänkö suunnitteluun 200 000 euroa", "nämnden avgör om …", "the board decides whether …": during the year, a decision still to come.</summary>
    public static void DecidesWhether(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast || s.T[i].Word is not ("päättää" or "päättävät" or "ratkaisee" or "avgör" or "beslutar" or "decides") || s.Negator(i) >= 0 || i + 1 >= s.T.Count) return;
        // The question may wait past a time: "päättää lokakuussa, myönnetäänkö".
        var asked = s.ClauseEnd(i) is var next && next < s.T.Count && next <= i + 3 ? next : i + 1;
        var w = s.T[asked].Word;
        if (w is "huruvida" or "whether" or "om" || w.Length > 4 && (w.EndsWith("ko", StringComparison.Ordinal) || w.EndsWith("kö", StringComparison.Ordinal)) && s.T[asked].Clause != s.T[i].Clause)
            found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i, asked));
    }

    /// <summary>During the year "Kustannuksiin on haettu ministeriön avustusta": funding applied for, not yet granted.</summary>
    public static void AppliedFor(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.T[i].Word is not ("haettu" or "ansökts" or "sökts" or "applied") || s.Negator(i) >= 0 || s.Round != RoundKind.Forecast) return;
        if (s.FindWord(i + 1, s.ClauseEnd(i), w => w.Contains("avustu", StringComparison.Ordinal) || w.Contains("rahoitu", StringComparison.Ordinal) || w.StartsWith("bidrag", StringComparison.Ordinal)
                || w.StartsWith("stöd", StringComparison.Ordinal) || w is "grant" or "funding") is var applied and >= 0)
            found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i, applied));
    }

    /// <summary>"Teatterit odottelevatkin nyt, milloin siirrettyjä esityksiä päästään jatkamaan": waiting to hear when, open.</summary>
    public static void WaitingForWhen(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.T[i].Word is not ("odottavat" or "odottelevat" or "odottelevatkin" or "odottavatkin" or "väntar" or "waiting") || i + 1 >= s.T.Count
            || s.T[i + 1].Word is not ("nyt" or "nu" or "now" or "milloin" or "när" or "when") || WhenIndexAfter(s, i) is not (var when and >= 0)) return;
        found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i, when));
    }

    /// <summary>"polisen har inte meddelat när beslutet kommer", "ei ole ilmoittanut / kertonut, milloin": not said when, right after the verb.</summary>
    private static bool WhenAfter(SentenceContext s, int i) => WhenIndexAfter(s, i) >= 0;

    private static int WhenIndexAfter(SentenceContext s, int i) => s.FindWord(i + 1, Math.Min(s.T.Count, i + 3), w => w is "när" or "milloin" or "when");

    private static bool IsAnnounced(string w) => w is "meddelat" or "ilmoittanut" or "ilmoittaneet" or "announced"
        or "kertonut" or "kertoneet" or "berättat" or "said"; // "Toimittaja ei ole kertonut, milloin portit saadaan käyttöön"

    /// <summary>"Uutta asennusajankohtaa ei ole sovittu", "Nytt datum har inte bestämts": a new one, not yet decided.</summary>
    private static bool NewOneBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w is "uutta" or "uusi" or "uusia" or "nytt" or "ny" or "nya" or "new") >= 0;

    public static bool IsDecided(string w) =>
        w is "päätetty" or "sovittu" or "ratkaistu" or "varmistettu" or "päätöstä" or "beslutats" or "beslutad" or "beslutat" or "säkrats" or "decided" or "agreed" or "secured"
            or "vahvistanut" or "vahvistaneet" or "vahvistettu" or "bekräftat" or "bekräftats" or "confirmed" // "Toimittaja ei ole toistaiseksi vahvistanut päivää"
            or "allekirjoitettu" or "undertecknat" or "undertecknats" or "signed" // "Vuokrasopimusta ei ole vielä allekirjoitettu"
            or "solmittu" or "tehty" or "ingåtts" or "tecknats" // "eikä uutta sopimusta ole tehty": of a contract or decision only (see NotYetDecided)
            or "vastattu" or "vastannut" or "vastanneet" or "besvarats" or "besvarat" or "answered" // "Lausuntopyyntöön ei ole vastattu", "Puolustusvoimat ei ole vielä vastannut"
            or "ratkaissut" or "ratkaisseet" or "päättänyt" or "päättäneet" // "Yrittäjä ei ole vielä ratkaissut, luovutetaanko rakennus"
        || IsAnnounced(w); // only before "när", "milloin", "when": see WhenAfter

    public static void Read(SentenceContext s, int i, ref StatusResolver found)
    {
        // "Kaupunki selvittää vielä, miten aukioloaikoja voisi pidentää": looking into how to do more is no open question of the goal.
        if (s.T[i].Word.StartsWith("selvit", StringComparison.Ordinal) && s.FindWord(i + 1, Math.Min(s.T.Count, i + 4), w => w is "miten" or "voisiko" or "kuinka") >= 0) return;
        // "Avustuspäätöksiä ei ole vielä tehty, joten tapahtumien määrä on auki": the decision may stand in another clause.
        var decisionInSentence = s.T[i].Has(Cue.Open) && AnyClause(s, c => StillOrNeeded(s, c));
        // "vuokrasalin ehdoista neuvotellaan", "avtalet förhandlas": terms still being negotiated.
        var negotiated = s.T[i].Word is "neuvotellaan" or "förhandlas" && s.Round == RoundKind.Forecast;
        if (s.Negator(i) >= 0 || DataAwaited(s, i) || !(negotiated || StillOrNeeded(s, i) || decisionInSentence || s.T[i].Has(Cue.Open) && s.ClauseHas(i, Cue.Realise) || OpenQuestion(s, i) || WhenIsOpen(s, i))) return;
        found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i, i));
    }

    /// <summary>
    /// "När själva renoveringen ska ske är också oklart", "Milloin työt alkavat, on epäselvää", "Aloitusajankohta on avoin":
    /// when it happens is unclear (not "När biblioteket är öppet").
    /// </summary>
    private static bool WhenIsOpen(SentenceContext s, int i) =>
        s.T[i].Word is "oklart" or "oklar" or "epäselvää" or "epäselvä" or "unclear" && s.T[0].Word is "när" or "milloin" or "when"
        || s.T[i].Word is "avoin" or "auki" or "oklar" or "oklart" or "open" && s.FindWord(s.ClauseStart(i), i, w => w.EndsWith("ajankohta", StringComparison.Ordinal) || w.EndsWith("aikataulu", StringComparison.Ordinal)
            || w.StartsWith("tidpunkt", StringComparison.Ordinal) || w.StartsWith("tidtabell", StringComparison.Ordinal) || w.StartsWith("tidsplan", StringComparison.Ordinal) || w is "timing" or "schedule" or "date") >= 0;

    /// <summary>"whether the autumn programme closes the gap to the target remains an open question", "on avoin kysymys", "är en öppen fråga".</summary>
    private static bool OpenQuestion(SentenceContext s, int i) =>
        i + 1 < s.T.Count && (s.HasGoal && s.T[i + 1].Word is "question" or "kysymys" or "fråga" or "frågan"
            || s.T[i + 1].Word is "om" or "whether" or "huruvida" && s.HasIn(i + 2, s.ClauseEnd(i), Cue.Finish | Cue.Progress)); // "oklart om besökarantalet hinner återhämta sig"

    /// <summary>"odottaa vielä toimialan päätöstä", "väntar på beslut", "awaits a decision", "odottaa vielä tiloja": open until decided or still waiting.</summary>
    public static void Awaited(SentenceContext s, int i, ref StatusResolver found)
    {
        // "korjaus on jätetty odottamaan maakuntauudistusta": a work put aside until something else comes.
        if (s.T[i].Word == "odottamaan" && i > 0 && s.T[i - 1].Word.StartsWith("jäte", StringComparison.Ordinal) && s.Negator(i) < 0)
        {
            found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i - 1, i));
            return;
        }
        if (s.T[i].Word is not ("odottaa" or "odottavat" or "väntar" or "awaits" or "awaiting" or "waiting") || s.Negator(i) >= 0 || DataAwaited(s, i)) return;
        for (var j = i + 1; j < s.T.Count && s.T[j].Clause == s.T[i].Clause; j++)
            if (IsDecision(s.T[j].Word) || IsOtherWork(s.T[j].Word) || j == i + 1 && IsStill(s.T[j].Word) || i > 0 && IsStill(s.T[i - 1].Word)) // "odottaa vielä tilojen vapautumista", "resten fortfarande väntar"
            {
                found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i, j));
                return;
            }
    }

    /// <summary>
    /// "Muussa tapauksessa työ odottaa seuraavaa lupakäsittelyä", "I annat fall skjuts öppningen till våren": the fallback is
    /// a wait or a delay, so the plan hangs on the condition said before it.
    /// </summary>
    public static void Otherwise(SentenceContext s, int i, ref StatusResolver found)
    {
        var t = s.T;
        if (!(t[i].Word is "annars" or "otherwise" || t[i].Word == "tapauksessa" && i > 0 && t[i - 1].Word is "muussa" or "päinvastaisessa"
            || t[i].Word == "fall" && i > 1 && t[i - 1].Word == "annat" && t[i - 2].Word == "i")) return;
        for (var j = i + 1; j < t.Count && t[j].Clause == t[i].Clause; j++)
            if (t[j].Has(Cue.Delay | Cue.Shift | Cue.Cancel | Cue.NextYear) || t[j].Word is "odottaa" or "odottavat" or "väntar" or "waits" or "wait")
            {
                found.Add(SentenceReader.Make(s, Rules.RiskConditional, false, t[i].Word == "tapauksessa" ? i - 1 : t[i].Word == "fall" ? i - 2 : i, j));
                return;
            }
    }

    /// <summary>"Tiedot odottavat vielä toimialalta", "we are waiting for the figures": the data are awaited, which is no assessment yet, not a risk.</summary>
    private static bool DataAwaited(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == s.T[i].Clause; j++)
            if (IsData(s.T[j].Word)) return true;
        return false;
    }

    /// <summary>"tiedot", "kävijätiedot", "luvut", "uppgifterna", "data": figures rather than a work.</summary>
    internal static bool IsData(string w) =>
        w.EndsWith("tiedot", StringComparison.Ordinal) || w.EndsWith("tietoja", StringComparison.Ordinal) || w.EndsWith("luvut", StringComparison.Ordinal)
        || w.EndsWith("lukuja", StringComparison.Ordinal) || w.EndsWith("tulokset", StringComparison.Ordinal) || w.EndsWith("tuloksia", StringComparison.Ordinal)
        || w.StartsWith("uppgift", StringComparison.Ordinal) || w.EndsWith("siffrorna", StringComparison.Ordinal) || w.EndsWith("siffror", StringComparison.Ordinal) || w.StartsWith("underlag", StringComparison.Ordinal) || w.EndsWith("raportit", StringComparison.Ordinal)
        || w is "data" or "figures" or "results" or "counts" or "statistics";

    /// <summary>"suihkut odottavat putkiremonttia", "työ odottaa sähköremonttia": another work that must come first.</summary>
    private static bool IsOtherWork(string w) => w.EndsWith("remonttia", StringComparison.Ordinal) || w.EndsWith("korjausta", StringComparison.Ordinal) || w.EndsWith("saneerausta", StringComparison.Ordinal) // "kiuas odottaa sähkösaneerausta"
        || w.EndsWith("renovering", StringComparison.Ordinal);

    /// <summary>A decision, funding, or what a work waits on before it may go on: a review, a plan, a permit, an approval.</summary>
    internal static bool IsDecision(string w) =>
        w.StartsWith("päätö", StringComparison.Ordinal) || w.StartsWith("beslut", StringComparison.Ordinal) || w.Contains("rahoitu", StringComparison.Ordinal) // "palkkarahoitusta"
        || w.StartsWith("finansiering", StringComparison.Ordinal) || w.Contains("tarkistus", StringComparison.Ordinal) || w.Contains("suunnitelm", StringComparison.Ordinal)
        || w.EndsWith("lupaa", StringComparison.Ordinal) || w.StartsWith("hyväksyn", StringComparison.Ordinal) || w.StartsWith("bygglov", StringComparison.Ordinal)
        || w.StartsWith("tillstånd", StringComparison.Ordinal) || w.StartsWith("godkännande", StringComparison.Ordinal)
        || w is "decision" or "approval" or "funding" or "survey" or "review" or "permit";

    /// <summary>
    /// "Hankkeen jatkosta päätetään vasta marraskuussa", "beslutas först i november": the decision comes later. "Jatkumisen
    /// ratkaisee se, myöntääkö ministeriö avustuksen", "Jää nähtäväksi, alkavatko työt", "it remains to be seen whether": what
    /// decides is asked, so the goal is open.
    /// </summary>
    public static void DecidedOnlyLater(SentenceContext s, int i, ref StatusResolver found)
    {
        var w = s.T[i].Word;
        // "se on oma lukunsa, ehtiikö se valmistua tänä vuonna", "on eri asia, valmistuuko halli": another matter, asked.
        // "vasta silloin nähdään, riittääkö määräraha": it will be seen, asked; not when the results are awaited.
        var willBeSeen = w is "nähdään" or "selviää" && s.FindWord(0, s.T.Count, IsData) < 0;
        var seen = w == "nähtäväksi" || w == "se" && i > 0 && s.T[i - 1].Word == "att" && i > 1 && s.T[i - 2].Word == "återstår"
            || w == "seen" && i > 1 && s.T[i - 2].Word == "to" && s.T[i - 1].Word == "be"
            || (w == "lukunsa" && i > 0 && s.T[i - 1].Word == "oma" || w == "asia" && i > 0 && s.T[i - 1].Word is "eri" or "toinen"
                || willBeSeen) && AskedAfter(s, i) >= 0;
        if (!seen && w is not ("päätetään" or "vahvistetaan" or "bekräftas" or "ratkaistaan" or "ratkaisee" or "ratkaisevat" or "ratkeaa" or "ratkeavat" or "riippuu" or "beslutas" or "avgörs" or "avgör")) return;
        // "Loppuvuoden tulos ratkeaa syysnäyttelyn kävijämäärän mukaan", "avgörs beroende på", "lopputulos ratkeaa joulukonserttien
        // myynnistä": decided by what is still to come.
        if (!seen && (AskedAfter(s, i) is var q and >= 0 ? q : s.FindWord(i + 1, s.ClauseEnd(i), by => by is "mukaan" or "beroende") is var by and >= 0 ? by : ByWhatAfter(s, i)) is var asked and >= 0
            && s.Negator(i) < 0)
        {
            found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i, asked));
            return;
        }
        // "joissa sää ratkaisee paljon", "lokakuun säätila ratkaisee", "vädret i september avgör": what decides is still to come.
        // Not "sää ratkaisee, kuinka selvästi se ylittyy": how far, asked after it, is another matter.
        var end = i + 1 < s.T.Count && s.T[i + 1].Word is "paljon" or "mycket" or "much" ? i + 2 : i + 1;
        if (w is "ratkaisee" or "ratkaisevat" or "avgör" && s.Negator(i) < 0 && i > 0 && (end == s.T.Count || end == s.ClauseEnd(i) && AskedAfter(s, i) < 0
                && s.T[end].Word is not ("kuinka" or "miten" or "paljonko" or "hur" or "how" or "whether" or "om")))
        {
            found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, i - 1, i));
            return;
        }
        if (seen && s.Negator(i) < 0)
        {
            // "vasta silloin nähdään, riittääkö määräraha": what is asked is the open point.
            // Not "mutta vuonna 2068 nähdään, riittääkö malli pysyvästi": a question about a later year.
            var at = willBeSeen ? AskedAfter(s, i) : i;
            if (at != i && s.LaterYearIn(s.ClauseStart(i), s.ClauseEnd(at))) return;
            found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, at, at));
            return;
        }
        // "kohtalo ratkeaa viimeistään ensi vuoden syksyllä", "beslutas först i november": decided later. A thing confirmed only at
        // a date ("uudet hinnat vahvistetaan vasta marraskuussa") is a figure the estimate waits for, read elsewhere as deferred.
        // During the year any of these verbs with "myöhemmin", "senare" ("Kilpailun järjestäminen vahvistetaan myöhemmin",
        // "Rahoituksesta päätetään myöhemmin"): settled later, so open now.
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == s.T[i].Clause; j++)
            if (w is not ("vahvistetaan" or "bekräftas") && (s.T[j].Word is "vasta" or "först" or "viimeistään" || s.T[j].Has(Cue.NextYear) && j > i)
                || j == i + 1 && s.T[j].Word is "myöhemmin" or "senare" && s.Round == RoundKind.Forecast && !s.SentenceHas(Cue.ForecastNoun | Cue.Assess))
            {
                found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, Math.Min(i, j), Math.Max(i, j)));
                return;
            }
    }

    /// <summary>"ratkeaa joulukonserttien myynnistä", "ratkeaa … rahoituspäätöksessä": a noun in the elative, or a decision in the inessive, within three words after "ratkeaa", what it is decided by; its index, or -1.</summary>
    private static int ByWhatAfter(SentenceContext s, int i) =>
        s.T[i].Word is "ratkeaa" or "ratkeavat" && s.FindWord(i + 1, s.ClauseEnd(i), w => w is "alkaen" or "lähtien") < 0 // not "ratkeaa elokuusta alkaen", solved from August
            ? s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w.Length > 5 && (w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal)
                || IsDecision(w) && (w.EndsWith("ssa", StringComparison.Ordinal) || w.EndsWith("ssä", StringComparison.Ordinal)))) : -1; // "ratkeaa säätiön elokuun rahoituspäätöksessä"

    /// <summary>"ratkaisee se, myöntääkö", "riippuu siitä, saadaanko": the next clause opens with a question verb (-ko, -kö); its index, or -1.</summary>
    private static int AskedAfter(SentenceContext s, int i)
    {
        var next = s.ClauseEnd(i);
        if (next >= s.T.Count || next > i + 3) return -1;
        var w = s.T[next].Word;
        return w.Length > 4 && (w.EndsWith("ko", StringComparison.Ordinal) || w.EndsWith("kö", StringComparison.Ordinal)) ? next : -1;
    }

    private static bool AnyClause(SentenceContext s, Func<int, bool> test)
    {
        for (var j = 0; j < s.T.Count; j++)
            if ((j == 0 || s.T[j].Clause != s.T[j - 1].Clause) && test(j)) return true;
        return false;
    }

    private static bool IsStill(string w) => w is "vielä" or "yhä" or "edelleen" or "ännu" or "fortfarande" or "still";

    private static bool StillOrNeeded(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
        {
            var w = s.T[j].Word;
            if (IsStill(w) || w is "yet" or "kunnes" or "tills" or "until") return true;
            if (w.StartsWith("rahoitu", StringComparison.Ordinal) || w.StartsWith("ratkaisu", StringComparison.Ordinal)
                || w.StartsWith("päätös", StringComparison.Ordinal) || w.StartsWith("finansiering", StringComparison.Ordinal)
                || w.StartsWith("lösning", StringComparison.Ordinal) || w.StartsWith("beslut", StringComparison.Ordinal)
                || w is "funding" or "solution" or "decision") return true;
            if (w.EndsWith("ratkaisu", StringComparison.Ordinal) || w.EndsWith("rahoitus", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
