namespace Cockpit.Status;

/// <summary>The status a forecast text is read as; <see cref="StatusCodes"/> gives the stable text codes.</summary>
public enum ForecastStatus
{
    Achieved,
    OnTrack,
    AtRisk,
    WillNotBeMet,
    NotAssessed,
}
