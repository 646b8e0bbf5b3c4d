namespace Cockpit.Model.Monthly;

/// <summary>One row of a monthly report's Talous sheet, in thousands of euros.</summary>
public sealed record BudgetValue(
    string ServiceEntity,
    DateOnly Month,
    double Budget,
    double Actual,
    double? Forecast,
    string Sheet,
    string Cell);
