using Cockpit.Ingest.Monthly;
using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>
/// Loads a workbook of either kind, recognised from its content: a sheet named Mittarit, Talous or Mätare (Swedish)
/// makes a monthly report; anything else is read as a forecast report (which then says what it lacks).
/// Whatever a file holds, the outcome is a load or a refusal with a sentence, never an exception (see <see cref="Unreadable"/>).
/// </summary>
public sealed class WorkbookIngest(CockpitStore store)
{
    public IngestOutcome Ingest(string path, IngestOptions options)
    {
        using var stream = File.OpenRead(path);
        return Ingest(stream, Path.GetFileName(path), options);
    }

    public IngestOutcome Ingest(Stream stream, string fileName, IngestOptions options) =>
        KindOf(stream, fileName) == MonthlyIngest.Kind
            ? new MonthlyIngest(store).Ingest(stream, fileName, options)
            : new ForecastIngest(store).Ingest(stream, fileName, options);

    /// <summary>
    /// <c>monthly</c> or <c>forecast</c>, and never throws for what the file holds: a file whose sheet names cannot be read
    /// counts as a forecast report, whose reader then says what is wrong with it. Rewinds the stream.
    /// </summary>
    public static string KindOf(Stream stream, string fileName)
    {
        try
        {
            return MonthlyWorkbookReader.IsMonthly(XlsxWorkbook.ReadSheetNames(stream, fileName)) ? MonthlyIngest.Kind : ForecastIngest.Kind;
        }
        catch (Exception e) when (Unreadable.IsFileFault(e))
        {
            return ForecastIngest.Kind;
        }
        finally
        {
            if (stream.CanSeek) stream.Position = 0;
        }
    }
}
