using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>A labelled text and what the classifier made of it.</summary>
public sealed record EvaluatedText(LabelledText Row, StatusResult Result)
{
    public bool IsRight => Row.Label == Result.Status;

    /// <summary>A miss or a risk shown as green: the error leadership must never see.</summary>
    public bool IsDangerous =>
        Row.Label is ForecastStatus.WillNotBeMet or ForecastStatus.AtRisk
        && Result.Status is ForecastStatus.Achieved or ForecastStatus.OnTrack;
}
