namespace Cockpit.Dashboards.Cli;

/// <summary>A verb's arguments: <c>--name value</c> options, <c>--flag</c> switches, and the rest in order.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = [];

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> switches)
    {
        var queue = new Queue<string>(args);
        while (queue.TryDequeue(out var arg))
        {
            if (arg == "--") { Positional.AddRange(queue); break; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2) { Positional.Add(arg); continue; }
            var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (value is null && !switches.Contains(name))
                value = queue.TryDequeue(out var next) ? next : throw new UsageException($"--{name} needs a value");
            options[name] = value;
        }
    }

    public List<string> Positional { get; } = [];

    public string? Option(string name)
    {
        used.Add(name);
        return options.GetValueOrDefault(name);
    }

    public bool Flag(string name)
    {
        used.Add(name);
        return options.ContainsKey(name);
    }

    public int Int(string name, int fallback)
    {
        var text = Option(name);
        if (text is null) return fallback;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"--{name} must be a positive whole number, not '{text}'");
    }

    /// <summary>Fails on options the verb did not ask for, so a typo is not silently ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = options.Keys.Where(k => !used.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException("unknown option(s): " + string.Join(", ", unknown.Select(u => "--" + u)));
    }
}

public sealed class UsageException(string message) : Exception(message);
