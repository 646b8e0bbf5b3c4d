namespace Cockpit.Testing;

/// <summary>A test class whose every test gets a fresh temporary folder, removed afterwards.</summary>
public abstract class TempFolderTest
{
    protected TempDirectory Temp { get; private set; } = null!;

    [SetUp]
    public void CreateTempFolder() => Temp = new TempDirectory();

    [TearDown]
    public void RemoveTempFolder() => Temp.Dispose();
}
