using Cockpit.Testing;

namespace Cockpit.Ingest.Tests;

[SetUpFixture]
public sealed class TestSetup
{
    [OneTimeSetUp]
    public void FixCulture() => FinnishCulture.Apply();
}
