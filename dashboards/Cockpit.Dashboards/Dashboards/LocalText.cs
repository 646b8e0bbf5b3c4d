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
}
