using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;
using Cockpit.Model.Forecasts;

namespace Cockpit.Ingest.Forecasts;

/// <summary>A recognised header row: what each column holds, and which round each forecast column reports.</summary>
internal sealed record ForecastHeader(
    int Row,
    IReadOnlyDictionary<ColumnRole, int> Columns,
    IReadOnlyList<(int Column, ReportingRound Round)> Rounds,
    IReadOnlyDictionary<int, string> ExtraNames)
{
    /// <summary>The header in <paramref name="row"/>, if it has a goal and a metric column; its round problems go to <paramref name="problems"/>.</summary>
    public static ForecastHeader? Recognise(XlsxRow row, string file, string sheet, List<WorkbookProblem> problems)
    {
        var roles = row.Cells.Where(c => c.Kind == CellKind.Text).Select(c => (Cell: c, Role: HeaderNames.RoleOf(c.Text))).ToList();
        if (!roles.Any(r => r.Role == ColumnRole.Goal) || !roles.Any(r => r.Role == ColumnRole.Metric)) return null;

        var columns = new Dictionary<ColumnRole, int>();
        var rounds = new List<(int, ReportingRound)>();
        var extras = new Dictionary<int, string>();
        foreach (var (cell, role) in roles)
        {
            var address = CellAddress.Of(cell.Column, row.Number);
            if (role == ColumnRole.Round)
            {
                if (!HeaderNames.TryParseRound(cell.Text, out var round))
                    problems.Add(new WorkbookProblem(file, sheet, address, ProblemCode.BadRoundHeader, TextKey.Tidy(cell.Text)));
                else if (rounds.FirstOrDefault(r => r.Item2 == round) is ({ } other, _) && other > 0)
                    problems.Add(new WorkbookProblem(file, sheet, address, ProblemCode.DuplicateRoundColumn, RoundAsWritten(round, cell.Text), CellAddress.ColumnName(other)));
                else
                    rounds.Add((cell.Column, round));
            }
            else if (role == ColumnRole.Extra || !columns.TryAdd(role, cell.Column))
            {
                extras[cell.Column] = TextKey.Tidy(cell.Text).Replace('\n', ' ');
            }
        }
        if (rounds.Count == 0 && !roles.Any(r => r.Role == ColumnRole.Round))
            problems.Add(new WorkbookProblem(file, sheet, CellAddress.Of(row.Cells[0].Column, row.Number), ProblemCode.NoRoundColumns));
        return new ForecastHeader(row.Number, columns, rounds, extras);
    }

    /// <summary>A forecast round by its key (2/2020), the year-end outcome by its header as written ("Utfall 2020").</summary>
    private static string RoundAsWritten(ReportingRound round, string header) =>
        round.Kind == Cockpit.Status.RoundKind.Outcome ? TextKey.Tidy(header).Replace('\n', ' ') : round.ToString();
}
