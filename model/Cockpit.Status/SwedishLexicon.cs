namespace Cockpit.Status;

/// <summary>Swedish words and stems ('*'), with the inflected forms of uppnå, nå, uppfylla and genomföra.</summary>
internal static class SwedishLexicon
{
    private const Cue R = Cue.Realise;
    private const Cue W = Cue.Realise | Cue.Weak;

    public static readonly LexiconEntry[] Entries =
    [
        new("mål", Cue.Goal), new("målet", Cue.Goal), new("målen", Cue.Goal), new("målets", Cue.Goal), new("sparkrav*", Cue.Goal), new("besparingskrav*", Cue.Goal), /* "har överträffat sparkraven" */
        new("målsättning*", Cue.Goal), new("målsatta", Cue.Goal), new("målsatt", Cue.Goal), new("ambitionen", Cue.Goal), new("ambitionsnivå*", Cue.Goal), new("målnivå*", Cue.Goal), new("målvärde*", Cue.Goal), new("projektet", Cue.Goal), new("mätare*", Cue.Goal),
        new("måluppfyll*", Cue.Goal | R, VerbForm.Noun),

        new("uppnåtts", R, VerbForm.Past), new("uppnåddes", R, VerbForm.Past), new("uppnådde", R, VerbForm.Past),
        new("uppnått", R, VerbForm.Past), new("uppnådd", R, VerbForm.Past), new("uppnådda", R, VerbForm.Past),
        new("nåtts", R, VerbForm.Past), new("nåddes", R, VerbForm.Past), new("nådde", R, VerbForm.Past), new("nått", R, VerbForm.Past),
        new("uppfyllts", R, VerbForm.Past), new("uppfylldes", R, VerbForm.Past), new("uppfyllde", R, VerbForm.Past),
        new("uppfyllt", R, VerbForm.Past), new("uppfylld", R, VerbForm.Past), new("uppfyllda", R, VerbForm.Past),
        new("utförts", W, VerbForm.Past), new("utfördes", W, VerbForm.Past), new("utförs", W, VerbForm.Present),
        new("genomförts", W, VerbForm.Past), new("genomfört", W, VerbForm.Past), new("genomfördes", W, VerbForm.Past), new("genomförde", W, VerbForm.Past), new("förverkligats", W, VerbForm.Past),
        new("förverkligades", W, VerbForm.Past), new("förverkligad", W, VerbForm.Past), new("förverkligade", W, VerbForm.Past),
        new("uppnås", R, VerbForm.Present), new("uppnå", R, VerbForm.Present), new("uppnår", R, VerbForm.Present),
        new("nås", R, VerbForm.Present), new("nå", R, VerbForm.Present), new("når", R, VerbForm.Present),
        new("uppfylls", R, VerbForm.Present), new("uppfyllas", R, VerbForm.Present), new("uppfylla", R, VerbForm.Present), new("uppfyller", R, VerbForm.Present),
        new("lyckades", W, VerbForm.Past), new("lyckats", W, VerbForm.Past), new("lyckas", W, VerbForm.Present),
        new("klara", Cue.Finish), new("klarar", R, VerbForm.Present), new("klarades", R, VerbForm.Past), new("klarat", R, VerbForm.Past), new("avklarat", R, VerbForm.Past), new("avklarad", R, VerbForm.Past), new("avklarades", R, VerbForm.Past), new("klarats", R, VerbForm.Past), new("klarade", R, VerbForm.Past), new("klaras", R, VerbForm.Present),
        new("infrias", R, VerbForm.Present), new("infria", R, VerbForm.Present), new("infriar", R, VerbForm.Present),
        new("infriades", R, VerbForm.Past), new("infriats", R, VerbForm.Past), new("infriat", R, VerbForm.Past),
        new("genomförs", W, VerbForm.Present), new("genomföras", W, VerbForm.Present), new("förverkligas", W, VerbForm.Present),
        new("ouppfyll*", R, VerbForm.Abessive), new("ouppnådd*", R, VerbForm.Abessive), new("ouppnått", R, VerbForm.Abessive),
        new("uppnående*", R, VerbForm.Noun), new("uppfyllelse*", R, VerbForm.Noun),
        new("misslyck*", Cue.Fail), new("missas", Cue.Fail), new("missades", Cue.Fail), new("missar", Cue.Fail), new("missade", Cue.Fail), new("missat", Cue.Fail),
        new("underkänt", Cue.Fail), new("underkänd", Cue.Fail), new("svårbedöm*", Cue.Assess | Cue.Impossible), new("uppföljning*", Cue.Assess),

        new("förlorat", Cue.Fail), new("förloras", Cue.Fail), new("spricka", Cue.Fail), new("spricker", Cue.Fail), new("sprack", Cue.Fail),
        new("knappast", Cue.Negator), new("föga", Cue.Negator), new("avsteg", Cue.Fail), new("nådd", R, VerbForm.Past), new("hinns", R, VerbForm.Present), new("hanns", R, VerbForm.Past), new("nådda", R, VerbForm.Past), // "göra avsteg från målet": depart from it
        new("inte", Cue.Negator), new("ej", Cue.Negator), new("icke", Cue.Negator), new("aldrig", Cue.Negator), new("varken", Cue.Negator),
        new("inget", Cue.NegQuantifier), new("ingen", Cue.NegQuantifier), new("inga", Cue.NegQuantifier), new("ingenting", Cue.NegQuantifier),
        new("tyder", Cue.Evidential), new("pekar", Cue.Evidential), new("tyda", Cue.Evidential), new("tecken", Cue.Evidential), new("indikation*", Cue.Evidential),
        new("anledning", Cue.Evidential),

        new("riskerar", Cue.Modal), new("riskera", Cue.Modal), new("kan", Cue.Modal), new("kunde", Cue.Modal),
        new("osäker*", Cue.Hedge), new("förhoppningsvis", Cue.Hedge), new("delvis", Cue.Hedge), new("halvbra", Cue.Hedge), new("halvlyckad*", Cue.Hedge), new("halvlyckat", Cue.Hedge), new("risk", Cue.Hedge), new("risken", Cue.Hedge),
        new("risker", Cue.Hedge), new("tveksam*", Cue.Hedge), new("oroväckande", Cue.Hedge), new("oro", Cue.Hedge), new("osannolik*", Cue.Hedge | Cue.Probable | Cue.Negator), new("möjligen", Cue.Hedge | Cue.Maybe), new("möjligtvis", Cue.Hedge | Cue.Maybe), new("kanske", Cue.Hedge | Cue.Maybe),
        new("hoppas", Cue.Hedge | Cue.Maybe), new("troligen", Cue.Hedge | Cue.Probable), new("tros", Cue.Hedge | Cue.Probable), new("troligt", Cue.Hedge | Cue.Probable), new("troligtvis", Cue.Hedge | Cue.Probable), new("sannolikt", Cue.Hedge | Cue.Probable),
        new("förmodligen", Cue.Hedge | Cue.Probable), new("tror", Cue.Hedge | Cue.Probable), new("antagligen", Cue.Hedge | Cue.Probable),
        new("möjligt", Cue.Possible), new("möjlig", Cue.Possible), new("möjliga", Cue.Possible), new("möjlighet", Cue.Possible),
        new("uppnåelig*", Cue.Possible), new("nåbar*", Cue.Possible), new("ouppnåelig*", Cue.Infeasible), // "målet är inte uppnåeligt i år"
        new("påverka*", Cue.Affect), new("rubbas", Cue.Affect), new("rubbar", Cue.Affect), new("inverkar", Cue.Affect), new("inverka", Cue.Affect), new("fördyra", Cue.Cost | Cue.Above), new("fördyrar", Cue.Cost | Cue.Above), new("redan", Cue.Already), new("huruvida", Cue.Whether),
        new("åtgärd*", Cue.Work), new("renovering*", Cue.Work), new("ombyggnad*", Cue.Work), new("införande*", Cue.Work), new("reform*", Cue.Work),
        new("hotad*", Cue.Hedge), new("hotat", Cue.Hedge), new("äventyr*", Cue.Hedge), new("svår*", Cue.Hedge | Cue.Impossible),
        new("utmanande", Cue.Hedge), new("frågetecken", Cue.Hedge), new("problemati*", Cue.Hedge), new("reservation*", Cue.Hedge), new("förbehåll*", Cue.Hedge),

        new("om", Cue.Conditional), new("annars", Cue.Conditional), new("förutsatt", Cue.Conditional), new("förutsättning", Cue.Conditional), new("förutsättningen", Cue.Conditional), new("villkoret", Cue.Conditional), new("villkoren", Cue.Conditional), new("såvida", Cue.Conditional), new("ifall", Cue.Conditional),
        new("beroende", Cue.Conditional), new("beror", Cue.Conditional), new("förutsätter", Cue.Conditional), new("kräver", Cue.Conditional), new("förutsätts", Cue.Conditional),
        new("torde", Cue.Hedge | Cue.Probable), new("förhoppning*", Cue.Hedge), new("pressad", Cue.Hedge), new("pressat", Cue.Hedge), new("årsskiftet", Cue.ThisYear), new("utan", Cue.Without),
        new("trots", Cue.Concessive | Cue.ClauseBreak), new("fastän", Cue.Concessive | Cue.ClauseBreak),

        new("försen*", Cue.Delay), new("dröja", Cue.Delay), new("dröjer", Cue.Delay), new("dröjt", Cue.Delay) /* "ser det ut att dröja till i vår" */, new("stoppades", Cue.Delay), new("stoppats", Cue.Delay), new("stoppad", Cue.Delay), new("fördröj*", Cue.Delay), new("pausad*", Cue.Delay), new("pausat", Cue.Delay), new("avstann*", Cue.Delay),
        new("senarelägg*", Cue.Delay | Cue.Shift), new("uppskj*", Cue.Delay | Cue.Shift), new("vilande", Cue.Delay),
        new("skjut*", Cue.Shift), new("flytt*", Cue.Shift),
        new("hinder", Cue.Obstacle), new("hindra*", Cue.Obstacle), new("förhindra*", Cue.Obstacle), new("överklagat*", Cue.Obstacle), new("överklagad*", Cue.Obstacle),
        new("ersätt*", Cue.Replace), new("utfall*", Cue.Actual), new("slopa*", Cue.Cancel), new("strukit", Cue.Cancel), new("strukits", Cue.Cancel), new("ströks", Cue.Cancel), new("stoppat", Cue.Cancel), new("stoppats", Cue.Cancel), new("stoppades", Cue.Cancel), new("avstått", Cue.Cancel), new("avstod", Cue.Cancel),
        new("färdigställande*", W, VerbForm.Noun), new("förskjut*", Cue.Delay | Cue.Shift), new("framflytta*", Cue.Delay | Cue.Shift), new("färdigställa", W, VerbForm.Present), new("färdigställas", W, VerbForm.Present), new("färdigställs", W, VerbForm.Present), new("färdigställ*", W, VerbForm.Past),
        new("slutförts", W, VerbForm.Past), new("slutfördes", W, VerbForm.Past), new("slutfört", W, VerbForm.Past), new("slutförde", W, VerbForm.Past),
        new("avslutats", W, VerbForm.Past), new("avslutades", W, VerbForm.Past),
        new("slutförs", W, VerbForm.Present), new("slutföras", W, VerbForm.Present), new("avslutas", W, VerbForm.Present),
        new("säkert", Cue.Certain), new("säkra", Cue.Certain), new("mesta", Cue.Degree), new("försvår*", Cue.Hedge), new("garantera*", Cue.Certain), new("garantier", Cue.Certain), new("garantin", Cue.Certain), new("säker", Cue.Certain), new("säkerhet", Cue.Certain), new("fortsätt*", Cue.Finish),
        new("inställ*", Cue.Cancel), new("uteblev", Cue.Cancel), new("uteblivit", Cue.Cancel), new("uteblir", Cue.Cancel), new("avbr*", Cue.Cancel), new("ställts", Cue.Cancel), new("ställdes", Cue.Cancel),
        new("corona*", Cue.Corona), new("covid*", Cue.Corona), new("pandemi*", Cue.Corona),

        new("lanser*", Cue.Progress), new("förbättr*", Cue.Progress), new("påbörja*", Cue.Progress), new("startat*", Cue.Progress), new("startade", Cue.Progress), new("inlett*", Cue.Progress),
        new("infört*", Cue.Progress), new("produktion*", Cue.Progress), new("bruk", Cue.Progress), new("installerades", Cue.Progress), new("rekryterats", Cue.Progress), new("rekryterades", Cue.Progress), new("installerats", Cue.Progress), new("installeras", Cue.Progress), new("pågår", Cue.Progress),
        new("öppnade*", Cue.Progress), new("byggs", Cue.Progress), new("byggdes", Cue.Progress), new("renoveras", Cue.Progress), new("renoverades", Cue.Progress), new("målas", Cue.Progress), new("målades", Cue.Progress), new("anläggs", Cue.Progress), new("anlades", Cue.Progress), new("asfalteras", Cue.Progress), new("asfalterades", Cue.Progress), new("rustas", Cue.Progress), new("rustades", Cue.Progress), new("repareras", Cue.Progress), new("reparerades", Cue.Progress), new("monteras", Cue.Progress), new("monterades", Cue.Progress), new("levererades", Cue.Progress), new("uppförs", Cue.Progress), new("uppfördes", Cue.Progress), new("restaureras", Cue.Progress), new("restaurerades", Cue.Progress), new("startades", Cue.Progress), new("digitaliseras", Cue.Progress), new("digitaliserades", Cue.Progress), new("växer", Cue.Progress), new("växte", Cue.Progress), new("vuxit", Cue.Progress), new("öppnats", Cue.Progress), new("öppnas", Cue.Progress), new("öppnar", Cue.Progress), new("ökade", Cue.Progress), new("ökat", Cue.Progress), new("ökar", Cue.Progress), new("uppåtgående", Cue.Progress), new("bildats", Cue.Progress), new("bildades", Cue.Progress), new("inrättats", Cue.Progress), new("inrättades", Cue.Progress), new("stigit", Cue.Progress), new("öka", Cue.Progress), new("ordnades", Cue.Progress), new("hölls", Cue.Progress),
        new("hinner", Cue.Finish), new("hann", Cue.Finish), new("hunnit", Cue.Finish), new("hinna", Cue.Finish), new("klar", Cue.Finish), new("redo", Cue.Finish), new("utbyggd", Cue.Finish), new("ombyggd", Cue.Finish), new("tillbyggd", Cue.Finish),
        new("klart", Cue.Finish), new("komplett", Cue.Finish), new("invigdes", Cue.Finish | Cue.Progress), new("invigts", Cue.Finish | Cue.Progress), new("färdig*", Cue.Finish | Cue.Progress),
        new("vissa", Cue.Partial), new("merparten", Cue.Partial), new("majoriteten", Cue.Partial), new("flertalet", Cue.Partial), new("flertalen", Cue.Partial), new("flesta", Cue.Partial), new("några", Cue.Partial), new("flera", Cue.Partial), new("del", Cue.Partial), new("delar", Cue.Partial), new("två", Cue.Partial),
        new("tre", Cue.Partial), new("vårens", Cue.Partial | Cue.LaterTime), new("sommarens", Cue.Partial), new("höstens", Cue.Partial | Cue.LaterTime),
        new("helt", Cue.Whole | Cue.Fully), new("fullt", Cue.Fully), new("alla", Cue.Whole), new("varje", Cue.Whole), new("hela", Cue.Whole), new("helhet*", Cue.Whole),
        new("årets", Cue.ThisYear), new("året", Cue.ThisYear), new("rimligen", Cue.Hedge | Cue.Probable), new("kvartal*", Cue.Interim), new("halvåret", Cue.Interim), new("hittills", Cue.Interim), new("periodiser*", Cue.Interim),
        new("framskrid*", Cue.Progress), new("fortskrid*", Cue.Progress), new("planerat", Cue.OnTrack),

        new("bedöm*", Cue.Frame | Cue.Assess), new("mätas", Cue.Assess), new("mätts", Cue.Assess), new("jämföra", Cue.Assess), new("bedömning*", Cue.Frame | Cue.Assess | Cue.ForecastNoun),
        new("prognos*", Cue.Frame | Cue.ForecastNoun), new("förvänt*", Cue.Frame), new("beräkn*", Cue.Frame), new("väntas", Cue.Frame),
        new("verifier*", Cue.Assess), new("avgöra", Cue.Assess), new("anges", Cue.Assess), new("avgör", Cue.Assess), new("avgörs", Cue.Assess), new("säga", Cue.Assess), new("ställning", Cue.Assess), new("fastställ*", Cue.Assess), new("kontroller*", Cue.Assess), new("utvärder*", Cue.Assess), new("omöjlig*", Cue.Impossible | Cue.Infeasible), new("tidigt", Cue.Impossible | Cue.Defer),
        new("lämnas", Cue.Defer), new("ges", Cue.Defer), new("nästa", Cue.Defer),
        new("rapporterats", Cue.Assess), new("rapporterad*", Cue.Assess), new("rapporteras", Cue.Assess), new("följas", Cue.Assess),
        new("saknas", Cue.Impossible), new("saknar", Cue.Impossible), new("fattas", Cue.Impossible),
        new("förhandlas", Cue.Open), new("oklar", Cue.Open), new("utreder", Cue.Open), new("utreds", Cue.Open), new("öppen", Cue.Open), new("öppet", Cue.Open), new("oklart", Cue.Open), new("oklara", Cue.Open), new("olöst", Cue.Open), new("olösta", Cue.Open),
        new("hälften", Cue.Fraction), new("halva", Cue.Fraction), new("tredjedel*", Cue.Fraction), new("fjärdedel*", Cue.Fraction),
        new("orealisti*", Cue.Infeasible), new("nästan", Cue.Degree), new("nära", Cue.Degree), new("dåligt", Cue.Degree), new("svagt", Cue.Degree), new("bristfälligt", Cue.Degree), new("huvudsakligen", Cue.Degree), new("varierande", Cue.Degree), new("realistiskt", Cue.Possible), new("realistisk", Cue.Possible), new("senare", Cue.Defer | Cue.LaterTime),
        new("effekt*", Cue.Effect), new("konsekvens*", Cue.Effect),

        new("kostnad*", Cue.Cost), new("kosta", Cue.Cost), new("kostar", Cue.Cost), new("kostade", Cue.Cost) /* "renoveringen skulle kosta 550 000 euro" */, new("utgift*", Cue.Cost),
        new("överskr*", Cue.Above), new("budgetöverskrid*", Cue.Above), new("kostnadsöverskrid*", Cue.Above), new("överträff*", Cue.Above), new("överstig*", Cue.Above), new("översteg", Cue.Above), new("spräck*", Cue.Above), new("sprack", Cue.Above, VerbForm.Past),
        new("passera*", Cue.Above), new("underskr*", Cue.Below), new("understig*", Cue.Below), new("understeg", Cue.Below),

        new("till", Cue.ToYear), new("hösten", Cue.LaterTime), new("våren", Cue.LaterTime),
        new("ännu", Cue.Yet),
        new("och", Cue.ClauseBreak), new("men", Cue.ClauseBreak), new("medan", Cue.ClauseBreak), new("eftersom", Cue.ClauseBreak), new("då", Cue.ClauseBreak),

        new("har", Cue.Auxiliary), new("hade", Cue.Auxiliary), new("är", Cue.Auxiliary), new("var", Cue.Auxiliary | Cue.Actual), new("blev", Cue.Actual),
        new("blir", Cue.Auxiliary), new("kommer", Cue.Auxiliary), new("att", Cue.Auxiliary), new("bedöms", Cue.Frame | Cue.Assess | Cue.Auxiliary),
    ];
}
