namespace Cockpit.Ingest.Problems;

/// <summary>Thrown inside the reader when the file cannot be read at all; carries the one problem to report.</summary>
public sealed class WorkbookRejectedException(WorkbookProblem problem) : Exception(problem.Describe("en"))
{
    public WorkbookProblem Problem { get; } = problem;
}
