using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Cockpit.Testing.Fuzz;

/// <summary>A workbook to mutate: its parts in package order.</summary>
public sealed record FuzzBase(string Name, IReadOnlyList<(string Part, byte[] Content)> Parts)
{
    public static FuzzBase Load(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return new FuzzBase(Path.GetFileName(path), zip.Entries.Select(e => (e.FullName, Bytes(e))).ToList());
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>One mutated workbook: the seed and index that made it (to replay it) and what was done (to report it).</summary>
public sealed record FuzzCase(int Seed, int Index, string Base, IReadOnlyList<string> Mutations, byte[] Bytes)
{
    public string FileName => $"fuzz-{Index}-{Base}";

    public override string ToString() => $"seed {Seed} case {Index} ({Base}): {string.Join("; ", Mutations)}";
}

/// <summary>
/// Seeded structural mutations of the XML parts that the reader reads (sheets, shared strings, styles, workbook and its
/// relationships). Case <c>i</c> of seed <c>s</c> is the same on every machine: COCKPIT_FUZZ_SEED picks the seed,
/// COCKPIT_FUZZ_CASE replays one case, COCKPIT_FUZZ_CASES changes how many are run.
/// </summary>
public static class WorkbookFuzz
{
    public const int DefaultSeed = 20200430;

    private static readonly DateTimeOffset Timestamp = new(2020, 4, 30, 12, 0, 0, TimeSpan.Zero);

    // Part kinds and how often a mutation goes to each.
    private static readonly (string Kind, int Weight, Func<string, bool> Is)[] Targets =
    [
        ("sheet", 40, p => p.StartsWith("xl/worksheets/", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)),
        ("sharedStrings", 20, p => p == "xl/sharedStrings.xml"),
        ("styles", 15, p => p == "xl/styles.xml"),
        ("workbook", 15, p => p == "xl/workbook.xml"),
        ("rels", 10, p => p.EndsWith(".rels", StringComparison.Ordinal)),
    ];

    public static int Seed => Environment("COCKPIT_FUZZ_SEED") ?? DefaultSeed;

    /// <summary>The indexes to run: COCKPIT_FUZZ_CASE alone when it is set, else 0 .. COCKPIT_FUZZ_CASES (or <paramref name="count"/>) - 1.</summary>
    public static IEnumerable<int> Indexes(int count) =>
        Environment("COCKPIT_FUZZ_CASE") is { } only ? [only] : Enumerable.Range(0, Environment("COCKPIT_FUZZ_CASES") ?? count);

    /// <summary>Prints a run's figures, and appends them to the file COCKPIT_FUZZ_REPORT names (CI prints it after the tests).</summary>
    public static void Report(string line)
    {
        TestContext.Progress.WriteLine(line);
        if (System.Environment.GetEnvironmentVariable("COCKPIT_FUZZ_REPORT") is { Length: > 0 } report)
            File.AppendAllLines(report, [line]);
    }

    /// <param name="test">the project and filter that run the fuzz test, as <c>dotnet test</c> takes them</param>
    public static string Replay(FuzzCase c, string test) => $"replay: COCKPIT_FUZZ_SEED={c.Seed} COCKPIT_FUZZ_CASE={c.Index} dotnet test {test}";

    /// <summary>Case <paramref name="index"/> of <paramref name="seed"/>: a base workbook with one to four mutations in its parts.</summary>
    public static FuzzCase Make(IReadOnlyList<FuzzBase> bases, int seed, int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var workbook = bases[random.Next(bases.Count)];
        var documents = new Dictionary<string, XDocument>();
        var mutations = new List<string>();
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var part = PickPart(workbook, random);
            if (!documents.TryGetValue(part, out var document))
                documents[part] = document = XDocument.Load(new MemoryStream(workbook.Parts.First(p => p.Part == part).Content));
            mutations.Add($"{part}: {XmlMutator.Apply(document, random)}");
        }
        return new FuzzCase(seed, index, workbook.Name, mutations, Package(workbook, documents));
    }

    private static string PickPart(FuzzBase workbook, Random random)
    {
        var present = Targets.Select(t => (t.Weight, Parts: workbook.Parts.Select(p => p.Part).Where(t.Is).ToList())).Where(t => t.Parts.Count > 0).ToList();
        var roll = random.Next(present.Sum(t => t.Weight));
        foreach (var (weight, parts) in present)
        {
            if (roll < weight) return parts[random.Next(parts.Count)];
            roll -= weight;
        }
        throw new InvalidOperationException("unreachable");
    }

    private static byte[] Package(FuzzBase workbook, Dictionary<string, XDocument> edited)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (part, content) in workbook.Parts)
            {
                var entry = zip.CreateEntry(part, CompressionLevel.Fastest);
                entry.LastWriteTime = Timestamp; // the same bytes on every run, so a replayed case is the very file
                using var stream = entry.Open();
                if (edited.TryGetValue(part, out var document)) document.Save(stream, SaveOptions.DisableFormatting);
                else stream.Write(content);
            }
        return buffer.ToArray();
    }

    private static int? Environment(string name) =>
        int.TryParse(System.Environment.GetEnvironmentVariable(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
