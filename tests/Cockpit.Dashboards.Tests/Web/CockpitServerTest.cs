namespace Cockpit.Dashboards.Tests.Web;

/// <summary>A test class that shares one running cockpit, over the sample, among its tests.</summary>
public abstract class CockpitServerTest
{
    protected RunningCockpit Cockpit { get; private set; } = null!;

    protected HttpClient Client => Cockpit.Client;

    [OneTimeSetUp]
    public async Task StartCockpit() => Cockpit = await RunningCockpit.StartAsync();

    [OneTimeTearDown]
    public async Task StopCockpit() => await Cockpit.DisposeAsync();
}
