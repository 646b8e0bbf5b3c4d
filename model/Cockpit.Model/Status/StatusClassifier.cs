namespace Cockpit.Model.Status;

/// <summary>Reads a free-text forecast (Finnish, Swedish or English) as a status.</summary>
public static class StatusClassifier
{
    // Placeholder until the rule-based classifier lands: empty means not assessed, anything else is unread.
    public static StatusResult Classify(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? new StatusResult(ForecastStatus.NotAssessed, "empty", "", 1.0)
            : new StatusResult(ForecastStatus.NotAssessed, "placeholder", "", 0.0);
}
