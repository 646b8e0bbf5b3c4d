namespace Cockpit.Testing;

/// <summary>Where the repository and the shared material beside it are, found from the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string SampleWorkbook => Path.Combine(Samples, "kuva-2020-sitovat-tavoitteet.xlsx");

    /// <summary>../shared beside the repository (docs, seed, labelled data), as the developers and CI have it.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cockpit.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cockpit.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
