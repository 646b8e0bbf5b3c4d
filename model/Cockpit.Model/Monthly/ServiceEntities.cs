namespace Cockpit.Model.Monthly;

/// <summary>The division's service entities (palvelukokonaisuudet), the rows of the monthly report's Talous sheet.</summary>
public static class ServiceEntities
{
    public static readonly IReadOnlyList<string> All = ["Kulttuuri", "Liikunta", "Nuoriso", "Kaupunginkirjasto", "Hallinto"];

    /// <summary>The entity's name as the list spells it, whatever the case or surrounding spaces; null when it is none of them.</summary>
    public static string? Find(string text) =>
        All.FirstOrDefault(e => string.Equals(e, text.Trim(), StringComparison.OrdinalIgnoreCase));
}
