using Cockpit.Testing;

namespace Cockpit.Model.Tests;

[SetUpFixture]
public sealed class TestSetup
{
    [OneTimeSetUp]
    public void FixCulture() => FinnishCulture.Apply();
}
