namespace Cockpit.Dashboards.Web;

/// <summary>Dates as the city reads them: Helsinki time, where the zone is known (else UTC).</summary>
public static class CityClock
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Helsinki", out var helsinki) ? helsinki : TimeZoneInfo.Utc;

    public static DateOnly Today() => DateOf(DateTimeOffset.UtcNow);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>A moment DuckDB gave as milliseconds since 1970 (<c>epoch_ms</c> of a TIMESTAMPTZ).</summary>
    public static DateOnly DateOfEpochMs(long milliseconds) => DateOf(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
}
