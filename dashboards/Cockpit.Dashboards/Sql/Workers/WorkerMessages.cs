using System.Text.Json;

namespace Cockpit.Dashboards.Sql.Workers;

/// <summary>One statement for a worker: the analyst's text and parameters, the answer's format, its row cap, its time.</summary>
public sealed record WorkerRequest(string Sql, Dictionary<string, JsonElement>? Parameters, string Format, int MaxRows, string Lang, double TimeoutSeconds);

/// <summary>
/// How a statement ended in the worker: rows answered, whether the cap cut more off, the query log's outcome, and why it
/// failed. <see cref="Exhausted"/>: it ran the worker out of memory, which then ends, to be replaced by a fresh one.
/// </summary>
public sealed record WorkerTrailer(long Rows, bool Truncated, string Outcome, string? Message = null, bool Exhausted = false);
