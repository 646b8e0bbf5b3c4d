namespace Cockpit.Status;

/// <summary>The confidence bands the review page works with.</summary>
public static class Confidence
{
    /// <summary>
    /// At or above this a derived status passes without a person looking at it: the rules that reach it are right at
    /// least 98 % of the time on the labelled sets (see the calibration test). Below it, a controller reviews the status.
    /// </summary>
    public const double AutoAccept = 0.9;

    public static bool PassesWithoutReview(this StatusResult result) => result.Confidence >= AutoAccept;
}
