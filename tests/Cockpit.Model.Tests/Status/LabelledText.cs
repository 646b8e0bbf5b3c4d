using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>One labelled forecast text from a TSV file (label, lang, source, text).</summary>
public sealed record LabelledText(ForecastStatus Label, string Lang, string Source, string Text, int Line);
