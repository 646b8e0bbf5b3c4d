namespace Cockpit.Status;

/// <summary>
/// What kind of reporting round a text was written for. A forecast (Ennuste 1–3/2020, Prognos) looks ahead, so a
/// present tense ("tavoite toteutuu", "målet nås") is a forecast of success: on track. An outcome (a year-end column:
/// Toteuma 2020, Utfall 2020, Tilinpäätös 2020, Bokslut) looks back, so the same present tense reports what happened:
/// achieved.
/// </summary>
public enum RoundKind
{
    Forecast,
    Outcome,
}
