using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A cell is classified whatever it holds: the classifier never throws on text it was not written for. Two labelled texts
/// joined into one cell read a target in one sentence against a figure in the next, which a lone text seldom does.
/// </summary>
public class ClassifierRobustnessTests
{
    [TestCase("Målet var 5 000 besökare. Det var drygt 3 000.")]
    [TestCase("Tavoite on 5 000 kävijää. Nyt oli 3 000.")]
    [TestCase("The target was 5,000 visits. Got to 3,000.")]
    public void A_target_carried_to_a_sentence_that_opens_with_a_short_word_is_read_without_an_error(string text)
    {
        var result = StatusClassifier.Classify(text, RoundKind.Outcome);
        Assert.That(result.Evidence, Is.Not.Empty);
    }

    [Test]
    public void Every_two_labelled_texts_joined_into_one_cell_are_classified_without_an_error()
    {
        var texts = LabelledSet.All.SelectMany(set => set.Rows()).Select(r => r.Text).ToList();
        var failures = new List<string>();
        for (var i = 0; i + 1 < texts.Count; i++)
        {
            var cell = texts[i] + " " + texts[i + 1];
            foreach (var round in new[] { RoundKind.Forecast, RoundKind.Outcome })
            {
                try { StatusClassifier.Classify(cell, round, 2030); }
                catch (Exception e) { failures.Add($"{e.GetType().Name} for {round}: {cell}"); }
            }
        }
        Assert.That(failures, Is.Empty);
        Assert.That(texts, Has.Count.GreaterThan(7000), "the labelled sets were read");
    }
}
