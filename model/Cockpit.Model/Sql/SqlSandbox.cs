using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Model.Sql;

/// <summary>
/// Runs one read statement of an analyst's. DuckDB's settings are per database instance, so <see cref="Lockdown"/>
/// closes the whole instance (no file system, network or extensions; threads, memory and temp space capped;
/// configuration locked) once, when it opens. Each statement is then parsed by DuckDB itself
/// (<c>json_serialize_sql</c>), refused unless it is exactly one SELECT-like statement with no file or SQL-running
/// function in it, and run in a read-only transaction under a timer that interrupts it.
/// </summary>
public static partial class SqlSandbox
{
    /// <summary>Scalar functions that read the database's own files (which DuckDB still allows), run SQL text, or reach outside.</summary>
    private static readonly string[] DeniedPrefixes =
    [
        "read_", "parquet_", "sniff_", "glob", "iceberg_", "delta_", "sqlite_", "postgres_", "mysql_", "ducklake_", "arrow_",
        "json_execute_serialized_sql", "query", "getenv", "duckdb_secrets", "which_secret", "checkpoint", "force_checkpoint",
        "load_", "install_", "export_", "copy_", "enable_", "disable_", "truncate_",
    ];

    /// <summary>The table functions an analyst may use in FROM: generators and the catalog. Every other one (file readers,
    /// <c>query</c>, <c>arrow_scan</c> with its raw pointers, <c>checkpoint</c>, logging switches, and table macros such as
    /// <c>histogram</c> that take a table's name as text) is refused.</summary>
    private static readonly HashSet<string> AllowedTableFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "range", "generate_series", "unnest", "repeat", "repeat_row", "json_each", "json_tree",
        "duckdb_columns", "duckdb_constraints", "duckdb_dependencies", "duckdb_functions", "duckdb_indexes", "duckdb_keywords",
        "duckdb_schemas", "duckdb_sequences", "duckdb_tables", "duckdb_types", "duckdb_views", "pragma_table_info", "pragma_show",
        "pg_timezone_names", "icu_calendar_names", "test_all_types",
    };

    /// <summary>The relations analysts read: the README's analyst views, a public contract. Tables (the uploaded workbooks'
    /// bytes, the query log) and the controllers' audit trail are not among them.</summary>
    public static readonly IReadOnlySet<string> AnalystViews = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "v_forecasts", "v_forecast_history", "v_uploads", "v_status_overrides", "v_status_confirmations",
        "v_metric_values", "v_metric_value_history", "v_budget", "v_budget_history",
    };

    /// <summary>Views that are not for analysts: building blocks of the others, and the controllers' audit trail.</summary>
    public static readonly IReadOnlySet<string> InternalViews = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "v_current_forecasts", "v_active_overrides", "v_upload_attempts",
    };

    /// <summary>
    /// Closes the database instance to the outside; call once on any of its connections, before any analyst SQL.
    /// <paramref name="writableDirectory"/>, if given, stays reachable (the server writes analysts' snapshots there).
    /// </summary>
    public static void Lockdown(DuckDBConnection connection, SqlLimits limits, string? writableDirectory = null)
    {
        if (IsLocked(connection)) return;
        if (writableDirectory is not null)
            connection.Execute(string.Concat("SET allowed_directories = [", Literal(Path.TrimEndingDirectorySeparator(Path.GetFullPath(writableDirectory)) + "/"), "]"));
        connection.Execute("SET enable_external_access = false");
        connection.Execute("SET autoinstall_known_extensions = false");
        connection.Execute("SET autoload_known_extensions = false");
        Set(connection, "threads", limits.Threads > 0 ? limits.Threads.ToString(CultureInfo.InvariantCulture) : throw new ArgumentException("threads must be positive"));
        Set(connection, "memory_limit", Size(limits.EffectiveMemoryLimit));
        Set(connection, "max_temp_directory_size", Size(limits.MaxTempDirectorySize));
        connection.Execute("SET lock_configuration = true");
    }

    public static bool IsLocked(DuckDBConnection connection) =>
        connection.Scalar<bool>("SELECT current_setting('lock_configuration') AND NOT current_setting('enable_external_access')");

    /// <summary>Refuses (throws) unless <paramref name="sql"/> is one read statement the sandbox allows; returns the names of its parameters.</summary>
    public static IReadOnlySet<string> Check(DuckDBConnection connection, string sql)
    {
        if (string.IsNullOrWhiteSpace(sql)) throw new SqlRefusedException("no statement given");
        var explained = ExplainPrefix().Match(sql);
        var parsed = connection.Scalar<string>("SELECT json_serialize_sql($sql::VARCHAR)", ("sql", explained.Success ? explained.Groups["rest"].Value : sql))!;
        using var tree = JsonDocument.Parse(parsed);
        var root = tree.RootElement;
        if (root.GetProperty("error").GetBoolean())
        {
            if (root.TryGetProperty("error_type", out var t) && t.GetString() == "parser")
                throw new SqlStatementException(root.TryGetProperty("error_message", out var m) ? m.GetString() ?? "" : "");
            // DuckDB serialises only SELECT-like statements: anything else in the text is what it refuses.
            throw new SqlRefusedException("only one read statement is allowed (a query, VALUES, DESCRIBE, SUMMARIZE or EXPLAIN of one), "
                + "and nothing after it: no COPY, ATTACH, INSTALL, LOAD, EXPORT, SET, RESET, PRAGMA, CALL or change to the data");
        }
        var statements = root.GetProperty("statements").GetArrayLength();
        if (statements != 1) throw new SqlRefusedException($"one statement per request, not {statements}");
        var ctes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CteNames(root, ctes);
        // A CTE may not take the name of a table or view it is not allowed to read: inside its own body that name is the table.
        var catalog = connection.Query("SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views()", r => r.GetString(0))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        ctes.ExceptWith(catalog);
        Inspect(root, ctes);
        var statement = root.GetProperty("statements")[0];
        return statement.TryGetProperty("named_param_map", out var names)
            ? names.EnumerateArray().Select(p => p.GetProperty("key").GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
    }

    /// <summary>Checks and starts the statement; the caller reads the rows from the answer and disposes it.</summary>
    public static SqlQuery Open(DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?>? parameters, TimeSpan timeout)
    {
        if (!IsLocked(connection)) throw new InvalidOperationException("the database is not sandboxed: call SqlSandbox.Lockdown when it opens");
        var given = (parameters ?? new Dictionary<string, object?>()).ToDictionary(p => p.Key.TrimStart('$'), p => p.Value, StringComparer.Ordinal);
        var used = Check(connection, sql);
        if (used.FirstOrDefault(name => !given.ContainsKey(name)) is { } missing)
            throw new SqlStatementException($"the statement uses ${missing} but no value was given for it");
        if (given.Keys.FirstOrDefault(name => !used.Contains(name)) is { } unused)
            throw new SqlStatementException($"a value was given for ${unused} but the statement does not use it");
        return new SqlQuery(connection, sql, given, timeout);
    }

    private static void CteNames(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("cte_map", out var cteMap) && cteMap.ValueKind == JsonValueKind.Object
                && cteMap.TryGetProperty("map", out var map) && map.ValueKind == JsonValueKind.Array)
                foreach (var cte in map.EnumerateArray())
                    if (cte.TryGetProperty("key", out var key) && key.GetString() is { } name) names.Add(name);
            foreach (var property in element.EnumerateObject()) CteNames(property.Value, names);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) CteNames(item, names);
        }
    }

    private static void Inspect(JsonElement element, IReadOnlySet<string> ctes)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "TABLE_FUNCTION"
                    && element.TryGetProperty("function", out var function) && function.TryGetProperty("function_name", out var name)
                    && !AllowedTableFunctions.Contains(name.GetString() ?? ""))
                    throw new SqlRefusedException($"the table function {name.GetString()} is not available to analysts");
                if (type.ValueKind == JsonValueKind.String && type.GetString() == "BASE_TABLE"
                    && element.TryGetProperty("table_name", out var table) && table.GetString() is { } relation
                    && !AnalystViews.Contains(relation) && !ctes.Contains(relation))
                    throw new SqlRefusedException($"{relation} is not one of the analyst views ({string.Join(", ", AnalystViews)})");
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text)
                    {
                        if (property.Name == "function_name" && Denied(text))
                            throw new SqlRefusedException($"the function {text} is not available to analysts");
                        if (property.Name == "table_name" && text.IndexOfAny(['/', '\\', ':', '.', '~']) >= 0)
                            throw new SqlRefusedException($"'{text}' is a file name: only the database's views and tables can be read");
                    }
                    Inspect(property.Value, ctes);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Inspect(item, ctes);
                break;
        }
    }

    private static bool Denied(string function)
    {
        var name = function.ToLowerInvariant();
        return DeniedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
    }

    // SET takes no parameters; the names are constants here and the values checked to be a number or a size such as 2GB.
    private static void Set(DuckDBConnection connection, string name, string checkedValue) =>
        connection.Execute(string.Concat("SET ", name, " = '", checkedValue, "'"));

    /// <summary>A SQL string literal, for the few statements that take no parameters (SET, ATTACH).</summary>
    public static string Literal(string text) => string.Concat("'", text.Replace("'", "''"), "'");

    private static string Size(string text) =>
        SizeText().IsMatch(text) ? text : throw new ArgumentException($"not a size such as 2GB: '{text}'");

    [GeneratedRegex(@"^\s*EXPLAIN\s+(ANALYZE\s+)?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ExplainPrefix();

    [GeneratedRegex(@"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeText();
}
