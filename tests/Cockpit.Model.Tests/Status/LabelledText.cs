using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// One labelled text from a TSV file (label, lang, source, optionally round, text); a file without a round column is
/// forecasts. <see cref="Year"/> is the year of the report the text was written for, where the set knows it (0 if not).
/// </summary>
public sealed record LabelledText(ForecastStatus Label, string Lang, string Source, string Text, int Line, RoundKind Round = RoundKind.Forecast, int Year = 0);
