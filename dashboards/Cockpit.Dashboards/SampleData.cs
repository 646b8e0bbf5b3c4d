using Cockpit.Ingest;
using Cockpit.Model.Store;
using Cockpit.Samples;

namespace Cockpit.Dashboards;

/// <summary>The bundled samples: the 2020 forecast report, then the monthly reports of January–June 2020.</summary>
public static class SampleData
{
    /// <summary>Loads every sample into an empty database; a database with any upload is left as it is.</summary>
    public static IReadOnlyList<IngestOutcome> LoadIntoEmpty(CockpitStore store)
    {
        if (store.Connection.Scalar<long>("SELECT count(*) FROM uploads") > 0) return [];
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var files = new[] { Path.Combine(folder, SeedWorkbook.FileName) }
            .Concat(MonthlyWorkbook.Months.Select(m => Path.Combine(folder, MonthlyWorkbook.FileName(m))))
            .Where(File.Exists);
        var ingest = new WorkbookIngest(store);
        return files.Select(file => ingest.Ingest(file, new IngestOptions("samples"))).ToList();
    }
}
