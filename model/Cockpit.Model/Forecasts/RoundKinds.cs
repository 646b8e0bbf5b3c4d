using Cockpit.Status;

namespace Cockpit.Model.Forecasts;

/// <summary>The codes of the round kinds in the database and the API: <c>forecast</c> and <c>outcome</c>.</summary>
public static class RoundKinds
{
    public const string Forecast = "forecast";
    public const string Outcome = "outcome";

    public static string Code(RoundKind kind) => kind == RoundKind.Outcome ? Outcome : Forecast;
}
