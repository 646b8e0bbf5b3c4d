namespace Cockpit.Ingest.Problems;

/// <summary>Everything a workbook can be refused for. Texts for each live in <see cref="ProblemTexts"/>.</summary>
public enum ProblemCode
{
    NotWorkbookPdf,
    NotWorkbookText,
    NotWorkbook,
    OldXls,
    PasswordProtected,
    Corrupt,
    PartTooLarge,
    EmptyWorkbook,
    NoHeader,
    NoRoundColumns,
    BadRoundHeader,
    DuplicateRoundColumn,
    NoMetricRows,
    MetricCollision,
    ErrorValue,
    FormulaWithoutValue,
    TextTooLong,
    ForecastWithoutMetric,
    GoalMissing,
    // The monthly report
    MissingSheet,
    MissingColumn,
    NoDataRows,
    BadMonth,
    MergedFigure,
    NotANumber,
    MissingValue,
    NegativeValue,
    AbsurdValue,
    DuplicateMonthlyRow,
    UnknownMetric,
    NoMetricsKnown,
    UnknownServiceEntity,
    // Either kind: what the reader did not foresee (see Unreadable)
    Unreadable,
    // Either kind: reading it took longer than the server allows (Cockpit:Uploads:ReadSeconds)
    ReadTooLong,
}
