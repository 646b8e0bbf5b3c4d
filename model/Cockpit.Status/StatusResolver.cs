namespace Cockpit.Status;

/// <summary>
/// The one place precedence is decided. A verdict beats any risk, a risk beats progress. Of verdicts, the stronger
/// (naming the goal) wins, and of equally strong ones the later: texts report progress first and close with their
/// verdict, and a later verdict corrects or narrows an earlier one. Of risks, the more severe, then the later; of
/// progress, the first. That a part cannot be assessed ("kahden toteutumista ei voida todentaa") does not take back a
/// status another verdict gave. One sentence that reports one goal met and another missed ("kävijätavoite saavutettiin,
/// mutta käsittelyaikaa koskevasta tavoitteesta jäätiin") is met in part: <c>verdict.mixed</c>. A risk in a sentence that
/// opens "since then" ("Sen jälkeen hanke on ollut pysähdyksissä") takes back a success an earlier sentence reported.
/// </summary>
internal struct StatusResolver
{
    /// <summary>The most words a headline before a colon holds.</summary>
    private const int HeadlineWords = 6;

    /// <summary>How much a verdict's confidence drops when the text also holds a verdict with another status.</summary>
    public const double MixedVerdictPenalty = 0.15;

    private Finding? verdict, risk, progress, met, missed, unassessed, remedy;
    /// <summary>The latest new date inside the year after a delay ("mutta … ottavat ne käyttöön syyskuussa").</summary>
    private Finding? rescheduled;
    /// <summary>The latest success said from its sentence's first word ("Alla åtta kvällarna hölls"), for a shortfall in a later sentence.</summary>
    private Finding? allFromStart;
    private ulong verdictStatuses;
    private bool cautioned;

    /// <summary>The start of the latest sentence if it sets itself against the one before ("sen sijaan", "däremot"), else -1; a finding whose sentence holds it stands in that sentence.</summary>
    private int contrastingStart;
    /// <summary>Where the latest sentence opens with "kuitenkin", "dock", "however": set against the one before, for budgets only.</summary>
    private int howeverStart;
    /// <summary>Where the latest sentence sums up ("kaiken kaikkiaan", "överlag", "overall"), else -1.</summary>
    private int overallStart;
    /// <summary>Where the first word of the latest sentence framed as an estimate ("beräknades", "arvioitiin") ends; 0 for none.</summary>
    private int framedWordEnd;

    /// <summary>Whether the latest sentence opens with "since then" ("Sen jälkeen", "Sittemmin", "Sedan dess", "Since then"): what it says is the state now, after a step reported done.</summary>
    private bool sinceThen;

    /// <summary>Where the first and the last contrast word ("mutta", "medan", "whereas") of the latest sentence start, else -1.</summary>
    private int firstContrast, lastContrast;

    /// <summary>Whether the latest sentence speaks of effects ("vaikutuksia", "effekterna"): effects not assessable are no second goal.</summary>
    private bool effects;

    /// <summary>Where the headline of the latest sentence ends, the few words before its colon ("Not doable this year: …"), else -1.</summary>
    private int headlineEnd;

    /// <summary>The text read, for the words of findings already made.</summary>
    private string? text;

    /// <summary>Where the last clause of the latest sentence starts.</summary>
    private int lastClauseStart;

    /// <summary>Whether the latest sentence draws a conclusion ("siksi", "därför", "therefore"): an assessment withheld there is the text's own verdict.</summary>
    private bool therefore;

    /// <summary>Where a clause of the latest sentence draws a conclusion from the one before ("joten", "så", "so"), else -1.</summary>
    private int soStart;

