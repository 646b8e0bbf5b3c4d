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
        && !name.Any(char.IsControl);

    public static string Problem(string lang, string name) => lang switch
    {
        "sv" => $"Filnamnet ”{name}” får inte innehålla mappar eller specialtecken (/ \\ : * ? \" < > |); byt namn och ladda upp igen.",
        "en" => $"The file name \"{name}\" may not hold folders or special characters (/ \\ : * ? \" < > |); rename it and upload again.",
        _ => $"Tiedostonimessä ”{name}” ei saa olla kansioita eikä erikoismerkkejä (/ \\ : * ? \" < > |); nimeä tiedosto uudelleen ja lataa se uudestaan.",
    };
}
