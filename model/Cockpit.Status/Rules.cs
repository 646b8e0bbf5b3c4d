using System.Reflection;
using static Cockpit.Status.CueFamily;
using static Cockpit.Status.ForecastStatus;
using static Cockpit.Status.RuleLanguages;

namespace Cockpit.Status;

/// <summary>
/// The rule table: every rule the classifier can decide by, with its status, cue family, languages, severity (risks) and
/// confidence. Which finding wins is decided in one place, <see cref="StatusResolver"/>. Two rules may share a code when
/// they are the same wording read with the opposite polarity ("verdict.double_negation": a denied miss is on track, a
/// denied success at risk).
/// </summary>
public static class Rules
{
    public static readonly Rule Empty = new("empty", Cell, All, NotAssessed, RuleKind.Fallback, 1.0);
    public static readonly Rule Placeholder = new("placeholder", Cell, All, NotAssessed, RuleKind.Fallback, 0.95);
    public static readonly Rule NoCues = new("no_cues", Cell, All, NotAssessed, RuleKind.Fallback, 0.3);
    public static readonly Rule ResemblesRisk = new("resemblance.at_risk", CueFamily.Resemblance, All, AtRisk, RuleKind.Fallback, 0.5);
    public static readonly Rule ResemblesMiss = new("resemblance.will_not_be_met", CueFamily.Resemblance, All, WillNotBeMet, RuleKind.Fallback, 0.5);
    public static readonly Rule Progress = new("progress", CueFamily.Progress, All, OnTrack, RuleKind.Progress, 0.6);

    public static readonly Rule VerdictAchieved = Verdict("verdict.achieved", Realisation, All, Achieved, 0.9, 0.75);
    public static readonly Rule VerdictOnTrack = Verdict("verdict.on_track", Realisation, All, OnTrack, 0.9, 0.75);
    public static readonly Rule VerdictNegated = Verdict("verdict.negated", Negation, All, WillNotBeMet, 0.9, 0.75);
    public static readonly Rule VerdictUnrealised = Verdict("verdict.unrealised", Negation, Fi, WillNotBeMet, 0.9, 0.75);
    public static readonly Rule VerdictDoubleNegation = Verdict("verdict.double_negation", Negation, All, OnTrack, 0.7, 0.7);
    public static readonly Rule VerdictDeniedSuccess = Verdict("verdict.double_negation", Negation, All, AtRisk, 0.7, 0.7);
    public static readonly Rule VerdictFailed = Verdict("verdict.failed", Negation, All, WillNotBeMet, 0.85, 0.85);
    public static readonly Rule VerdictShortfall = Verdict("verdict.shortfall", Threshold, All, WillNotBeMet, 0.85, 0.85);
    public static readonly Rule VerdictPartial = Verdict("verdict.partial", Softener, All, AtRisk, 0.75, 0.75);
    public static readonly Rule VerdictRisk = Verdict("verdict.risk", Softener, All, AtRisk, 0.8, 0.7);
    public static readonly Rule VerdictHedged = Verdict("verdict.hedged", Hedge, All, AtRisk, 0.85, 0.8);
    public static readonly Rule VerdictConditional = Verdict("verdict.conditional", Condition, All, AtRisk, 0.8, 0.8);
    public static readonly Rule VerdictPossible = Verdict("verdict.possible", Softener, All, AtRisk, 0.75, 0.75);
    public static readonly Rule VerdictNotYet = Verdict("verdict.not_yet", Softener, All, AtRisk, 0.6, 0.6);
    public static readonly Rule VerdictDelayed = Verdict("verdict.delayed", Delay, All, AtRisk, 0.75, 0.75);
    public static readonly Rule VerdictOffTrack = Verdict("verdict.off_track", CueFamily.Progress, All, AtRisk, 0.75, 0.75);
    public static readonly Rule VerdictNotAtRisk = Verdict("verdict.not_at_risk", Hedge, All, OnTrack, 0.75, 0.75);
    public static readonly Rule VerdictPostponed = Verdict("verdict.postponed", Delay, All, WillNotBeMet, 0.8, 0.8);
    public static readonly Rule VerdictNotInTime = Verdict("verdict.not_in_time", Time, All, WillNotBeMet, 0.8, 0.8);
    public static readonly Rule VerdictNextYear = Verdict("verdict.next_year", Time, All, WillNotBeMet, 0.85, 0.8);
    public static readonly Rule VerdictCancelled = Verdict("verdict.cancelled", Cancellation, All, WillNotBeMet, 0.85, 0.7);
    public static readonly Rule VerdictNoObstacle = Verdict("verdict.no_obstacle", Fate, All, OnTrack, 0.75, 0.75);
    public static readonly Rule VerdictNoObstacleToMiss = Verdict("verdict.no_obstacle", Fate, All, AtRisk, 0.75, 0.75);
    public static readonly Rule VerdictInfeasible = Verdict("verdict.infeasible", Fate, All, WillNotBeMet, 0.85, 0.8);
    public static readonly Rule VerdictNotReplaced = Verdict("verdict.not_replaced", Fate, All, WillNotBeMet, 0.75, 0.75);
    public static readonly Rule VerdictCompleted = Verdict("verdict.completed", Fate, All, Achieved, 0.8, 0.8);
    public static readonly Rule VerdictUnassessable = Verdict("verdict.unassessable", Assessment, All, NotAssessed, 0.8, 0.8);
    public static readonly Rule VerdictDeferred = Verdict("verdict.deferred", Assessment, All, NotAssessed, 0.7, 0.7);
    public static readonly Rule VerdictNoForecast = Verdict("verdict.no_forecast", Assessment, All, NotAssessed, 0.7, 0.7);
    public static readonly Rule VerdictProcedure = Verdict("verdict.procedure", Assessment, All, NotAssessed, 0.7, 0.7);