    /// <summary>
    /// Notes a sentence's words that may take back a success said elsewhere in the text: a contrast or concession ("mutta",
    /// "men", "although"), a hedge or a degree ("arvellaan", "valtaosin", "till största delen").
    /// </summary>
    public void Read(List<Token> sentence, string text)
    {
        this.text = text;
        contrastingStart = howeverStart = overallStart = firstContrast = lastContrast = headlineEnd = -1;
        for (var i = 0; i + 1 < sentence.Count && i < HeadlineWords && headlineEnd < 0; i++)
            if (text.AsSpan(sentence[i].End, sentence[i + 1].Start - sentence[i].End).Contains(':')) headlineEnd = sentence[i].End;
        effects = therefore = false;
        soStart = -1;
        lastClauseStart = sentence.Count > 0 ? sentence[0].Start : 0;
        sinceThen = sentence.Count > 1 && (sentence[0].Word is "sen" or "sedan" or "since" && sentence[1].Word is "jälkeen" or "dess" or "then")
            || sentence.Count > 0 && sentence[0].Word == "sittemmin";
        if (sentence.Exists(t => t.Has(Cue.Frame))) framedWordEnd = sentence[0].End;
        for (var i = 0; i < sentence.Count; i++)
        {
            var t = sentence[i];
            effects |= t.Has(Cue.Effect);
            therefore |= t.Word is "siksi" or "siten" or "därför" or "therefore";
            if (t.Word is "joten" or "så" or "so" && i > 0 && t.Clause != sentence[i - 1].Clause && soStart < 0) soStart = t.Start;
            if (i > 0 && t.Clause != sentence[i - 1].Clause) lastClauseStart = t.Start;
            cautioned |= t.Has(Cue.Concessive | Cue.Hedge | Cue.Degree) || t.Word is "mutta" or "men" or "but" or "kuitenkin" or "dock" or "however";
            if (t.Word is "mutta" or "men" or "but" or "medan" or "whereas" or "while" or "taas" or "vaikka" or "joskin" or "although" or "fastän")
            {
                if (firstContrast < 0) firstContrast = t.Start;
                lastContrast = t.Start;
            }
            // Not "Sen sijaan, että …": instead of.
            if (t.Word is "överlag" or "sammantaget" or "overall" || t.Word == "kaikkiaan" && i > 0 && sentence[i - 1].Word == "kaiken") overallStart = sentence[0].Start;
            if (t.Word is "puolestaan" or "däremot" || t.Word == "sijaan" && i > 0 && sentence[i - 1].Word == "sen" && !(i + 1 < sentence.Count && sentence[i + 1].Word == "että"))
                contrastingStart = sentence[0].Start;
            // Not "Jos se kuitenkin jää toteutumatta, …": a contingency, no contrast.
            if (t.Word is "kuitenkin" or "dock" or "however" && i <= 4 && t.Clause == sentence[0].Clause && sentence[0].Word is not ("jos" or "mikäli" or "om" or "ifall" or "if"))
                howeverStart = sentence[0].Start;
        }
    }

