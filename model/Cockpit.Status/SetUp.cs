namespace Cockpit.Status;

/// <summary>
/// What the sentences before set up for the next one: the lone figure of the sentence right before ("Kursseilla on käynyt
/// 140 nuorta." before "Vuoden tavoite on 320."), whether it measured costs or income ("Kostnaden blir 45 miljoner." before
/// "Det är 20 miljoner mer än beräknat."), a surplus any of them required ("bör … peka på ett överskott på 400 kkr"), or NaN,
/// and whether the reading so far is a miss ("alittamaan tulotavoitteensa … ja ylittämään menotavoitteen." before
/// "Toimintakatteen ennustetaan alittuvan 6,9 miljoonaa euroa.": the margin sums up the misses), and whether it measured
/// costs kept within the budget ("menot jäivät 1,1 miljoonaa budjetoitua alhaisemmiksi." before "Verotuloista jäi saamatta …"),
/// and whether a budget was adopted or proposed ("esittää … ensi vuodelle lievästi alijäämäistä talousarviota." before
/// "Alijäämää olisi 0,14 miljoonaa euroa.": the balance is the plan's), and whether the reading so far is a delay ("toimitus
/// viivästyi seitsemän viikkoa." before "Portaat saadaan käyttöön lokakuun puolivälissä.": a new date may answer it), and whether
/// any sentence so far held every event ("Alla 40 kvällar … hölls." before "Deltagarna var däremot 620, medan målet var 1 000.":
/// one measure short beside all held is met in part), and whether the reading so far is met in part ("… kaikkiin
/// lähikirjastoihin, Haagan toimipiste pois lukien." before "Sinne laite asennetaan helmikuussa 2101.": the rest moved on).
/// </summary>
internal readonly record struct SetUp(LoneFigure? Figure, bool Costs, bool Income, double RequiredSurplus, bool Missed, bool CostsKept, bool BudgetPlan, bool Delayed, bool AllHeld, bool Partial)
{
    public static readonly SetUp None = new(null, false, false, double.NaN, false, false, false, false, false, false);

    /// <summary>What sentence <paramref name="s"/> sets up, after what the sentences before it did and the reading so far.</summary>
    public static SetUp After(SentenceContext s, SetUp before, Finding? sofar)
    {
        var (costs, income) = BudgetRules.Measured(s);
        var required = BalanceRules.RequiredSurplus(s);
        var kept = sofar is { Rule.Family: CueFamily.Cost, Status: ForecastStatus.Achieved or ForecastStatus.OnTrack } && costs && !income;
        var plan = before.BudgetPlan || AnyAdoptsBudget(s);
        return new SetUp(FigureRules.Lone(s), costs, income, double.IsNaN(required) ? before.RequiredSurplus : required, sofar?.Status == ForecastStatus.WillNotBeMet, kept, plan, sofar?.Rule == Rules.RiskDelay,
            before.AllHeld || s.Round == RoundKind.Outcome && OutcomeRules.AllHeldIn(s), sofar?.Rule == Rules.RiskPartial || sofar?.Rule == Rules.VerdictPartial);
    }

    private static bool AnyAdoptsBudget(SentenceContext s)
    {
        for (var i = 0; i < s.T.Count; i++)
            if (SentenceReader.AdoptsBudget(s, i) >= 0) return true;
        return false;
    }
}