    public static readonly Rule CostUnderBudget = Verdict("cost.under_budget", Cost, All, OnTrack, 0.85, 0.85);
    public static readonly Rule BudgetBetter = Verdict("budget.better", Cost, All, Achieved, 0.85, 0.85);
    public static readonly Rule BudgetBetterSoFar = Verdict("budget.better_so_far", Cost, All, OnTrack, 0.8, 0.8);
    public static readonly Rule BudgetWorse = Verdict("budget.worse", Cost, All, WillNotBeMet, 0.8, 0.8);
    public static readonly Rule BudgetWorseSoFar = Verdict("budget.worse_so_far", Cost, All, AtRisk, 0.75, 0.75);
    public static readonly Rule BalanceSurplus = Verdict("balance.surplus", Cost, All, Achieved, 0.8, 0.8);
    public static readonly Rule BalanceSurplusSoFar = Verdict("balance.surplus_so_far", Cost, All, OnTrack, 0.75, 0.75);
    public static readonly Rule BalanceDeficit = Verdict("balance.deficit", Cost, All, WillNotBeMet, 0.8, 0.8);
    public static readonly Rule BalanceDeficitSoFar = Verdict("balance.deficit_so_far", Cost, All, AtRisk, 0.75, 0.75);
    public static readonly Rule CostYearUnderBudget = Verdict("cost.year_under_budget", Cost, All, Achieved, 0.85, 0.85);
    public static readonly Rule CostOverrun = Verdict("cost.overrun", Cost, All, WillNotBeMet, 0.85, 0.85);
    public static readonly Rule CostInterimOverrun = Verdict("cost.interim_overrun", Cost, All, AtRisk, 0.7, 0.7);
    public static readonly Rule CostRisk = Verdict("cost.risk", Cost, All, AtRisk, 0.75, 0.75);