    /// <summary>Whether the finding's sentence is about the instruments that measure ("kävijälaskurit", "laitteet", "räknarna"), not the goal's work.</summary>
    private readonly bool AboutInstruments(Finding g) =>
        text is not null && g.Sentence.End <= text.Length && text.AsSpan(g.Sentence.Start, g.Sentence.End - g.Sentence.Start) is var words
        && (words.Contains("laskur", StringComparison.OrdinalIgnoreCase) || words.Contains("laittee", StringComparison.OrdinalIgnoreCase) || words.Contains("räknar", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the finding's words open with an amount ("0,08 M€ (budjetti …").</summary>
    private readonly bool AmountFirst(Finding f) => text is not null && f.Phrase.Start < text.Length && char.IsAsciiDigit(text[f.Phrase.Start]);

    public void Add(Finding f)
    {
        switch (f.Rule.Kind)
        {
            case RuleKind.Verdict:
                if (Mixed(f) is { } mixed) f = mixed;
                if (MetBesideUnassessed(f) is { } inPart) f = inPart;
                // "Alla åtta kvällarna hölls. Dansarna var färre än väntat, 1 100 mot planerade 2 000.": every one held, said from the sentence's first
                // word, then another measure short in a later sentence (not "Opastustaulut uusittiin samalla kokonaan, … Varsinainen mittari … jäi 88 prosenttiin").
                // "Alla fem marknader hölls som planerat.": its "som planerat" read again later in the sentence is the same success.
                if (f.Rule == Rules.FigureShortfall && verdict is { NamesGoal: false } all && all.Rule == Rules.VerdictAchieved
                    && allFromStart is { } first && first.Sentence == all.Sentence && all.Sentence.End <= f.Phrase.Start)
                    f = f with { Rule = Rules.VerdictMixed };
                if (f.Rule == Rules.VerdictAchieved && !f.NamesGoal && f.Phrase.Start == f.Sentence.Start) allFromStart = f;
                // "Lipputuloja kertyi 0,08 M€ (budjetti 0,06 M€). Tilavuokrista saatiin 0,03 M€ budjetoidun 0,06 M€:n sijaan.": one line's
                // amount over its budget, the next one's under: a mix (not "… yli 30 milj. euroa talousarviosta. Myös …", one way twice).
                if (f.Rule == Rules.BudgetWorse && verdict is { } over && over.Rule == Rules.BudgetBetter && over.Sentence.End <= f.Phrase.Start && AmountFirst(over) && AmountFirst(f))
                    f = f with { Rule = Rules.VerdictMixed };
                // "Publiken stannade vid 380, medan 800 hade väntats. Samtliga tio föreställningar genomfördes.": the same the other way round.
                if (f.Rule == Rules.VerdictAchieved && f == allFromStart && verdict is { } fellShort && fellShort.Rule == Rules.FigureShortfall && fellShort.Sentence.End <= f.Phrase.Start)
                    f = f with { Rule = Rules.VerdictMixed, NamesGoal = f.NamesGoal || fellShort.NamesGoal };
                verdictStatuses |= 1UL << (int)f.Status;
                // A condition answers nothing either way: "Måluppfyllelsen förutsätter att … Bedömning: Svårbedömt om målet kan uppnås" cannot be judged.
                // What is to be done if a goal is missed ("Mikäli tulot jäävät alle budjetin, erotus katetaan …") is procedure whatever the if-clause says.
                // "… valmistuu helmikuussa 2055. Toteumaa kustannusarvioon nähden ei siksi tässä arvioida.": withheld as the conclusion, it decides.
                if (verdict is { } said && f.Rule.Family == CueFamily.Assessment && said.Status != ForecastStatus.NotAssessed && said.Rule != Rules.VerdictConditional
                    && f.Rule != Rules.VerdictProcedure && f.Strength <= said.Strength && !(therefore && f.Sentence != said.Sentence && (said.Rule.Family is CueFamily.Time or CueFamily.Delay || said.Rule == Rules.VerdictNegated && !said.NamesGoal))
                    && !ConcludedFrom(f, said) // "genomfördes inte i år, så målets utfall kan inte bedömas"
                    && !AboutInstruments(said)) // "Kävijälaskurit uusittiin kesäkuussa. … Vuodelta ei näin ole luotettavaa kävijälukua.": the counters done, the count not
                    break;
                if (verdict is { Status: ForecastStatus.NotAssessed } && f.Rule == Rules.VerdictConditional) break;
                // "Not doable this year: the youth centre has held 5 of 30 workshops": what follows a verdict said as a headline explains it.
                // Not a figure ("toteutui 75 prosenttia: 120 kohteesta 90 …"), nor met in part ("Toteutui osittain: …"): the parts after
                // the colon weigh it.
                if (verdict is { } headline && headline.Sentence == f.Sentence && headline.Phrase.End <= headlineEnd && f.Phrase.Start > headlineEnd
                    && f.Strength <= headline.Strength && headline.Rule.Family != CueFamily.Figure && headline.Status != ForecastStatus.AtRisk) break;
                // "Neljästä sitovasta tavoitteesta kolme saavutettiin. Seniorien … jäi tavoitteesta.": the miss named after the count is its missing part.
                // "Kaikki hallintokunnat yleishallintoa lukuun ottamatta alittivat budjettinsa. Yleishallinnossa ylitys oli 47 000 euroa.": the same for a part excepted.
                // Not one that concludes ("Tulot jäisivät siten …", "Kokonaisuutena tavoite ei näin ollen täyty").
                if (verdict is { } part && (part.Rule == Rules.VerdictPartOfGoals || part.Rule == Rules.VerdictPartial && (f.Rule.Family == CueFamily.Cost || !f.NamesGoal) && !therefore)
                    && f.Status == ForecastStatus.WillNotBeMet && f.Sentence != part.Sentence) break;
                // "lipputulot ylittivät tuloarvion …, mutta … kulut nousivat … yli talousarvion": a mix already read is not undone by one of its parts read again.
                if (verdict is { } whole && whole.Rule == Rules.VerdictMixed && f.Sentence == whole.Sentence && whole.Phrase.Start <= f.Phrase.Start && f.Phrase.End <= whole.Phrase.End
                    && f.Strength <= whole.Strength) break;
                if (verdict is not { } v || f.Strength > v.Strength || (f.Strength == v.Strength && f.Order >= v.Order)) verdict = f;
                break;
            case RuleKind.Risk:
                // "Tavoite saavutettaneen, mutta lokakuun säätila ratkaisee": on course, but what decides is still open after a "but";
                // "vastaa vuoden tavoitetta, mutta uusien vuorojen avaaminen on vasta selvitysvaiheessa": or a part still at its first stage.
                // Not "…, mutta lisärahoitus ratkaisee, voidaanko toiminta laajentaa": a question in a clause after it is about something more.
                if (verdict is { Status: ForecastStatus.OnTrack } onCourse && onCourse.Sentence == f.Sentence && onCourse.Phrase.End <= f.Phrase.Start && f.Phrase.Start >= lastClauseStart
                    && (f.Rule == Rules.RiskOpen || f.Rule == Rules.RiskConditional || f.Rule == Rules.RiskStalled) && ContrastBetween(onCourse.Phrase, f.Phrase))
                    verdict = f with { Rule = Rules.VerdictRisk, NamesGoal = onCourse.NamesGoal, Phrase = new TextRange(onCourse.Phrase.Start, f.Phrase.End), Order = f.Order };
                // "Alkuvuosi sujui talousarvion mukaisesti. Vuoden jälkimmäiselle puoliskolle on kuitenkin luvassa haasteita.": on course so
                // far, then a risk set against it in a later sentence.
                if (verdict is { Status: ForecastStatus.OnTrack } soFar && soFar.Sentence != f.Sentence && f.Sentence.Contains(howeverStart)
                    && (f.Rule == Rules.RiskHedge || f.Rule == Rules.RiskOpen || f.Rule == Rules.RiskConditional || f.Rule == Rules.RiskUncertain))
                    verdict = f with { Rule = Rules.VerdictRisk, NamesGoal = soFar.NamesGoal, Order = f.Order };
                // "Hankesuunnitelma valmistui jo syksyllä 2021. Sen jälkeen projekti on ollut pysähdyksissä": the success was a step, the risk since is the state.
                // Not "Målet nås. Sedan dess …": a verdict on the goal itself stands.
                if (sinceThen && verdict is { } done && done.Rule == Rules.VerdictCompleted && done.Sentence != f.Sentence) verdict = null;
                // "öppethållandet … är redan genomfört, medan antalet besök hittills ligger 15 procent under planen": one part done, another behind after a contrast.
                // "drog 9 800 åskådare mot målet 9 000, men bara 18 av de planerade 24 föreställningarna kunde spelas": a figure reached, a part only after it.
                // "Kaksi kenttää valmistui, mutta kolmannen pinnoitus on vasta tarjouskilpailussa": one part done, another not begun or left for later,
                // or, once done, another waiting ("…, mutta Kallion kirjastossa työ odottaa sähköremonttia").
                if ((f.Rule == Rules.RiskBelowTarget || f.Rule == Rules.RiskPartial || f.Rule == Rules.RiskBelowLastYear || f.Rule == Rules.RiskStalled || f.Rule == Rules.RiskWorkLeft || f.Rule == Rules.RiskOpen && verdict?.Status == ForecastStatus.Achieved) && verdict is { } done2 && done2.Sentence == f.Sentence
                    && (IsSuccess(done2) || done2.Rule == Rules.FigureReached) && done2.Phrase.End <= f.Phrase.Start
                    && ContrastBetween(done2.Phrase, f.Phrase))
                    verdict = f with { Rule = Rules.VerdictMixed, NamesGoal = done2.NamesGoal, Phrase = Spanning(done2, f), Order = f.Order };
                // "hölls öppen 62 dagar mot målet 60. Besökarna blev 9 400, klart färre än de 12 000 vi räknat med": one figure reached, a later one short.
                if (f.Rule == Rules.RiskBelowTarget && verdict is { } reached && reached.Rule == Rules.FigureReached && reached.Sentence.End <= f.Phrase.Start)
                    verdict = f with { Rule = Rules.VerdictMixed, NamesGoal = reached.NamesGoal, Order = f.Order };
                // "… 500 asiakkaan tavoite on ohitettu. Lukupiirejä on sen sijaan käynnissä vasta 24 tavoitteen 40 sijaan": one goal met, another behind set against it.
                if (f.Sentence.Contains(contrastingStart) && verdict is { } metBefore && metBefore.Sentence != f.Sentence && IsSuccess(metBefore))
                    verdict = f with { Rule = Rules.VerdictMixed, NamesGoal = metBefore.NamesGoal, Order = f.Order };
                if (risk is not { } r || f.Rule.Severity > r.Rule.Severity || (f.Rule.Severity == r.Rule.Severity && f.Order >= r.Order)) risk = f;
                remedy = null;
                break;
            case RuleKind.Progress:
                // "… nådde 700 elever mot väntade 1 500. Alla tolv konserter gavs som planerat.": a measure short, then every event held after it.
                if (f.Rule == Rules.StateAll && verdict is { } shortOf && shortOf.Rule == Rules.FigureShortfall && shortOf.Sentence.End <= f.Phrase.Start)
                    verdict = shortOf with { Rule = Rules.VerdictMixed, Order = f.Order };
                // "Asennus keskeytyi, kun rakenteista löytyi asbestia. … asennus saadaan päätökseen syyskuussa aiotusti": a risk, then the work on its schedule again in a later sentence.
                if (f.Rule == Rules.ProgressOnSchedule && risk is { } earlier && earlier.Sentence != f.Sentence) remedy = f;
                if (f.Rule == Rules.ProgressRescheduled)
                {
                    rescheduled = f; // only an answer to a delay, no progress of its own
                    break;
                }
                progress ??= f;
                break;
            default:
                throw new ArgumentException($"A {f.Rule.Kind} rule ({f.Rule.Code}) decides before any finding is read.", nameof(f));
        }
    }

    /// <summary>
    /// A verdict, else a remedy, else a risk, else progress; but a delay that a new date inside the year answers after it
    /// ("viivästyi …, mutta … syyskuussa") is rescheduled work.
    /// </summary>
    public readonly Finding? Decided => verdict ?? remedy ?? (risk is { } r && r.Rule == Rules.RiskDelay && rescheduled is { } later && later.Phrase.Start > r.Phrase.End ? later : risk) ?? progress;

    /// <summary>
    /// One goal met or on course and another that cannot be assessed ("uppfylldes målet för antalet evenemang, medan
    /// nöjdhetsmålet inte kunde bedömas") is met in part: whichever of the two is read second. Not effects that cannot be
    /// assessed yet ("Tavoite toteutui, mutta sen vaikutuksia ei voida vielä arvioida"), nor an assessment missing at first
    /// that the rest of the sentence gives ("ei voitu aluksi arvioida, … mutta tammikuun tietojen mukaan tavoite toteutui").
    /// </summary>
    private Finding? MetBesideUnassessed(Finding f)
    {
        static bool Met(Finding g) => g.Rule == Rules.VerdictAchieved || g.Rule == Rules.VerdictOnTrack || g.Rule == Rules.VerdictCompleted || g.Rule == Rules.FigureReached;
        if (f.Rule == Rules.VerdictUnassessable && !effects) unassessed = f;
        if (unassessed is not { } u || (f.Rule == Rules.VerdictUnassessable ? effects || verdict is not { } v || !Met(v) : !Met(f))) return null;
        var other = f.Rule == Rules.VerdictUnassessable ? verdict!.Value : u;
        if (AboutInstruments(f.Rule == Rules.VerdictUnassessable ? other : f)) return null;
        if (other.Sentence == f.Sentence && (other.Rule == Rules.VerdictUnassessable || !ContrastBetween(other.Phrase, f.Phrase))) return null;
        var phrase = other.Sentence == f.Sentence ? Spanning(other, f) : f.Phrase;
        return f with { Rule = Rules.VerdictMixed, Phrase = phrase, Order = Math.Max(other.Order, f.Order), NamesGoal = other.NamesGoal || f.NamesGoal, Qualified = false };
    }

    /// <summary>
    /// A plain verdict of success and a plain miss, equally strong, in one sentence, or in two when the later sets itself
    /// against the one before ("sen sijaan", "däremot"): both, as met in part. "Kirjaston menot alittuivat, mutta liikunnan menot ylittivät talousarvion" is one budget kept and one overrun.
    /// </summary>
    private Finding? Mixed(Finding f)
    {
        var success = IsSuccess(f) || f.Rule == Rules.FigureReached; // "lockade 22 000 besökare mot målet 18 000. Kurserna nådde däremot bara 640 av målsatta 900"
        var miss = (f.Rule.Family is CueFamily.Negation or CueFamily.Threshold or CueFamily.Cost || f.Rule == Rules.FigureBelowTarget || f.Rule == Rules.FigureShortfall && (f.Sentence.Contains(contrastingStart) || f.Sentence.Contains(howeverStart))) && f.Status == ForecastStatus.WillNotBeMet;
        if (!success && !miss) return null;
        // The strongest of each in a sentence: "Toimintatuotot toteutuivat talousarviota suurempina" is one success, its weak verb no second.
        if (success && (met is not { } m0 || m0.Sentence != f.Sentence || f.Strength >= m0.Strength)) met = f;
        else if (miss && (missed is not { } x0 || x0.Sentence != f.Sentence || f.Strength >= x0.Strength)) missed = f;
        // "Menot toteutuivat talousarvion mukaisina. Leirimaksutuloja sen sijaan jäi saamatta …": a sentence set against the one before.
        if (met is not { } m || missed is not { } x) return null;
        if (!DoneThenShortAfterHowever(f, m, x) && (m.Strength != x.Strength
            || m.Sentence != x.Sentence && !(AgainstTheOneBefore(f, m, x) && (m.Sentence == f.Sentence || x.Sentence == f.Sentence)))) return null;
        // A figure reached mixes only with a miss in a later sentence set against it ("Kurserna nådde däremot bara 640 av målsatta 900").
        if (m.Rule == Rules.FigureReached && (m.Sentence == x.Sentence || x.Order < m.Order || !x.Sentence.Contains(contrastingStart))) return null;
        var phrase = m.Sentence != x.Sentence ? f.Phrase : Spanning(m, x);
        return f with { Rule = Rules.VerdictMixed, Phrase = phrase, Order = Math.Max(m.Order, x.Order), Qualified = false };
    }

    /// <summary>
    /// Whether f's sentence sets itself against the one before: "sen sijaan", "däremot"; or, for two budget verdicts,
    /// "Samaan aikaan kuitenkin myös toimintamenot alittivat budjetin" after income short of it (not an estimate corrected:
    /// "Kostnaderna beräknades överskrida budgeten. Kostnaderna underskred dock budgeten."); or a result worse than budgeted
    /// followed by an item past its budget the good way; or a part over its budget, then the whole kept "kaiken kaikkiaan".
    /// </summary>
    private readonly bool AgainstTheOneBefore(Finding f, Finding m, Finding x) =>
        f.Sentence.Contains(contrastingStart) || f.Sentence.Contains(howeverStart) && m.Rule.Family == CueFamily.Cost && x.Rule.Family == CueFamily.Cost
            && !(m.Sentence == f.Sentence ? x : m).Sentence.Contains(framedWordEnd - 1)
        // "Toimintakate kasvoi budjettiin nähden 5 miljoonalla eurolla. Verotulot ylittivät talousarvion 7,7 miljoonalla eurolla."
        // "… blir det en avvikelse på -6,7 miljoner kronor. … Nämnderna visar ett positivt resultat": or a part's balance in surplus.
        // "Erikoissairaanhoidon menot ylittyivät … 247 000 eurolla. Toimialat pysyivät talousarviossa kaiken kaikkiaan hyvin.": one overran, the whole kept.
        || f == m && f.Sentence.Contains(overallStart) && m.Rule.Family == CueFamily.Cost && x.Rule.Family == CueFamily.Cost && x.Order < m.Order
        || x.Rule == Rules.BudgetWorse && (m.Rule == Rules.CostUnderBudget || m.Rule == Rules.CostYearUnderBudget || m.Rule == Rules.BalanceSurplusSoFar || m.Rule == Rules.BalanceSurplus) && x.Order < m.Order;

    /// <summary>A finding in a clause that concludes ("så", "joten") from the clause of an earlier one in the same sentence.</summary>
    private readonly bool ConcludedFrom(Finding f, Finding said) =>
        soStart >= 0 && said.Sentence == f.Sentence && said.Phrase.End <= soStart && f.Phrase.Start > soStart;

    /// <summary>"Båtturerna genomfördes alla. Deltagarna stannade dock vid 610 av målsatta 900.": done, then a figure short in a sentence of "dock" after it.</summary>
    private readonly bool DoneThenShortAfterHowever(Finding f, Finding m, Finding x) =>
        f == x && m.Sentence != x.Sentence && f.Sentence.Contains(howeverStart) && x.Rule == Rules.FigureShortfall && m.Rule == Rules.VerdictAchieved;

    /// <summary>A plain verdict of success: met, on course, completed, or a budget kept.</summary>
    private static bool IsSuccess(Finding f) =>
        f.Rule == Rules.VerdictAchieved || f.Rule == Rules.VerdictOnTrack || f.Rule == Rules.VerdictCompleted
        || f.Rule.Family == CueFamily.Cost && f.Status is ForecastStatus.Achieved or ForecastStatus.OnTrack;

    /// <summary>The text from the first of two findings' phrases to the end of the later one.</summary>
    private static TextRange Spanning(Finding a, Finding b) => new(Math.Min(a.Phrase.Start, b.Phrase.Start), Math.Max(a.Phrase.End, b.Phrase.End));

    /// <summary>Whether the latest sentence's first or last contrast word stands between two phrases.</summary>
    private readonly bool ContrastBetween(TextRange a, TextRange b) => Between(firstContrast, a, b) || Between(lastContrast, a, b);

    private static bool Between(int at, TextRange a, TextRange b) => at >= Math.Min(a.End, b.End) && at < Math.Max(a.Start, b.Start);

    /// <summary>
    /// The decided finding's confidence: its rule's, less <see cref="MixedVerdictPenalty"/> when verdicts in the text
    /// disagree ("Målet uppnåddes inom metrotrafiken. Målet uppfylldes inte inom spårvägstrafiken."), so that such a text
    /// is reviewed by a person. A success in a text that also hedges or contrasts ("ovat jo yltäneet kävijätavoitteeseen,
    /// mutta … on yhä ratkaisematta") is reviewed too: every success shown green in error on the unseen rounds 28–30 at
    /// or above <see cref="Cockpit.Status.Confidence.AutoAccept"/> was such a text.
    /// </summary>
    public readonly double Confidence(Finding decided)
    {
        var confidence = decided.Rule.Kind == RuleKind.Verdict && System.Numerics.BitOperations.PopCount(verdictStatuses) > 1
            ? Math.Max(0, decided.Confidence - MixedVerdictPenalty)
            : decided.Confidence;
        return cautioned && decided.Status is ForecastStatus.Achieved or ForecastStatus.OnTrack ? Math.Min(confidence, Finding.QualifiedCeiling) : confidence;
    }
}
