namespace Cockpit.Dashboards.Web;

/// <summary>An uploaded file's name is kept as given, so it must be a plain name: no folders, no tricks.</summary>
public static class FileNames
{
    public static bool IsPlain(string name) =>
        name.Length is > 0 and <= 255
        && name.Trim() == name
        && !name.StartsWith('.')
        && !name.Contains("..", StringComparison.Ordinal)
        && name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) < 0
        && !name.Any(char.IsControl)
        && !name.Any(IsInvisible);

    // Direction overrides (U+202E makes "raportti‮xslx.exe" show as "raporttiexe.xlsx"), zero-width characters, byte-order marks.
    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    // The name as a person can read it back: every control, invisible or direction character shown as its code.
    private static string Visible(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) || IsInvisible(c) ? $"<U+{(int)c:X4}>" : c.ToString()));

    public static string Problem(string lang, string name) => lang switch
    {
        "sv" => $"Filnamnet ”{Visible(name)}” får inte innehålla mappar, specialtecken (/ \\ : * ? \" < > |) eller osynliga tecken och riktningstecken; byt namn och ladda upp igen.",
        "en" => $"The file name \"{Visible(name)}\" may not hold folders, special characters (/ \\ : * ? \" < > |) or invisible and text-direction characters; rename it and upload again.",
        _ => $"Tiedostonimessä ”{Visible(name)}” ei saa olla kansioita, erikoismerkkejä (/ \\ : * ? \" < > |) eikä näkymättömiä tai tekstin suuntaa kääntäviä merkkejä; nimeä tiedosto uudelleen ja lataa se uudestaan.",
    };
}
