using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests;

/// <summary>
/// The folder layout is the architecture: the status classifier depends on nothing, model on it alone, ingest on model,
/// dashboards hosts.
/// </summary>
public partial class ArchitectureTests
{
    [TestCase("model/Cockpit.Status", new string[0])]
    [TestCase("model/Cockpit.Model", new[] { "Cockpit.Status" })]
    [TestCase("ingest/Cockpit.Ingest", new[] { "Cockpit.Model" })]
    [TestCase("samples/Cockpit.Samples", new string[0])]
    public void A_layer_references_only_the_layers_below_it(string project, string[] allowed)
    {
        var references = Project(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value));
        Assert.That(references, Is.SubsetOf(allowed));
    }

    [TestCase("model/Cockpit.Model", new[] { "ClosedXML", "ScottPlot", "Microsoft.AspNetCore" })]
    [TestCase("ingest/Cockpit.Ingest", new[] { "ScottPlot", "Microsoft.AspNetCore" })]
    public void A_layer_uses_no_package_that_belongs_higher_up(string project, string[] forbidden)
    {
        var xml = Project(project);
        var packages = xml.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();
        Assert.That(packages.Where(p => forbidden.Any(f => p.StartsWith(f, StringComparison.Ordinal))), Is.Empty);
        Assert.That(xml.Root!.Attribute("Sdk")!.Value, Is.EqualTo("Microsoft.NET.Sdk"), "only the host is a web project");
    }

    [Test]
    public void The_status_classifier_uses_no_package_and_so_no_database() =>
        Assert.That(Project("model/Cockpit.Status").Descendants("PackageReference"), Is.Empty);

    [Test]
    public void No_sql_is_built_by_string_interpolation_or_concatenation()
    {
        var offenders = ProductSources()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => InterpolatedSql().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repository.Root, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.That(offenders, Is.Empty);
    }

    private static XDocument Project(string folder) =>
        XDocument.Load(Path.Combine(Repository.Root, folder, Path.GetFileName(folder) + ".csproj"));

    private static IEnumerable<string> ProductSources() =>
        new[] { "model", "ingest", "dashboards", "samples" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(Repository.Root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("""(CommandText\s*=\s*\$"|\.(Execute|Query|Scalar|Command)(<[^>]*>)?\(\s*\$"|(SELECT|INSERT|UPDATE|DELETE)[^"]*"\s*\+)""")]
    private static partial Regex InterpolatedSql();
}
