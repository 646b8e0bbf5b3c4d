using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>One labelled text from a TSV file (label, lang, source, optionally round, text); a file without a round column is forecasts.</summary>
public sealed record LabelledText(ForecastStatus Label, string Lang, string Source, string Text, int Line, RoundKind Round = RoundKind.Forecast);
