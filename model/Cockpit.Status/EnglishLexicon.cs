namespace Cockpit.Status;

/// <summary>English words and stems ('*'). Participles (met, achieved) are read as past or future by the auxiliary before them.</summary>
internal static class EnglishLexicon
{
    private const Cue R = Cue.Realise;
    private const Cue W = Cue.Realise | Cue.Weak;

    public static readonly LexiconEntry[] Entries =
    [
        new("goal", Cue.Goal), new("goals", Cue.Goal), new("target", Cue.Goal), new("targets", Cue.Goal),
        new("objective", Cue.Goal), new("objectives", Cue.Goal), new("project", Cue.Goal), new("metric", Cue.Goal),
        new("metrics", Cue.Goal), new("kpi", Cue.Goal),

        new("achieved", R, VerbForm.Participle), new("met", R, VerbForm.Participle), new("reached", R, VerbForm.Participle),
        new("fulfilled", R, VerbForm.Participle), new("accomplished", R, VerbForm.Participle), new("attained", R, VerbForm.Participle),
        new("realised", R, VerbForm.Participle), new("realized", R, VerbForm.Participle),
        new("kept", Cue.Realise | Cue.Weak, VerbForm.Participle), new("realising", R, VerbForm.Progressive), new("realizing", R, VerbForm.Progressive),
        new("completed", W, VerbForm.Participle), new("delivered", W, VerbForm.Participle),
        new("achieve", R, VerbForm.Present), new("achieves", R, VerbForm.Present), new("achieving", R, VerbForm.Present),
        new("meet", R, VerbForm.Present), new("meets", R, VerbForm.Present), new("reach", R, VerbForm.Present),
        new("reaches", R, VerbForm.Present), new("fulfil", R, VerbForm.Present), new("fulfill", R, VerbForm.Present),
        new("fulfils", R, VerbForm.Present), new("fulfills", R, VerbForm.Present),
        new("attain", R, VerbForm.Present), new("accomplish", R, VerbForm.Present),
        new("achievement", R, VerbForm.Noun), new("fulfilment", R, VerbForm.Noun), new("fulfillment", R, VerbForm.Noun),
        new("attainment", R, VerbForm.Noun), new("reaching", R, VerbForm.Noun), new("achieving", R, VerbForm.Noun),
        new("fail*", Cue.Fail), new("missed", Cue.Fail),

        new("hardly", Cue.Negator), new("scarcely", Cue.Negator),
        new("not", Cue.Negator), new("never", Cue.Negator), new("cannot", Cue.Negator), new("can't", Cue.Negator),
        new("won't", Cue.Negator | Cue.FutureAux), new("isn't", Cue.Negator), new("aren't", Cue.Negator), new("wasn't", Cue.Negator),
        new("weren't", Cue.Negator), new("doesn't", Cue.Negator), new("don't", Cue.Negator), new("didn't", Cue.Negator),
        new("hasn't", Cue.Negator), new("haven't", Cue.Negator), new("couldn't", Cue.Negator), new("wouldn't", Cue.Negator),
        new("unable", Cue.Negator | Cue.Impossible),
        new("nothing", Cue.NegQuantifier), new("neither", Cue.NegQuantifier), new("unresolved", Cue.Open), new("open", Cue.Open), new("pending", Cue.Open),
        new("half", Cue.Fraction), new("fifth", Cue.Fraction), new("short", Cue.Impossible), new("third", Cue.Fraction), new("thirds", Cue.Fraction), new("realistic", Cue.Possible), new("unrealistic", Cue.Infeasible), new("largely", Cue.Degree), new("poorly", Cue.Degree), new("mostly", Cue.Degree), new("nearly", Cue.Degree), new("almost", Cue.Degree), new("none", Cue.NegQuantifier), new("no", Cue.NegQuantifier),
        new("suggest*", Cue.Evidential), new("indicat*", Cue.Evidential), new("sign", Cue.Evidential), new("signs", Cue.Evidential),
        new("evidence", Cue.Evidential), new("reason", Cue.Evidential),

        new("may", Cue.Modal | Cue.FutureAux), new("might", Cue.Modal | Cue.FutureAux), new("could", Cue.Modal | Cue.FutureAux),
        new("risks", Cue.Modal | Cue.Hedge), // "the goal risks not being met", and the noun of "no significant risks"
        new("uncertain*", Cue.Hedge), new("hopefully", Cue.Hedge), new("partial*", Cue.Hedge), new("partly", Cue.Hedge), new("risk", Cue.Hedge),
        new("jeopard*", Cue.Hedge), new("doubt*", Cue.Hedge), new("hunch", Cue.Hedge | Cue.Probable), new("guess", Cue.Hedge | Cue.Probable), new("believe", Cue.Hedge | Cue.Probable), new("think", Cue.Hedge | Cue.Probable), new("miracle", Cue.Impossible | Cue.Infeasible), new("goodbye", Cue.Impossible | Cue.Infeasible), new("unclear", Cue.Hedge), new("unlikely", Cue.Hedge | Cue.Probable | Cue.Negator), new("possibly", Cue.Hedge | Cue.Maybe),
        new("perhaps", Cue.Hedge | Cue.Maybe), new("maybe", Cue.Hedge | Cue.Maybe),
        new("probably", Cue.Hedge | Cue.Probable), new("likelihood", Cue.Hedge | Cue.Probable), new("bet", Cue.Hedge | Cue.Probable), new("presumably", Cue.Hedge | Cue.Probable), new("plausible", Cue.Hedge | Cue.Probable), new("plausibly", Cue.Hedge | Cue.Probable), new("chances", Cue.Hedge | Cue.Probable), new("odds", Cue.Hedge | Cue.Probable), new("possible", Cue.Possible),
        new("achievable", Cue.Possible), new("attainable", Cue.Possible), new("reachable", Cue.Possible), new("feasible", Cue.Possible), new("doable", Cue.Possible), // "not achievable this year"
        new("unachievable", Cue.Infeasible), new("unattainable", Cue.Infeasible), new("unreachable", Cue.Infeasible), new("infeasible", Cue.Infeasible),
        new("affect*", Cue.Affect), new("hamper*", Cue.Affect), new("disrupt*", Cue.Affect), new("already", Cue.Already), new("whether", Cue.Whether),
        new("measure", Cue.Work), new("measures", Cue.Work), new("action", Cue.Work), new("initiative", Cue.Work), new("renovation", Cue.Work),
        new("refurbishment", Cue.Work), new("rollout", Cue.Work), new("deployment", Cue.Work), new("reform", Cue.Work), new("upgrade", Cue.Work), new("challenging", Cue.Hedge), new("problematic", Cue.Hedge), new("threaten*", Cue.Hedge),
        new("difficult", Cue.Hedge | Cue.Impossible), new("reservation*", Cue.Hedge),

        new("if", Cue.Conditional), new("otherwise", Cue.Conditional), new("provided", Cue.Conditional), new("requires", Cue.Conditional), new("providing", Cue.Conditional),
        new("unless", Cue.Conditional), new("depending", Cue.Conditional), new("depends", Cue.Conditional), new("depend", Cue.Conditional), new("hinges", Cue.Conditional),
        new("assuming", Cue.Conditional), new("conditional", Cue.Conditional), new("without", Cue.Without),
        new("although", Cue.Concessive | Cue.ClauseBreak), new("though", Cue.Concessive | Cue.ClauseBreak),
        new("despite", Cue.Concessive),

        new("delay*", Cue.Delay), new("postpon*", Cue.Delay | Cue.Shift), new("behind", Cue.Delay), new("paused", Cue.Delay),
        new("suspended", Cue.Delay), new("contingent", Cue.Conditional), new("stalled", Cue.Delay), new("halted", Cue.Delay), new("slipp*", Cue.Delay),
        new("deferred", Cue.Delay | Cue.Shift), new("moved", Cue.Shift), new("pushed", Cue.Shift), new("rescheduled", Cue.Shift),
        new("cancel*", Cue.Cancel), new("scrapped", Cue.Cancel), new("abandoned", Cue.Cancel), new("discontinued", Cue.Cancel),
        new("covid*", Cue.Corona), new("corona*", Cue.Corona), new("pandemic*", Cue.Corona),

        new("progressing", Cue.Progress), new("progresses", Cue.Progress), new("proceeding", Cue.Progress),
        new("planned", Cue.OnTrack),
        new("started", Cue.Progress), new("begun", Cue.Progress), new("began", Cue.Progress), new("launched", Cue.Progress),
        new("underway", Cue.Progress), new("ongoing", Cue.Progress), new("production", Cue.Progress), new("live", Cue.Progress),
        new("opened", Cue.Progress | Cue.Finish), new("inaugurated", Cue.Progress | Cue.Finish), new("installed", Cue.Progress), new("renovated", Cue.Progress), new("painted", Cue.Progress), new("refurbished", Cue.Progress), new("restored", Cue.Progress), new("introduced", Cue.Progress), new("held", Cue.Progress), new("scheduled", Cue.Progress),
        new("increased", Cue.Progress), new("rose", Cue.Progress), new("implemented", Cue.Progress),
        new("finish*", Cue.Finish), new("ready", Cue.Finish),
        new("some", Cue.Partial), new("most", Cue.Partial), new("majority", Cue.Partial), new("several", Cue.Partial), new("few", Cue.Partial), new("part", Cue.Partial), new("many", Cue.Partial),
        new("two", Cue.Partial), new("three", Cue.Partial), new("four", Cue.Partial), new("five", Cue.Partial),
        new("entirely", Cue.Whole | Cue.Fully), new("completely", Cue.Whole | Cue.Fully), new("altogether", Cue.Whole | Cue.Fully), new("whole", Cue.Whole),
        new("entire", Cue.Whole), new("all", Cue.Whole), new("each", Cue.Whole), new("every", Cue.Whole), new("fully", Cue.Whole | Cue.Fully), new("quarter*", Cue.Interim | Cue.Fraction),

        new("expect*", Cue.Frame | Cue.FutureAux), new("forecast*", Cue.Frame | Cue.ForecastNoun), new("projected", Cue.Frame),
        new("likely", Cue.Frame | Cue.FutureAux | Cue.Hedge | Cue.Probable), new("anticipat*", Cue.Frame),
        new("assess*", Cue.Assess), new("know", Cue.Assess), // "we do not know whether the goal was reached"
        new("judged", Cue.Assess), new("judge", Cue.Assess), new("judgement", Cue.Assess), new("judgment", Cue.Assess), new("evaluat*", Cue.Assess), new("verif*", Cue.Assess), new("confirm*", Cue.Assess), new("determin*", Cue.Assess),
        new("estimate", Cue.Assess | Cue.ForecastNoun), new("assessment", Cue.Assess | Cue.ForecastNoun),
        new("impossible", Cue.Impossible | Cue.Infeasible),
        new("prevent*", Cue.Obstacle), new("obstacle*", Cue.Obstacle), new("hinder*", Cue.Obstacle), new("appealed", Cue.Obstacle),
        new("replacement*", Cue.Replace), new("substitute*", Cue.Replace), new("instead", Cue.Replace),
        new("actual", Cue.Actual), new("actuals", Cue.Actual), new("outcome", Cue.Actual), new("result", Cue.Actual), new("early", Cue.Impossible | Cue.Defer), new("premature", Cue.Impossible | Cue.Defer),
        new("later", Cue.Defer | Cue.LaterTime), new("next", Cue.Defer), new("given", Cue.Defer),
        new("reported", Cue.Assess), new("monitored", Cue.Assess), new("tracked", Cue.Assess), new("missing", Cue.Impossible), new("lacks", Cue.Impossible),
        new("effect", Cue.Effect), new("effects", Cue.Effect), new("impact*", Cue.Effect), new("consequen*", Cue.Effect),

        new("verdict", Cue.ForecastNoun | Cue.Assess), new("cost", Cue.Cost), new("appropriation", Cue.Cost), new("slip", Cue.Delay), new("slips", Cue.Delay), new("slipped", Cue.Delay), new("costs", Cue.Cost), new("expenditure*", Cue.Cost), new("spending", Cue.Cost), new("expenses", Cue.Cost),
        new("exceed*", Cue.Above), new("surpass*", Cue.Above), new("beating", Cue.Above), new("beaten", Cue.Above, VerbForm.Past), new("overrun*", Cue.Above), new("overspen*", Cue.Above), new("underspen*", Cue.Below),

        new("to", Cue.ToYear | Cue.FutureAux | Cue.Auxiliary), new("until", Cue.ToYear), new("into", Cue.ToYear),
        new("autumn", Cue.LaterTime | Cue.Partial), new("spring", Cue.LaterTime | Cue.Partial),
        new("yet", Cue.Yet),
        new("certain", Cue.Certain), new("guarantee*", Cue.Certain), new("certainty", Cue.Certain), new("sure", Cue.Certain), new("continue*", Cue.Finish),
        new("and", Cue.ClauseBreak), new("but", Cue.ClauseBreak), new("because", Cue.ClauseBreak), new("since", Cue.ClauseBreak),
        new("so", Cue.ClauseBreak), new("while", Cue.ClauseBreak), new("whereas", Cue.ClauseBreak),

        new("will", Cue.Auxiliary | Cue.FutureAux), new("shall", Cue.Auxiliary | Cue.FutureAux), new("would", Cue.Auxiliary | Cue.FutureAux),
        new("should", Cue.Auxiliary | Cue.FutureAux), new("can", Cue.Auxiliary | Cue.FutureAux), new("be", Cue.Auxiliary | Cue.FutureAux),
        new("is", Cue.Auxiliary), new("are", Cue.Auxiliary), new("was", Cue.Auxiliary | Cue.Actual), new("were", Cue.Auxiliary | Cue.Actual),
        new("being", Cue.FutureAux),
        new("came", Cue.Actual, VerbForm.Past), new("amounted", Cue.Actual, VerbForm.Past), new("totalled", Cue.Actual, VerbForm.Past), new("totaled", Cue.Actual, VerbForm.Past), // "sales came to 4 100"
        new("been", Cue.Auxiliary), new("has", Cue.Auxiliary), new("have", Cue.Auxiliary), new("had", Cue.Auxiliary),
    ];
}
