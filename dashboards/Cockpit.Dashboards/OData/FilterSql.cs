using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace Cockpit.Dashboards.OData;

/// <summary>
/// The parsed <c>$filter</c> and <c>$orderby</c> expressions as DuckDB SQL: columns by their model names, quoted; every
/// literal a parameter. OData compares with two values, not three: <c>x ne 'a'</c> holds for a NULL x, so equality uses
/// <c>IS [NOT] DISTINCT FROM</c>, and <c>not</c> treats an unknown operand as false.
/// </summary>
public sealed class FilterSql(SqlParameters parameters)
{
    public string Of(QueryNode node) => node switch
    {
        ConstantNode { Value: null } => "NULL",
        ConstantNode c => parameters.Add(c.Value is ODataEnumValue e ? e.Value : c.Value),
        ConvertNode c => Of(c.Source),
        SingleValuePropertyAccessNode p => Quote(p.Property.Name),
        BinaryOperatorNode b => Binary(b),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } u => $"(NOT coalesce({Of(u.Operand)}, false))",
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Negate } u => $"(-{Of(u.Operand)})",
        InNode i => $"({Of(i.Left)} IN ({In(i.Right)}))",
        SingleValueFunctionCallNode f => Function(f),
        _ => throw Unsupported(node.Kind.ToString()),
    };

    public static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string Binary(BinaryOperatorNode b)
    {
        var (left, right) = (Of(b.Left), Of(b.Right));
        var op = b.OperatorKind switch
        {
            BinaryOperatorKind.Equal => "IS NOT DISTINCT FROM",
            BinaryOperatorKind.NotEqual => "IS DISTINCT FROM",
            BinaryOperatorKind.GreaterThan => ">",
            BinaryOperatorKind.GreaterThanOrEqual => ">=",
            BinaryOperatorKind.LessThan => "<",
            BinaryOperatorKind.LessThanOrEqual => "<=",
            BinaryOperatorKind.And => "AND",
            BinaryOperatorKind.Or => "OR",
            BinaryOperatorKind.Add => "+",
            BinaryOperatorKind.Subtract => "-",
            BinaryOperatorKind.Multiply => "*",
            BinaryOperatorKind.Divide => "/",
            BinaryOperatorKind.Modulo => "%",
            _ => throw Unsupported(b.OperatorKind.ToString()),
        };
        return $"({left} {op} {right})";
    }

    private string In(CollectionNode right) => right is CollectionConstantNode list
        ? string.Join(", ", list.Collection.Select(Of))
        : throw Unsupported("in with a non-literal list");

    private string Function(SingleValueFunctionCallNode f)
    {
        var args = f.Parameters.Select(Of).ToList();
        string One() => args.Count == 1 ? args[0] : throw Unsupported(f.Name);
        string Two(string sql) => args.Count == 2 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, args[0], args[1]) : throw Unsupported(f.Name);
        return f.Name switch
        {
            "contains" => Two("contains({0}, {1})"),
            "startswith" => Two("starts_with({0}, {1})"),
            "endswith" => Two("ends_with({0}, {1})"),
            "tolower" => $"lower({One()})",
            "toupper" => $"upper({One()})",
            "trim" => $"trim({One()})",
            "length" => $"length({One()})",
            "indexof" => Two("(instr({0}, {1}) - 1)"),
            "concat" => Two("concat({0}, {1})"),
            "substring" when args.Count == 2 => $"substring({args[0]}, {args[1]} + 1)",
            "substring" when args.Count == 3 => $"substring({args[0]}, {args[1]} + 1, {args[2]})",
            "year" or "month" or "day" or "hour" or "minute" or "second" => $"{f.Name}({One()})",
            "date" => $"CAST({One()} AS DATE)",
            "round" => $"round({One()})",
            "floor" => $"floor({One()})",
            "ceiling" => $"ceiling({One()})",
            _ => throw Unsupported(f.Name + "()"),
        };
    }

    private static ODataException Unsupported(string what) => new($"{what} is not supported in $filter or $orderby");
}
