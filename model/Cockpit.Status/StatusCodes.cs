namespace Cockpit.Status;

/// <summary>The codes stored in the database and shown to analysts: <c>achieved</c>, <c>on_track</c>, ...</summary>
public static class StatusCodes
{
    private static readonly Dictionary<ForecastStatus, string> Codes = new()
    {
        [ForecastStatus.Achieved] = "achieved",
        [ForecastStatus.OnTrack] = "on_track",
        [ForecastStatus.AtRisk] = "at_risk",
        [ForecastStatus.WillNotBeMet] = "will_not_be_met",
        [ForecastStatus.NotAssessed] = "not_assessed",
    };

    public static IReadOnlyCollection<string> All => Codes.Values;

    public static string ToCode(this ForecastStatus status) => Codes[status];

    public static bool TryParse(string? code, out ForecastStatus status)
    {
        foreach (var (key, value) in Codes)
        {
            if (string.Equals(value, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = key;
                return true;
            }
        }
        status = default;
        return false;
    }
}
