using System.Text;
using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A controller's text may arrive with "ä" as "a" plus a combining diaeresis (pasted from a Mac or a PDF); it must read as
/// the same words; and a text that is not valid UTF-16 (a lone surrogate from a broken export) must still be read, not throw.
/// </summary>
public class TextNormalizerTests
{
    [TestCase("Tavoitteeseen ei päästä tänä vuonna, koska hankkeen käynnistys siirtyy ensi vuoteen.")]
    [TestCase("Målet nås inte i år eftersom öppningen flyttas till nästa år.")]
    [TestCase("Ennusteen mukaan tavoite on toteutumassa – kävijämäärä on kasvanut 12 % ja kulut alittavat budjetin 0,2 M€.")]
    public void A_decomposed_text_reads_as_its_composed_form(string composed)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.That(decomposed, Is.Not.EqualTo(composed), "the case must hold a letter that decomposes");

        var fromDecomposed = StatusClassifier.Classify(decomposed, RoundKind.Forecast);
        var fromComposed = StatusClassifier.Classify(composed, RoundKind.Forecast);

        Assert.That((fromDecomposed.Code, fromDecomposed.RuleCode, fromDecomposed.Evidence),
            Is.EqualTo((fromComposed.Code, fromComposed.RuleCode, fromComposed.Evidence)));
    }

    [TestCase("Tavoite ei toteudu.\uFFFE", TestName = "A_noncharacter_after_the_verdict")]
    [TestCase("Tavoite ei \uD800toteudu.", TestName = "A_lone_surrogate_inside_a_word")]
    public void A_text_that_is_not_valid_unicode_is_still_read(string text)
    {
        Assert.That(StatusClassifier.Classify(text, RoundKind.Forecast).Code, Is.EqualTo("will_not_be_met"));
    }
}