    public static readonly Rule FigureReached = Verdict("figure.reached", Figure, All, Achieved, 0.85, 0.85);
    public static readonly Rule FigureForecastReached = Verdict("figure.forecast_reached", Figure, All, OnTrack, 0.8, 0.8);
    public static readonly Rule FigureShortfall = Verdict("figure.shortfall", Figure, All, WillNotBeMet, 0.75, 0.75);
    public static readonly Rule FigurePartOfTarget = Verdict("figure.part_of_target", Figure, All, WillNotBeMet, 0.8, 0.8);
    public static readonly Rule FigurePartSoFar = Verdict("figure.part_so_far", Figure, All, AtRisk, 0.75, 0.75);
    public static readonly Rule VerdictPartOfGoals = Verdict("verdict.part_of_goals", Outcome, All, AtRisk, 0.8, 0.8);
    public static readonly Rule VerdictMixed = Verdict("verdict.mixed", Outcome, All, AtRisk, 0.75, 0.75);
    public static readonly Rule ResultGood = new("result.good", CueFamily.Progress, All, Achieved, RuleKind.Progress, 0.6);
    public static readonly Rule ResultGoodSoFar = new("result.good_so_far", CueFamily.Progress, All, OnTrack, RuleKind.Progress, 0.6);
    public static readonly Rule StateAll = new("state.all", CueFamily.Progress, All, Achieved, RuleKind.Progress, 0.6);
    public static readonly Rule StateAllSoFar = new("state.all_so_far", CueFamily.Progress, All, OnTrack, RuleKind.Progress, 0.6);
    public static readonly Rule ProgressOnSchedule = new("progress.on_schedule", CueFamily.Progress, All, OnTrack, RuleKind.Progress, 0.6);
    public static readonly Rule ProgressRescheduled = new("progress.rescheduled", CueFamily.Progress, All, OnTrack, RuleKind.Progress, 0.6);
    public static readonly Rule FigureBelowLastYear = Verdict("figure.below_last_year", Figure, All, WillNotBeMet, 0.7, 0.7);
    public static readonly Rule FigureBelowTarget = Verdict("figure.below_target", Figure, All, WillNotBeMet, 0.8, 0.8);

    public static readonly Rule RiskCancelled = Risk("risk.cancelled", Cancellation, All, 6, 0.65);
    public static readonly Rule RiskBelowTarget = Risk("risk.below_target", Figure, All, 6, 0.65);
    public static readonly Rule RiskBelowLastYear = Risk("risk.below_last_year", Figure, All, 5, 0.6);
    public static readonly Rule RiskDelay = Risk("risk.delay", Delay, All, 5, 0.7);
    public static readonly Rule RiskStalled = Risk("risk.stalled", CueFamily.Progress, All, 5, 0.65);
    public static readonly Rule RiskFailed = Risk("risk.failed", Negation, All, 5, 0.65);
    public static readonly Rule RiskObstacle = Risk("risk.obstacle", Fate, All, 4, 0.6);
    public static readonly Rule RiskPartial = Risk("risk.partial", Negation, All, 4, 0.6);
    public static readonly Rule RiskHedge = Risk("risk.hedge", Hedge, All, 4, 0.65);
    public static readonly Rule RiskUncertain = Risk("risk.uncertain", Hedge, All, 4, 0.65);
    public static readonly Rule RiskWorkLeft = Risk("risk.work_left", CueFamily.Progress, All, 4, 0.6);
    public static readonly Rule RiskConditional = Risk("risk.conditional", Condition, All, 3, 0.6);
    public static readonly Rule RiskUnassessable = Risk("risk.unassessable", Assessment, All, 3, 0.6);
    public static readonly Rule RiskOpen = Risk("risk.open", Hedge, All, 4, 0.65);
    public static readonly Rule RiskWorsening = Risk("risk.worsening", CueFamily.Progress, All, 4, 0.65);
    public static readonly Rule RiskCorona = Risk("risk.corona", Corona, All, 1, 0.45);

    /// <summary>Every rule in the table, in declaration order.</summary>
    public static IReadOnlyList<Rule> Table { get; } = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule)).Select(f => (Rule)f.GetValue(null)!).ToArray();

    private static Rule Verdict(string code, CueFamily family, RuleLanguages languages, ForecastStatus status, double named, double unnamed) =>
        new(code, family, languages, status, RuleKind.Verdict, 0, named, unnamed);

    private static Rule Risk(string code, CueFamily family, RuleLanguages languages, int severity, double confidence) =>
        new(code, family, languages, AtRisk, RuleKind.Risk, severity, confidence, confidence);
}
