using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests;

[SetUpFixture]
public sealed class TestSetup
{
    [OneTimeSetUp]
    public void FixCulture() => FinnishCulture.Apply();
}
