using Cockpit.Ingest.Problems;

namespace Cockpit.Ingest.Forecasts;

/// <summary>What reading one workbook accumulates across its sheets.</summary>
internal sealed class ForecastReadContext(string file)
{
    public string File { get; } = file;
    public List<WorkbookProblem> Problems { get; } = [];
    /// <summary>Where each metric key was first seen, to name both cells of a collision.</summary>
    public Dictionary<UInt128, (string Sheet, string Cell)> SeenMetrics { get; } = [];
    public List<string> SheetsRead { get; } = [];
    public List<string> SheetsSkipped { get; } = [];
    public bool SawCells { get; set; }
    public int SkippedRows { get; set; }
    /// <summary>What the reader threw, unforeseen, behind an Unreadable problem.</summary>
    public Exception? Fault { get; set; }
}
