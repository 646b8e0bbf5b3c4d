using Cockpit.Ingest.Problems;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

public enum IngestStatus
{
    /// <summary>Written and committed.</summary>
    Loaded,
    /// <summary>A dry run found nothing wrong; nothing was written.</summary>
    Validated,
    /// <summary>The same bytes were loaded before; nothing changed.</summary>
    AlreadyLoaded,
    /// <summary>The workbook has problems; nothing was written.</summary>
    Rejected,
}

/// <summary>What became of one workbook.</summary>
/// <param name="Fault">What the reader threw, unforeseen, behind an Unreadable problem: for the server's log, never for the sender.</param>
public sealed record IngestOutcome(
    string File,
    IngestStatus Status,
    IReadOnlyList<WorkbookProblem> Problems,
    IngestSummary? Summary = null,
    StoredUpload? Existing = null,
    MonthlySummary? Monthly = null,
    string? Sha256 = null,
    Exception? Fault = null)
{
    public bool Succeeded => Status != IngestStatus.Rejected;
}

/// <summary>What a workbook held and what loading it did.</summary>
public sealed record IngestSummary(
    int UploadId,
    int MetricRows,
    int Goals,
    int Themes,
    IReadOnlyList<RoundCount> Rounds,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<Replacement> Replaced,
    IReadOnlyList<DroppedOverride> DroppedOverrides,
    IReadOnlyList<string> SheetsRead,
    IReadOnlyList<string> SheetsSkipped,
    int RowsSkipped)
{
    /// <summary>In a dry run, the forecast cells whose text or status in force loading would change.</summary>
    public IReadOnlyList<ForecastChange> Changes { get; init; } = [];
}

/// <summary>How many forecast cells of a round had text, and how many were empty.</summary>
public sealed record RoundCount(ReportingRound Round, int Filled, int Empty);

/// <summary>What a monthly report held and what loading it did.</summary>
public sealed record MonthlySummary(
    int UploadId,
    IReadOnlyList<(string Sheet, int Rows)> RowsPerSheet,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<MonthReplacement> Replaced,
    int RowsWithoutActual);
