using System.Globalization;
using System.Text.Json;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Cockpit.Dashboards.OData;

/// <summary>
/// One request for a page of an entity set, parsed by ODataLib's own parser and translated to DuckDB SQL. Rows come
/// in <c>$orderby</c> order, then key order, so that the order is total.
/// </summary>
public sealed record FeedQuery(
    FeedSet Set, IReadOnlyList<FeedColumn> Selected, IReadOnlyList<FeedColumn> Key, string? Filter, IReadOnlyList<string> OrderBy,
    long? Top, long Skip, bool Count, SkipToken? Token, SqlParameters Parameters)
{
    private static readonly HashSet<string> Supported = ["$select", "$filter", "$orderby", "$top", "$skip", "$count", "$skiptoken", "$format"];

    public static FeedQuery Parse(FeedModel model, FeedSet set, ODataUriParser parser, IQueryCollection query, FeedOptions options)
    {
        if (query.Keys.FirstOrDefault(n => n.StartsWith('$') && !Supported.Contains(n)) is { } unknown)
            throw new ODataException($"{unknown} is not supported here; the feed answers $select, $filter, $orderby, $top, $skip and $count");
        if (query.TryGetValue("$format", out var format) && !format.All(f => f is "json" || f?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true))
            throw new ODataException("$format must be json: the feed answers in OData JSON");
        var columns = model.Columns(set);
        var parameters = new SqlParameters();
        var sql = new FilterSql(parameters);
        var selectExpand = parser.ParseSelectAndExpand();
        if (selectExpand?.SelectedItems.OfType<ExpandedNavigationSelectItem>().Any() == true)
            throw new ODataException("$expand is not supported: every entity set is flat");
        var selected = selectExpand is null || selectExpand.AllSelected ? columns
            : selectExpand.SelectedItems.Any(i => i is WildcardSelectItem) ? columns
            : columns.Where(c => selectExpand.SelectedItems.OfType<PathSelectItem>()
                .Any(p => p.SelectedPath.FirstSegment is PropertySegment s && s.Property.Name == c.Name)).ToList();
        var filter = parser.ParseFilter() is { } f ? sql.Of(f.Expression) : null;
        var orderBy = new List<string>();
        for (var clause = parser.ParseOrderBy(); clause is not null; clause = clause.ThenBy)
            orderBy.Add(clause.Direction == OrderByDirection.Ascending ? $"{sql.Of(clause.Expression)} ASC NULLS FIRST" : $"{sql.Of(clause.Expression)} DESC NULLS LAST");
        var top = parser.ParseTop();
        if (top is < 0 || top > options.MaxTop) throw new ODataException($"$top must be between 0 and {options.MaxTop.ToString("N0", CultureInfo.InvariantCulture)}");
        var skip = parser.ParseSkip() ?? 0;
        if (skip < 0) throw new ODataException("$skip must not be negative");
        var token = parser.ParseSkipToken() is { } t ? SkipToken.Decode(t) : null;
        var key = set.Key.Select(k => columns.Single(c => c.Name == k)).ToList();
        return new FeedQuery(set, selected, key, filter, orderBy, top, skip, parser.ParseCount() ?? false, token, parameters);
    }

    /// <summary>Rows not yet served, at most <paramref name="pageSize"/> of them (0 once <c>$top</c> is reached).</summary>
    public long Take(int pageSize) => Math.Max(0, Math.Min(pageSize, (Top ?? long.MaxValue) - (Token?.Served ?? 0)));

    /// <summary>
    /// The statement for every row still to serve, in order: from the start (after <c>$skip</c>), or after the last
    /// row of the token's page: the key after its last key (a seek), or, with <c>$orderby</c>, an offset.
    /// </summary>
    public string ReadSql()
    {
        var wanted = Selected.Concat(Key).Distinct().Select(c => FilterSql.Quote(c.Name));
        var where = new List<string>();
        if (Filter is not null) where.Add(Filter);
        if (Seeks && Token?.LastKey is { } last) where.Add(After(last));
        var order = OrderBy.Concat(Key.Select(k => FilterSql.Quote(k.Name) + " ASC"));
        var offset = Seeks ? (Token is null ? Skip : 0) : Skip + (Token?.Served ?? 0);
        var limit = Top is { } top ? $" LIMIT {Math.Max(0, top - (Token?.Served ?? 0))}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT {string.Join(", ", wanted)} FROM {FilterSql.Quote(Set.View)}
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY {string.Join(", ", order)}{limit} OFFSET {offset}
            """);
    }

    /// <summary><c>$count</c>: the rows the filter keeps, whatever <c>$top</c> and <c>$skip</c> say.</summary>
    public string CountSql() => $"SELECT count(*) FROM {FilterSql.Quote(Set.View)}{(Filter is null ? "" : " WHERE " + Filter)}";

    public bool Seeks => OrderBy.Count == 0;

    // (k1, k2) > (v1, v2) written out: k1 > v1 OR (k1 = v1 AND k2 > v2).
    private string After(IReadOnlyList<JsonElement> last)
    {
        if (last.Count != Key.Count) throw new ODataException("$skiptoken is not one this server gave");
        var values = Key.Select((k, i) => Parameters.Add(KeyValue(k, last[i]))).ToList();
        var alternatives = Key.Select((k, i) => "(" + string.Join(" AND ",
            Key.Take(i).Select((p, j) => $"{FilterSql.Quote(p.Name)} = {values[j]}").Append($"{FilterSql.Quote(k.Name)} > {values[i]}")) + ")");
        return "(" + string.Join(" OR ", alternatives) + ")";
    }

    private static object KeyValue(FeedColumn column, JsonElement value) => column.Kind switch
    {
        EdmPrimitiveTypeKind.String => value.GetString()!,
        EdmPrimitiveTypeKind.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.GetInt64(),
    };
}
