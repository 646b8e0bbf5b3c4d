namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A labelled set kept unseen: its misses are never printed, so the rules are not fitted to it. <see cref="Target"/> is the
/// issue's bar; <see cref="FirstRunAccuracy"/> and <see cref="FirstRunDangerous"/> what it measured the first time, before
/// the rules of that round were written, kept as the report's "before" figure.
/// </summary>
public sealed record UnseenSet(string Name, string File, double Target, double FirstRunAccuracy, int FirstRunDangerous)
{
    public static IReadOnlyList<UnseenSet> All { get; } =
    [
        new("written_unseen_34", "status-written-unseen-34.tsv", 0.95, 53.0 / 84, 5),
        new("real_unseen_34", "status-real-unseen-34.tsv", 0.90, 31.0 / 50, 5),
    ];

    public string Path() => System.IO.Path.Combine(LabelledTextFile.RepositoryRoot(), "tests", "Cockpit.Model.Tests", "Status", File);

    public override string ToString() => Name;
}
