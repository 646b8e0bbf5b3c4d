namespace Cockpit.Status;

/// <summary>
/// Reads one sentence: a verdict about the goal if it gives one, risk cues, and plain progress.
/// Rules, in the words of domain.md: a verb of realisation (toteutua, saavuttaa, uppnå, achieve) is a verdict when the
/// sentence names the goal or frames a forecast, or when its form is one only goals take (on toteutumassa, saavutetaan);
/// its polarity comes from the negation scope and abessive forms; the verdict is then softened to at_risk by a modal,
/// a hedge, a conditional or a delay in its own sentence, and turned by a double negation.
/// </summary>
internal static class SentenceReader
{
    public static void Read(SentenceContext s, ref SentenceFindings found)
    {
        var t = s.T;
        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i];
            if (tok.Has(Cue.Realise) && tok.Form != VerbForm.None && i != s.FigureWord) Realise(s, i, ref found);
            if (tok.Has(Cue.Fail)) Fail(s, i, ref found);
            if (tok.Has(Cue.Remain)) Shortfall(s, i, ref found);
            if (tok.Has(Cue.Above | Cue.Below)) OutcomeRules.Threshold(s, i, ref found);
            if (tok.Has(Cue.Cancel)) OutcomeRules.Cancel(s, i, ref found);
            if (tok.Has(Cue.Finish)) OutcomeRules.NotInTime(s, i, ref found);
            if (tok.Has(Cue.ForecastNoun)) NoForecast(s, i, ref found);
            if (tok.Has(Cue.Delay | Cue.Shift)) Delay(s, i, ref found);
            var completed = tok.Has(Cue.Finish) && FateRules.Completed(s, i, ref found);
            if (tok.Has(Cue.Progress | Cue.OnTrack) && !completed) Progress(s, i, ref found);
            if (tok.Has(Cue.Hedge)) HedgePredicate(s, i, ref found);
            if (tok.Has(Cue.Conditional) && i == s.Conditional)
                found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.conditional", 0, 3, 0.6, i, i));
            if (tok.Has(Cue.Assess)) Unassessable(s, i, ref found);
            if (tok.Has(Cue.Defer)) Deferred(s, i, ref found);
            if (tok.Has(Cue.Obstacle)) FateRules.Obstacle(s, i, ref found);
            if (tok.Has(Cue.Infeasible)) FateRules.Infeasible(s, i, ref found);
            if (tok.Has(Cue.Replace)) FateRules.NotReplaced(s, i, ref found);
            if (tok.Has(Cue.Certain) && i == s.Hedge && !s.HasRealiseVerb)
                found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.uncertain", 0, 4, 0.65, FateRules.DenierBefore(s, i), i));
            if (tok.Cues == Cue.None && IsPerfectPassive(s, i))
                found.AddProgress(Make(s, ForecastStatus.OnTrack, "progress", 0, 0, 0.55, i - 1, i));
            if (tok.Word is "paljon" or "mycket" or "lot" or "much" && WorkLeft(s, i))
                found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.work_left", 0, 4, 0.6, i, i));
            if (tok.Word == "kesken" && StillUnfinished(s, i))
                found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.stalled", 0, 5, 0.6, StillUnfinished(s, i) ? s.ClauseStart(i) : i, i));
            if (tok.Has(Cue.Corona) && !DeniedEffect(s, i)) found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.corona", 0, 1, 0.45, i, i));
        }
    }

    /// <summary>
    /// "sisällöt on koottu", "tilat ovat kunnostettu", "on laadittu": Finnish "on/ovat" with a past passive participle
    /// (-ttu, -tty, -ltu, -stu, -nnu, -rru) is work done; undenied, it is progress like "on aloitettu".
    /// </summary>
    private static bool IsPerfectPassive(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (i == 0 || w.Length < 5 || s.T[i - 1].Word is not ("on" or "ovat") || s.T[i - 1].Clause != s.T[i].Clause || s.Negator(i) >= 0) return false;
        var e = w.AsSpan(w.Length - 3);
        return e[2] is 'u' or 'y' && e[1] == 't' && e[0] is 't' or 'l' or 's' || e is "nnu" or "nny" or "rru" or "rry";
    }

    /// <summary>"tehtävää on vielä paljon", "paljon työtä jäljellä", "mycket arbete kvar", "a lot of work remains": much still to do.</summary>
    private static bool WorkLeft(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
            if (s.T[j].Word is "tehtävää" or "työtä" or "jäljellä" or "kvar" or "återstår" or "remains" or "remaining" or "left") return true;
        return false;
    }

    /// <summary>"edelleen kesken", "yhä kesken": still unfinished (not "kesken vuoden", in the middle of the year).</summary>
    private static bool StillUnfinished(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
            if (s.T[j].Word is "edelleen" or "yhä" or "vieläkin") return true;
        return false;
    }

    private static void Realise(SentenceContext s, int i, ref SentenceFindings found)
    {
        var tok = s.T[i];
        if (s.StartsWork(i))
        {
            found.AddProgress(Make(s, ForecastStatus.OnTrack, "progress", 0, 0, 0.55, i, i + 1));
            return;
        }
        if (tok.Form == VerbForm.Noun)
        {
            RealiseNoun(s, i, ref found);
            return;
        }
        // "verifiera om målet uppnåtts", "assess whether the target was met": the verb is asked about, not stated.
        if (s.Asked >= 0 && s.Asked < i) return;
        var neg = s.Negator(i);
        var weak = tok.Has(Cue.Weak) && tok.Form != VerbForm.Progressive;
        var neg0 = neg >= 0 ? Math.Min(neg, i) : i;
        // A subjectless verdict ("Toteutunut 31.8.2020.", "Ei toteudu tänä vuonna.") is about the goal the cell reports on;
        // a negated one about this year ("Palvelutorit eivät toteudu vuonna 2020") is a miss whatever its subject.
        // The work the goal is made of as subject ("käyttöönotto onnistui", "uudistus ei onnistu") stands for the goal, unless only part of it.
        var implicitGoal = s.OpensSentence(neg0) || (neg >= 0 && s.HasThisYear) || (s.ClauseHas(i, Cue.Work) && !s.ClauseHas(i, Cue.Partial));
        if (weak && !s.HasGoal && !s.HasFrame && !implicitGoal)
        {
            // "Etätyöskentely toteutuu", "käyttöönottaminen ei tule onnistumaan": about something else than the goal.
            if (neg >= 0 || tok.Form == VerbForm.Abessive)
                found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.partial", 0, 4, 0.6, Math.Max(0, Math.Min(neg < 0 ? i : neg, i)), i));
            else found.AddProgress(Make(s, ForecastStatus.OnTrack, "progress", 0, 0, 0.55, i, i));
            return;
        }
        var from = neg >= 0 ? Math.Min(neg, i) : i;
        var to = Math.Max(neg, i);
        var miss = tok.Form == VerbForm.Abessive ? neg < 0 : neg >= 0;
        var strength = s.HasGoal ? 2 : 1;
        ForecastStatus status;
        string rule;
        var notFully = miss && tok.Form != VerbForm.Abessive ? s.ClauseFind(i, Cue.Fully) : -1;
        if (notFully >= 0)
        {
            // "ei toteudu täysin", "uppnås inte helt", "will not be fully met": met in part (but "jää kokonaan toteutumatta" is a miss).
            (status, rule) = (ForecastStatus.AtRisk, "verdict.partial");
            to = Math.Max(to, notFully);
        }
        else if (miss)
        {
            status = ForecastStatus.WillNotBeMet;
            rule = tok.Form == VerbForm.Abessive ? "verdict.unrealised" : "verdict.negated";
            var remain = s.ClauseFind(i, Cue.Remain);
            if (remain >= 0 && remain < from) from = remain;
        }
        else if (tok.Form == VerbForm.Abessive)
        {
            (status, rule) = (ForecastStatus.OnTrack, "verdict.double_negation"); // "ei jää toteutumatta"
        }
        else
        {
            var past = tok.Form == VerbForm.Past || (tok.Form == VerbForm.Participle && !s.FutureBefore(i)) || AfterPastCatenative(s, i);
            (status, rule) = past ? (ForecastStatus.Achieved, "verdict.achieved") : (ForecastStatus.OnTrack, "verdict.on_track");
        }
        var confidence = strength == 2 ? 0.9 : 0.75;
        if (notFully < 0) Soften(s, i, miss, ref status, ref rule, ref confidence, ref from, ref to);
        found.AddVerdict(Make(s, status, rule, strength, 0, confidence, from, to));
    }

    /// <summary>"on onnistuttu saavuttamaan", "pystyttiin saavuttamaan": an infinitive after a past "managed to" is past.</summary>
    private static bool AfterPastCatenative(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (i == 0 || !(w.EndsWith("maan", StringComparison.Ordinal) || w.EndsWith("mään", StringComparison.Ordinal))) return false;
        var prev = s.T[i - 1];
        return prev.Clause == s.T[i].Clause && (prev.Has(Cue.Realise) && prev.Form == VerbForm.Past
            || prev.Word is "pystyttiin" or "pystytty" or "pystyi" or "pystyivät" or "pystyneet" or "pystynyt");
    }

    /// <summary>The verdict's own sentence can weaken it: double negation, a modal, "not yet", a conditional, a hedge, a delay.</summary>
    private static void Soften(SentenceContext s, int i, bool miss, ref ForecastStatus status, ref string rule, ref double confidence, ref int from, ref int to)
    {
        var infeasible = FateRules.InfeasibleBefore(s, i);
        if (infeasible >= 0 && !miss)
        {
            // "impossible to meet the target": the verb is what cannot be done.
            (status, rule, confidence, from) = (ForecastStatus.WillNotBeMet, "verdict.infeasible", 0.8, Math.Min(from, infeasible));
            if (s.Modal(infeasible) >= 0 || s.Hedge >= 0) (status, rule) = (ForecastStatus.AtRisk, "verdict.risk");
            return;
        }
        var obstacle = FateRules.DeniedObstacleBefore(s, i);
        if (obstacle >= 0)
        {
            // "nothing would prevent the target from being reached": no obstacle is a forecast, not an achievement.
            status = miss ? ForecastStatus.AtRisk : ForecastStatus.OnTrack;
            (rule, confidence, from) = ("verdict.no_obstacle", 0.75, Math.Min(from, FateRules.DenierBefore(s, obstacle)));
            return;
        }
        if (s.NegatedEvidential >= 0 && s.NegatedEvidential < i)
        {
            // "Mikään ei viittaa siihen, että tavoite jäisi saavuttamatta": the denial of a miss is a forecast of success.
            status = miss ? ForecastStatus.OnTrack : ForecastStatus.AtRisk;
            rule = "verdict.double_negation";
            confidence = 0.7;
            from = Math.Min(from, EvidenceStart(s, s.NegatedEvidential));
            return;
        }
        if (s.NoPossibility >= 0 && s.NoPossibility < i && !miss)
        {
            // "Ei ole mahdollista, että tavoite toteutuu", "it is not possible to meet the target": ruled out.
            (status, rule, confidence, from) = (ForecastStatus.WillNotBeMet, "verdict.infeasible", 0.8, Math.Min(from, s.NoPossibility));
            return;
        }
        if (s.PartScope >= 0 && !miss)
        {
            // "Mökkien osalta tavoite on saavutettu", "för stugornas del", "as for the cottages": met for a part only.
            (status, rule, confidence) = (ForecastStatus.AtRisk, "verdict.partial", 0.75);
            (from, to) = (Math.Min(from, s.PartScope), Math.Max(to, s.PartScope));
            return;
        }
        var modal = s.Modal(i);
        if (modal >= 0)
        {
            (status, rule, confidence) = (ForecastStatus.AtRisk, "verdict.risk", 0.8);
            from = Math.Min(from, modal);
            return;
        }
        if (miss && s.T[i].Form == VerbForm.Past && s.ClauseHas(i, Cue.Yet))
        {
            (status, rule, confidence) = (ForecastStatus.AtRisk, "verdict.not_yet", 0.6);
            return;
        }
        var without = miss ? Without(s, i) : -1;
        if (s.Conditional >= 0 || without >= 0)
        {
            var c = s.Conditional >= 0 ? s.Conditional : without;
            (status, rule, confidence) = (ForecastStatus.AtRisk, "verdict.conditional", 0.8);
            (from, to) = (Math.Min(from, c), Math.Max(to, c));
            return;
        }
        if (s.Possibility >= 0)
        {
            // "On mahdollista, että tavoite jää saavuttamatta", "it is possible that the target is met": either way, uncertain.
            (status, rule, confidence) = (ForecastStatus.AtRisk, "verdict.possible", 0.75);
            (from, to) = (Math.Min(from, s.Possibility), Math.Max(to, s.Possibility));
            return;
        }
        // "will probably be met" is uncertain; "will probably not be met" is still a forecast of a miss.
        if (s.Hedge >= 0 && !(miss && s.T[s.Hedge].Has(Cue.Probable)))
        {
            (status, rule, confidence) = (ForecastStatus.AtRisk, "verdict.hedged", 0.8);
            (from, to) = (Math.Min(from, s.Hedge), Math.Max(to, s.Hedge));
            return;
        }
        // A delay in the verdict's clause or after it ("on toteutumassa, mutta korona voi viivästyttää") qualifies it;
        // one before it ("hankinta viivästyi, mutta tavoite saavutetaan") is what the verdict answers.
        var delay = s.ClauseFind(i, Cue.Delay);
        if (delay < 0) delay = FindAfter(s, i, Cue.Delay);
        if (!miss && delay >= 0 && s.Negator(delay) < 0 && !s.IsConceded(delay))
        {
            (status, rule, confidence) = (ForecastStatus.AtRisk, "verdict.delayed", 0.75);
            (from, to) = (Math.Min(from, delay), Math.Max(to, delay));
        }
    }

    /// <summary>
    /// "ilman lisärahoitusta", "utan extra medel", "without more staff" makes a negated verdict conditional: in its clause,
    /// after it, or fronted at the head of the sentence ("Without extra staff, the target cannot be met").
    /// </summary>
    private static int Without(SentenceContext s, int i)
    {
        var w = s.ClauseFind(i, Cue.Without);
        if (w < 0) w = FindAfter(s, i, Cue.Without);
        if (w < 0 && s.T[0].Has(Cue.Without)) w = 0;
        return w;
    }

    private static int EvidenceStart(SentenceContext s, int evidential)
    {
        var start = s.ClauseStart(evidential);
        for (var j = start; j < evidential; j++)
            if (s.T[j].Has(Cue.Negator | Cue.NegQuantifier)) return j;
        return evidential;
    }

    private static int FindAfter(SentenceContext s, int i, Cue cue)
    {
        for (var j = i + 1; j < s.T.Count; j++)
            if (s.T[j].Has(cue)) return j;
        return -1;
    }

    /// <summary>"Tavoitteen toteutuminen on epävarma", "måluppfyllelsen är osäker", "toteutuminen riippuu ...".</summary>
    private static void RealiseNoun(SentenceContext s, int i, ref SentenceFindings found)
    {
        var strength = s.HasGoal ? 2 : 1;
        var hedge = s.ClauseFind(i, Cue.Hedge);
        if (hedge >= 0)
        {
            found.AddVerdict(Make(s, ForecastStatus.AtRisk, "verdict.hedged", strength, 0, 0.85, Math.Min(i, hedge), Math.Max(i, hedge)));
            return;
        }
        if (s.Conditional >= 0)
        {
            found.AddVerdict(Make(s, ForecastStatus.AtRisk, "verdict.conditional", strength, 0, 0.8, Math.Min(i, s.Conditional), Math.Max(i, s.Conditional)));
            return;
        }
        var delay = s.ClauseFind(i, Cue.Delay);
        if (delay >= 0)
        {
            found.AddVerdict(Make(s, ForecastStatus.AtRisk, "verdict.delayed", strength, 0, 0.75, Math.Min(i, delay), Math.Max(i, delay)));
            return;
        }
        var onTrack = s.ClauseFind(i, Cue.OnTrack | Cue.Progress);
        if (onTrack >= 0 && s.Negator(onTrack) < 0)
            found.AddVerdict(Make(s, ForecastStatus.OnTrack, "verdict.on_track", strength, 0, 0.8, Math.Min(i, onTrack), Math.Max(i, onTrack)));
    }

    private static void Fail(SentenceContext s, int i, ref SentenceFindings found)
    {
        if (s.Negator(i) >= 0) return;
        var modal = s.Modal(i);
        // "The measure failed", "Toimenpide epäonnistui": the work the goal is made of failed.
        var work = s.ClauseHas(i, Cue.Work) && !s.ClauseHas(i, Cue.Partial);
        if (!s.HasGoal && !s.HasFrame && !work)
        {
            found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.failed", 0, 5, 0.65, i, i));
            return;
        }
        var strength = s.HasGoal ? 2 : 1;
        found.AddVerdict(modal >= 0
            ? Make(s, ForecastStatus.AtRisk, "verdict.risk", strength, 0, 0.8, modal, i)
            : Make(s, ForecastStatus.WillNotBeMet, "verdict.failed", strength, 0, 0.85, i, i));
    }

    /// <summary>"jää tavoitteesta", "jäi tavoitetasosta": falls short of the goal.</summary>
    private static void Shortfall(SentenceContext s, int i, ref SentenceFindings found)
    {
        var t = s.T;
        var c = t[i].Clause;
        for (var j = s.ClauseStart(i); j < t.Count && t[j].Clause == c; j++)
        {
            var w = t[j].Word;
            if (!t[j].Has(Cue.Goal) || !(w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal))) continue;
            var neg = s.Negator(i);
            var modal = s.Modal(i);
            var (status, rule, conf) = neg >= 0 ? (ForecastStatus.OnTrack, "verdict.double_negation", 0.7)
                : modal >= 0 ? (ForecastStatus.AtRisk, "verdict.risk", 0.8)
                : (ForecastStatus.WillNotBeMet, "verdict.shortfall", 0.85);
            var from = Math.Min(i, Math.Min(neg < 0 ? i : neg, modal < 0 ? i : modal));
            found.AddVerdict(Make(s, status, rule, 2, 0, conf, from, Math.Max(i, j)));
            return;
        }
    }

    /// <summary>A delay is a risk; a move to next year ("siirrettiin vuodelle 2021") is a miss for this year.</summary>
    private static void Delay(SentenceContext s, int i, ref SentenceFindings found)
    {
        if (s.Negator(i) >= 0) return;
        if (s.HasNextYearTarget)
        {
            var hedged = s.Modal(i) >= 0 || s.Conditional >= 0;
            found.AddVerdict(hedged
                ? Make(s, ForecastStatus.AtRisk, "verdict.risk", 1, 0, 0.7, i, i)
                : Make(s, ForecastStatus.WillNotBeMet, "verdict.postponed", PostponedStrength(s, i), 0, 0.8, i, LastYearToken(s, i)));
            return;
        }
        if (s.T[i].Has(Cue.Delay) || s.HasLaterTime)
            found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.delay", 0, 5, 0.7, i, i));
    }

    /// <summary>
    /// The goal, or the whole of its work ("käyttöönotto siirtyy vuoteen 2021"), moved into next year outweighs "not on
    /// schedule" in the same sentence; part of it ("osa kursseista"), or a clause that concedes, does not.
    /// </summary>
    private static int PostponedStrength(SentenceContext s, int i) =>
        s.ClauseHas(i, Cue.Goal) || s.ClauseHas(i, Cue.Work) && !s.ClauseHas(i, Cue.Partial) && !s.IsConceded(i) ? 2 : 1;

    /// <summary>"Korona ei ole vaikuttanut aikatauluun", "the pandemic has not affected": a corona cue whose effect is denied.</summary>
    private static bool DeniedEffect(SentenceContext s, int i)
    {
        var affect = s.ClauseFind(i, Cue.Affect);
        return affect >= 0 && s.Negator(affect) >= 0;
    }

    private static bool AffectBetween(SentenceContext s, int from, int to)
    {
        for (var j = from + 1; j < to; j++)
            if (s.T[j].Has(Cue.Affect)) return true;
        return false;
    }

    private static int LastYearToken(SentenceContext s, int i)
    {
        var last = i;
        for (var j = i + 1; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Year | Cue.NextYear)) last = j;
        return last;
    }

    private static void Progress(SentenceContext s, int i, ref SentenceFindings found)
    {
        var neg = s.Negator(i);
        // "ei ole haitannut hankkeen etenemistä", "has not affected progress": the harm is denied, not the progress.
        if (neg >= 0 && AffectBetween(s, neg, i)) neg = -1;
        var goal = s.ClauseHas(i, Cue.Goal);
        if (neg >= 0 && s.T[i].Has(Cue.Finish)) return; // "ei valmistu": read as time running out by OutcomeRules.NotInTime
        if (neg >= 0)
        {
            // "ei ole edennyt", "is not on track": stalled.
            if (goal && s.T[i].Has(Cue.OnTrack))
                found.AddVerdict(Make(s, ForecastStatus.AtRisk, "verdict.off_track", 2, 0, 0.75, Math.Min(neg, i), Math.Max(neg, i)));
            else found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.stalled", 0, 5, 0.65, Math.Min(neg, i), Math.Max(neg, i)));
            return;
        }
        var from = PhraseStart(s, i);
        if (s.T[i].Has(Cue.OnTrack) && FateRules.ClauseCompleted(s, i)) return; // "Hanke valmistui aikataulussa": done, not a forecast
        if (goal && s.T[i].Has(Cue.OnTrack) && !s.ClauseHas(i, Cue.Realise))
        {
            // "on track with a slight reservation", "enligt plan, men ... försenats": softened like any verdict.
            var (status, rule, confidence, to) = (ForecastStatus.OnTrack, "verdict.on_track", 0.85, i);
            Soften(s, i, false, ref status, ref rule, ref confidence, ref from, ref to);
            found.AddVerdict(Make(s, status, rule, 2, 0, confidence, from, to));
        }
        else found.AddProgress(Make(s, ForecastStatus.OnTrack, "progress", 0, 0, 0.6, from, i));
    }

    /// <summary>"The goal is at risk", "tavoite on vaarassa": a hedge that is itself the verdict; elsewhere a risk cue.</summary>
    private static void HedgePredicate(SentenceContext s, int i, ref SentenceFindings found)
    {
        if (s.IsDeniedHedge(i))
        {
            // "Tavoite ei ole vaarassa", "målet är inte hotat", "the goal is not at risk": denied risk is on track.
            if (s.ClauseHas(i, Cue.Goal) && !ClauseHasRealiseVerb(s, i))
                found.AddVerdict(Make(s, ForecastStatus.OnTrack, "verdict.not_at_risk", 2, 0, 0.75, FateRules.DenierBefore(s, i), i));
            return;
        }
        if (s.ClauseHas(i, Cue.Goal) && !ClauseHasRealiseVerb(s, i) && !s.ClauseHas(i, Cue.Assess))
            found.AddVerdict(Make(s, ForecastStatus.AtRisk, "verdict.hedged", 2, 0, 0.85, PhraseStart(s, i), i));
        else if (!s.HasRealiseVerb && i == s.Hedge)
            found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.hedge", 0, 4, 0.65, i, i));
    }

    /// <summary>The first word of a two-word cue ("on track", "at risk", "enligt plan") belongs to the phrase.</summary>
    private static int PhraseStart(SentenceContext s, int i) =>
        i > 0 && s.T[i - 1].Clause == s.T[i].Clause && s.T[i - 1].Word is "on" or "at" or "as" or "enligt" or "som" or "in" ? i - 1 : i;

    private static bool ClauseHasRealiseVerb(SentenceContext s, int i)
    {
        var t = s.T;
        for (var j = s.ClauseStart(i); j < t.Count && t[j].Clause == t[i].Clause; j++)
            if (t[j].Has(Cue.Realise) && t[j].Form is not (VerbForm.None or VerbForm.Noun)) return true;
        return false;
    }

    /// <summary>"Toteutumista ei voida arvioida" is not_assessed; "vaikutuksia ei pystytä arvioimaan" (effects, not fulfilment) is a risk.</summary>
    private static void Unassessable(SentenceContext s, int i, ref SentenceFindings found)
    {
        var neg = s.Negator(i);
        var impossible = s.ClauseFind(i, Cue.Impossible);
        if (neg < 0 && impossible < 0) return;
        var from = Math.Min(i, neg >= 0 ? neg : impossible);
        var to = Math.Max(i, impossible);
        if (s.HasEffect)
            found.AddRisk(Make(s, ForecastStatus.AtRisk, "risk.unassessable", 0, 3, 0.6, from, to));
        else
            found.AddVerdict(Make(s, ForecastStatus.NotAssessed, "verdict.unassessable", s.HasGoal ? 2 : 1, 0, 0.8, from, to));
    }

    /// <summary>"Ennuste annetaan seuraavalla kierroksella": the forecast itself comes later.</summary>
    private static void Deferred(SentenceContext s, int i, ref SentenceFindings found)
    {
        if (s.HasRealiseVerb) return;
        for (var j = 0; j < s.T.Count; j++)
        {
            if (!s.T[j].Has(Cue.ForecastNoun | Cue.Assess)) continue;
            found.AddVerdict(Make(s, ForecastStatus.NotAssessed, "verdict.deferred", 1, 0, 0.7, Math.Min(i, j), Math.Max(i, j)));
            return;
        }
    }

    /// <summary>"No forecast yet", "ei ennustetta", "ingen bedömning": the forecast is absent (a realise verb makes it a verdict instead).</summary>
    private static void NoForecast(SentenceContext s, int i, ref SentenceFindings found)
    {
        if (s.HasRealiseVerb || i == 0 || s.T[i - 1].Clause != s.T[i].Clause || !s.T[i - 1].Has(Cue.NegQuantifier | Cue.Negator)) return;
        found.AddVerdict(Make(s, ForecastStatus.NotAssessed, "verdict.no_forecast", 1, 0, 0.7, i - 1, i));
    }

    internal static Finding Make(SentenceContext s, ForecastStatus status, string rule, int strength, int severity, double confidence, int from, int to)
    {
        var t = s.T;
        // Keep "on", "ei", "tullaan", "will", "har" before the phrase: "on saavutettu", "will not be met".
        for (var k = 0; k < 2 && from > 0 && t[from - 1].Clause == t[from].Clause && t[from - 1].Has(Cue.Auxiliary | Cue.Negator); k++) from--;
        return new Finding(status, rule, strength, severity, confidence, s.Sentence, new TextRange(t[from].Start, t[to].End), s.Order + from);
    }
}
