using System.Text.Json;

namespace Cockpit.Dashboards.Dashboards;

/// <summary>A dashboard as defined in <c>dashboards/*.dashboard.json</c>: a title and its tiles, in page order.</summary>
public sealed record Dashboard(LocalText Title, IReadOnlyList<Tile> Tiles)
{
    public const string DefaultFile = "cockpit.dashboard.json";

    /// <summary>The request parameters a tile may name; anything else in a definition is refused when it is loaded.</summary>
    public static readonly IReadOnlySet<string> KnownParameters = new HashSet<string> { "round", "previous_round", "theme", "status", "metric" };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Tile? Find(string id) => Tiles.FirstOrDefault(t => t.Id == id);

    public static Dashboard Load(string path)
    {
        var dashboard = JsonSerializer.Deserialize<Dashboard>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty");
        foreach (var tile in dashboard.Tiles)
        {
            if (!Visuals.All.Contains(tile.Visual))
                throw new InvalidDataException($"{path}: tile '{tile.Id}' has visual '{tile.Visual}'; use one of {string.Join(", ", Visuals.All)}");
            if (tile.Parameters.FirstOrDefault(p => !KnownParameters.Contains(p)) is { } unknown)
                throw new InvalidDataException($"{path}: tile '{tile.Id}' takes parameter '{unknown}'; known are {string.Join(", ", KnownParameters)}");
        }
        if (dashboard.Tiles.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidDataException($"{path}: two tiles are called '{twice.Key}'");
        return dashboard;
    }
}
