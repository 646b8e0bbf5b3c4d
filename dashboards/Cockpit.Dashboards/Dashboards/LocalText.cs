namespace Cockpit.Dashboards.Dashboards;

/// <summary>A text in Finnish, and in Swedish and English where given; Finnish stands in for a missing one.</summary>
public sealed record LocalText(string Fi, string? Sv = null, string? En = null)
{
    public string In(string lang) => lang switch
    {
        "sv" => Sv ?? Fi,
        "en" => En ?? Fi,
        _ => Fi,
    };

    /// <summary>The culture numbers and dates are written in for a language: Finnish and Swedish as in Finland, English as in Britain.</summary>
    public static System.Globalization.CultureInfo Culture(string lang) =>
        System.Globalization.CultureInfo.GetCultureInfo(lang switch { "sv" => "sv-FI", "en" => "en-GB", _ => "fi-FI" });
}
