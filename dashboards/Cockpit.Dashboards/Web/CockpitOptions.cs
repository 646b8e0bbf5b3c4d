namespace Cockpit.Dashboards.Web;

/// <summary>The server's settings, bound from the <c>Cockpit</c> configuration section (<c>Cockpit__Database</c>, ...).</summary>
public sealed class CockpitOptions
{
    public string Database { get; set; } = Model.Store.CockpitStore.DefaultPath;

    /// <summary>The dashboard definition; relative paths are taken from the application's folder.</summary>
    public string Dashboard { get; set; } = Dashboards.Dashboard.DefaultFile;

    /// <summary>Load the bundled sample workbook when the database has no upload yet.</summary>
    public bool LoadSamplesWhenEmpty { get; set; } = true;
}
