using Cockpit.Dashboards.Web;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>Which metric of the year before is "the same goal and metric": the store's identity first, then the wording, unless codes differ.</summary>
public class YearBeforeMatchTests
{
    private static RoundEntry Entry(long id, string goal, string metric, string? goalCode = null, string? metricCode = null, string round = "2/2020") =>
        new(id, goal, metric, goalCode, metricCode, round, "on_track", "Teksti.");

    [Test]
    public void The_same_metric_id_is_the_same_metric_whatever_its_wording_now()
    {
        var matches = YearBefore.Match([Entry(7, "Uusi sanamuoto", "Mittari", metricCode: "M7")], [Entry(7, "Vanha sanamuoto", "Mittari", metricCode: "M7", round: "2/2019")]);

        Assert.That(matches[7], Is.EqualTo(new YearBeforeEntry(7, "2/2019", "on_track", "Teksti.")));
    }

    [Test]
    public void Without_codes_on_one_side_the_same_words_in_any_case_and_spacing_match()
    {
        var matches = YearBefore.Match([Entry(9, "Lukutaito  PARANEE", "Lainaukset kasvavat", "T1", "M1")], [Entry(4, "lukutaito paranee", " lainaukset kasvavat", round: "2/2019")]);

        Assert.That(matches[9].MetricId, Is.EqualTo(4));
    }

    [Test]
    public void Codes_that_differ_make_the_same_words_another_metric_and_a_metric_without_a_counterpart_gets_nothing()
    {
        var matches = YearBefore.Match(
            [Entry(9, "Lukutaito paranee", "Lainaukset kasvavat", metricCode: "M1"), Entry(10, "Lukutaito paranee", "Uusi mittari")],
            [Entry(4, "Lukutaito paranee", "Lainaukset kasvavat", metricCode: "M2", round: "2/2019")]);

        Assert.That(matches, Is.Empty);
    }
}
