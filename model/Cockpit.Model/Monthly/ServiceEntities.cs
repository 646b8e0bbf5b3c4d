using Cockpit.Model.Forecasts;

namespace Cockpit.Model.Monthly;

/// <summary>The division's service entities (palvelukokonaisuudet), the rows of the monthly report's Talous sheet.</summary>
public static class ServiceEntities
{
    public static readonly IReadOnlyList<string> All = ["Kulttuuri", "Liikunta", "Nuoriso", "Kaupunginkirjasto", "Hallinto"];

    // The Swedish and English names, each read as the Finnish one.
    private static readonly Dictionary<string, string> Translations = new()
    {
        ["kultur"] = "Kulttuuri", ["idrott"] = "Liikunta", ["ungdom"] = "Nuoriso", ["stadsbiblioteket"] = "Kaupunginkirjasto", ["förvaltning"] = "Hallinto",
        ["culture"] = "Kulttuuri", ["sports"] = "Liikunta", ["youth"] = "Nuoriso", ["city library"] = "Kaupunginkirjasto", ["administration"] = "Hallinto",
    };

    /// <summary>
    /// The entity's Finnish name as the list spells it, for its Finnish, Swedish or English name whatever the case or
    /// spacing; null when it is none of them.
    /// </summary>
    public static string? Find(string text)
    {
        var key = TextKey.Normalise(text);
        return All.FirstOrDefault(e => TextKey.Normalise(e) == key) ?? Translations.GetValueOrDefault(key);
    }
}
