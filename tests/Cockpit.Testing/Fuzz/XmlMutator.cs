using System.Globalization;
using System.Xml.Linq;

namespace Cockpit.Testing.Fuzz;

/// <summary>
/// One seeded structural change to a part's XML: drop, duplicate, reorder, move or rename elements, corrupt or drop
/// attributes, corrupt text. Half the time an element is picked by name first, so that rare ones (sheetData, sheets,
/// cellXfs) are hit as well as the many cells. Returns what it did, for the report of a failing case.
/// </summary>
public static class XmlMutator
{
    private static readonly string[] Numbers =
    [
        "", " ", "0", "-1", "1.5", "-0", "2147483648", "-2147483649", "99999999999999999999", "1e308", "-1e308", "1e-320",
        "NaN", "Infinity", "-Infinity", "0x1F", "1,5", "1 234,5", "−12", "85 %", "43951", "2958466", "60",
    ];

    private static readonly string[] Words =
    [
        "ZZZZ99999999", "A0", "XFE1", "A1048577", "ZZZZZZZ1", "AAAAAAAAAAAAAAAAA1", "a1", "A1:ZZ99999999", "B2:A1", "A1:A1048576", "#REF!", "#DIV/0!",
        "s", "e", "b", "n", "d", "str", "inlineStr", "true", "hidden", "veryHidden", "rId1", "rId999",
        "worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml", "../../../etc/passwd", "sharedStrings.xml",
        "yyyy-mm-dd", "[Red]0", "\"", "[", "Ennuste 9/9999", "Ennuste 1/2020", "Ennuste 1/2020 (x)", "Mittarit", "Talous",
        "huhtikuu 2020", "30.4.2020", "2020-13", "ÅÄÖ åäö € – \u00A0", "line\nbreak", new string('x', 5000),
    ];

    public static string Apply(XDocument document, Random random)
    {
        var root = document.Root!;
        var below = root.Descendants().ToList();
        switch (random.Next(8))
        {
            case 0 when below.Count > 0:
                var dropped = Pick(below, random);
                dropped.Remove();
                return $"drop <{dropped.Name.LocalName}>";
            case 1 when below.Count > 0:
                var twin = Pick(below, random);
                twin.AddAfterSelf(new XElement(twin));
                return $"duplicate <{twin.Name.LocalName}>";
            case 2 when below.Prepend(root).Where(e => e.Elements().Skip(1).Any()).ToList() is { Count: > 0 } parents:
                var parent = Pick(parents, random);
                parent.ReplaceNodes(parent.Nodes().OrderBy(_ => random.Next()).ToList());
                return $"reorder the children of <{parent.Name.LocalName}>";
            case 3 when below.Count > 1:
                var moved = Pick(below, random);
                var target = Pick(below.Prepend(root).Where(e => e != moved && !e.Ancestors().Contains(moved)).ToList(), random);
                moved.Remove();
                target.Add(moved);
                return $"move <{moved.Name.LocalName}> into <{target.Name.LocalName}>";
            case 4 when below.Select(e => e.Name).Distinct().Count() > 1:
                var first = Pick(below, random);
                var second = Pick(below.Where(e => e.Name != first.Name).ToList(), random);
                (first.Name, second.Name) = (second.Name, first.Name);
                return $"swap <{first.Name.LocalName}> and <{second.Name.LocalName}>";
            case 5 when Attributes(root) is { Count: > 0 } attributes:
                var corrupted = attributes[random.Next(attributes.Count)];
                corrupted.Value = Value(random);
                return $"set {corrupted.Parent!.Name.LocalName}/@{corrupted.Name.LocalName} to \"{Short(corrupted.Value)}\"";
            case 6 when Attributes(root) is { Count: > 0 } attributes:
                var removed = attributes[random.Next(attributes.Count)];
                var owner = removed.Parent!.Name.LocalName;
                removed.Remove();
                return $"drop {owner}/@{removed.Name.LocalName}";
            case 7 when below.Prepend(root).Where(e => !e.HasElements).ToList() is { Count: > 0 } leaves:
                var leaf = Pick(leaves, random);
                leaf.Value = Value(random);
                return $"set the text of <{leaf.Name.LocalName}> to \"{Short(leaf.Value)}\"";
        }
        return Apply(document, random); // that change had nothing to work on here: another
    }

    // Half the time any element (mostly cells and values), half the time a random name first, then an element of that name.
    private static XElement Pick(IReadOnlyList<XElement> elements, Random random)
    {
        if (random.Next(2) == 0) return elements[random.Next(elements.Count)];
        var names = elements.Select(e => e.Name).Distinct().ToList();
        var name = names[random.Next(names.Count)];
        var named = elements.Where(e => e.Name == name).ToList();
        return named[random.Next(named.Count)];
    }

    // Namespace declarations are left alone: changing them only makes the serialiser refuse the document.
    private static List<XAttribute> Attributes(XElement root) =>
        root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).ToList();

    private static string Value(Random random) => random.Next(4) switch
    {
        0 => random.Next(-5, 100_000).ToString(CultureInfo.InvariantCulture),
        1 => new string(Enumerable.Range(0, random.Next(1, 20)).Select(_ => (char)random.Next('0', 'z' + 1)).ToArray()),
        2 => Numbers[random.Next(Numbers.Length)],
        _ => Words[random.Next(Words.Length)],
    };

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + $"… ({text.Length} characters)";
}
