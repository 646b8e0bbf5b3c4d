using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The language guess decides how ambiguous words are read (fi "on" is "is", en "on" a preposition; fi "ja" breaks a
/// clause); a Finnish text guessed as English loses its clause breaks and auxiliaries.
/// </summary>
public class LanguageGuessTests
{
    private static IEnumerable<TestCaseData> Sets() =>
        LabelledSet.All.Select(s => new TestCaseData(s).SetName($"{s.Name}_rows_are_guessed_in_their_labelled_language"));

    [TestCaseSource(nameof(Sets))]
    public void Rows_are_guessed_in_their_labelled_language(LabelledSet set)
    {
        var path = set.Path();
        if (!File.Exists(path)) Assert.Fail($"The {set.Name} set is missing: expected {path}. {set.WhereToFind}");
        var wrong = LabelledTextFile.Read(path)
            .Where(r => !Placeholders.IsPlaceholder(r.Text)) // "-", "n/a": no language, and read before the guess
            .Where(r => !string.Equals(LanguageGuess.Guess(r.Text).ToString(), r.Lang, StringComparison.OrdinalIgnoreCase))
            .Select(r => $"line {r.Line} [{r.Lang} -> {LanguageGuess.Guess(r.Text)}]: {r.Text}")
            .ToList();
        Assert.That(wrong, Is.Empty, "rows guessed in another language than labelled");
    }

    [TestCase("Hanke on toteutumassa.", "Fi", TestName = "Finnish_on_is_the_verb_not_the_English_preposition")]
    [TestCase("Teams on käytössä ja tavoite on saavutettu.", "Fi", TestName = "Finnish_with_an_English_product_name")]
    [TestCase("Digital Helsinki on track -ohjelman mukaisesti työ on edennyt, mutta osa tehtävistä on kesken.", "Fi", TestName = "Finnish_quoting_an_English_programme_name")]
    [TestCase("Ennuste on, että tavoite saavutetaan.", "Fi", TestName = "Finnish_forecast_frame_with_on_and_että")]
    [TestCase("Kirjasto on auki.", "Fi", TestName = "Short_Finnish_sentence_with_on")]
    [TestCase("Målet är på rätt spår och arbetet framskrider enligt plan.", "Sv", TestName = "Swedish_with_ä_is_not_Finnish")]
    [TestCase("Bedömningen ges i nästa rapport.", "Sv", TestName = "Swedish_without_å_by_its_endings_and_words")]
    [TestCase("Projektet Helsingin kulttuuripolut framskrider enligt planen.", "Sv", TestName = "Swedish_quoting_a_Finnish_project_name")]
    [TestCase("The project is on track.", "En", TestName = "English_on_track")]
    [TestCase("Achieved on 15 June 2020.", "En", TestName = "English_on_with_a_date_and_a_participle")]
    [TestCase("The Kulttuurikeskus renovation is delayed.", "En", TestName = "English_with_a_Finnish_compound_name")]
    public void A_text_is_guessed_in_the_language_it_is_written_in(string text, string expected) =>
        Assert.That(LanguageGuess.Guess(text).ToString(), Is.EqualTo(expected));
}
