using Cockpit.Model.Forecasts;

namespace Cockpit.Model.Tests.Forecasts;

public class TextKeyTests
{
    [Test]
    public void Texts_that_differ_only_in_case_and_whitespace_share_a_key() =>
        Assert.That(TextKey.Normalise("  Tavoite\n ON\ttärkeä "), Is.EqualTo(TextKey.Normalise("tavoite on TÄRKEÄ")));

    [Test]
    public void Texts_with_different_words_do_not_share_a_key() =>
        Assert.That(TextKey.Normalise("Tavoite A"), Is.Not.EqualTo(TextKey.Normalise("Tavoite B")));

    [Test]
    public void Tidying_keeps_line_breaks_and_drops_runs_of_spaces() =>
        Assert.That(TextKey.Tidy("  Eka  rivi \r\n toka   rivi\n"), Is.EqualTo("Eka rivi\ntoka rivi"));
}
