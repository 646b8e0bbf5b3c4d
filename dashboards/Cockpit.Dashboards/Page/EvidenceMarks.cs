namespace Cockpit.Dashboards.Page;

/// <summary>
/// A status's evidence (<c>phrase — sentence</c>, as the classifier writes it) as HTML: the deciding phrase in
/// <c>&lt;mark&gt;</c>, inside the whole text (the review) or inside its sentence alone (a metric's story).
/// </summary>
public static class EvidenceMarks
{
    private const string Separator = " \u2014 ";

    /// <summary>The text with the deciding phrase marked inside its sentence.</summary>
    public static string InText(string text, string evidence)
    {
        var parts = evidence.Split(Separator, 2);
        if (parts is not [var phrase, var sentence] || phrase.Length == 0) return Encode(text);
        var at = text.IndexOf(sentence, StringComparison.Ordinal);
        var within = at < 0 ? -1 : sentence.IndexOf(phrase, StringComparison.Ordinal);
        var start = within < 0 ? text.IndexOf(phrase, StringComparison.Ordinal) : at + within;
        if (start < 0) return Encode(text);
        return Encode(text[..start]) + "<mark>" + Encode(phrase) + "</mark>" + Encode(text[(start + phrase.Length)..]);
    }

    /// <summary>The deciding sentence alone with its phrase marked; evidence without a phrase as it is.</summary>
    public static string Sentence(string evidence) =>
        evidence.Split(Separator, 2) is [_, var sentence] ? InText(sentence, evidence) : Encode(evidence);

    private static string Encode(string text) => PageLayout.Encode(text);
}
