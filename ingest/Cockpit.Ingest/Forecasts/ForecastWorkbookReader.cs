using System.Xml;
using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;
using Cockpit.Model.Forecasts;

namespace Cockpit.Ingest.Forecasts;

/// <summary>Reads every data sheet of a forecast workbook, streaming its metric rows and collecting all its problems.</summary>
internal static class ForecastWorkbookReader
{
    /// <summary>Reads every sheet; throws <see cref="OperationCanceledException"/> once <paramref name="cancel"/> is cancelled.</summary>
    public static void Read(Stream stream, ForecastReadContext context, Action<MetricRow> onRow, CancellationToken cancel = default)
    {
        string? reading = null; // the sheet being read, to name it when the unforeseen happens
        try
        {
            using var workbook = XlsxWorkbook.Open(stream, context.File, cancel: cancel);
            foreach (var sheet in workbook.Sheets)
            {
                reading = sheet.Name;
                var isData = new ForecastSheetReader(context, workbook, sheet).Read(onRow);
                (isData ? context.SheetsRead : context.SheetsSkipped).Add(sheet.Name);
            }
            reading = null;
            if (!context.SawCells)
                context.Problems.Add(new WorkbookProblem(context.File, null, null, ProblemCode.EmptyWorkbook));
            else if (context.SheetsRead.Count == 0)
                context.Problems.Add(new WorkbookProblem(context.File, null, null, ProblemCode.NoHeader, string.Join(", ", context.SheetsSkipped)));
        }
        catch (WorkbookRejectedException e)
        {
            context.Problems.Add(e.Problem);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            context.Problems.Add(new WorkbookProblem(context.File, null, null, ProblemCode.Corrupt, e.Message));
        }
        catch (Exception e) when (Unreadable.IsFileFault(e))
        {
            context.Problems.Add(Unreadable.Problem(context.File, reading, e));
            context.Fault = e;
        }
    }
}
