namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A labelled set kept unseen: its misses are never printed, so the rules are not fitted to it. <see cref="Target"/> is the
/// issue's bar; <see cref="FirstRunAccuracy"/> and <see cref="FirstRunDangerous"/> what it measured the first time, before
/// the rules of that round were written, kept as the report's "before" figure. <see cref="Year"/> is the year of the report
/// a written set is set in, passed to the classifier as the ingest passes it (0 for the real sentences, which span years).
/// </summary>
public sealed record UnseenSet(string Name, string File, double Target, double FirstRunAccuracy, int FirstRunDangerous, int Year = 0)
{
    public static IReadOnlyList<UnseenSet> All { get; } =
    [
        new("written_unseen_101", "status-written-unseen-101.tsv", 0.95, 61.0 / 84, 6, Year: 2102),
        new("real_unseen_101", "status-real-unseen-101.tsv", 0.90, 28.0 / 50, 1),
    ];

    /// <summary>The set's rows, each classified as written for the report of <see cref="Year"/> where the set knows it.</summary>
    public IReadOnlyList<LabelledText> Rows() => LabelledTextFile.Read(Path(), Year);

    public string Path() => System.IO.Path.Combine(LabelledTextFile.RepositoryRoot(), "tests", "Cockpit.Model.Tests", "Status", File);

    public override string ToString() => Name;
}
