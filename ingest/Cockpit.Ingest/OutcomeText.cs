using System.Globalization;
using Cockpit.Model.Forecasts;

namespace Cockpit.Ingest;

/// <summary>An ingest outcome as lines a controller reads, in Finnish, Swedish or English.</summary>
public static class OutcomeText
{
    public static IEnumerable<string> Describe(IngestOutcome outcome, string lang = "fi")
    {
        var t = Texts(lang);
        switch (outcome.Status)
        {
            case IngestStatus.AlreadyLoaded:
                var e = outcome.Existing!;
                yield return string.Format(CultureInfo.InvariantCulture, t.Already, outcome.File, e.UploadId, e.UploadedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.FileName);
                yield break;
            case IngestStatus.Rejected:
                yield return string.Format(CultureInfo.InvariantCulture, t.Rejected, outcome.File, outcome.Problems.Count);
                foreach (var problem in outcome.Problems) yield return "  " + problem.Describe(lang);
                yield break;
        }
        if (outcome.Monthly is { } monthly)
        {
            foreach (var line in DescribeMonthly(outcome, monthly, lang)) yield return line;
            yield break;
        }
        var s = outcome.Summary!;
        yield return string.Format(CultureInfo.InvariantCulture, outcome.Status == IngestStatus.Loaded ? t.Loaded : t.Validated,
            outcome.File, s.UploadId, s.MetricRows, s.Goals, s.Themes);
        yield return "  " + t.Rounds + string.Join(", ", s.Rounds.Select(r => string.Format(CultureInfo.InvariantCulture, t.Round, r.Round.Label(lang), r.Filled, r.Empty)));
        yield return "  " + t.Statuses + string.Join(", ", s.Statuses.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"));
        if (s.Replaced.Count > 0)
            yield return "  " + t.Replaced + string.Join(", ", s.Replaced.Select(r => string.Format(CultureInfo.InvariantCulture, t.Replacement, r.UploadId, r.Rows)));
        foreach (var o in s.DroppedOverrides)
            yield return "  " + string.Format(CultureInfo.InvariantCulture, t.OverrideDropped, o.Metric, RoundLabels.ForKey(o.Round, lang), o.Status);
        if (s.SheetsSkipped.Count > 0)
            yield return "  " + t.SheetsSkipped + string.Join(", ", s.SheetsSkipped);
        if (s.RowsSkipped > 0)
            yield return "  " + string.Format(CultureInfo.InvariantCulture, t.RowsSkipped, s.RowsSkipped);
    }

    private static IEnumerable<string> DescribeMonthly(IngestOutcome outcome, MonthlySummary s, string lang)
    {
        var t = MonthlyTexts(lang);
        static string Month(DateOnly m) => m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        yield return string.Format(CultureInfo.InvariantCulture, outcome.Status == IngestStatus.Loaded ? t.Loaded : t.Validated,
            outcome.File, s.UploadId, string.Join(", ", s.RowsPerSheet.Select(r => string.Format(CultureInfo.InvariantCulture, t.Sheet, r.Sheet, r.Rows))));
        yield return "  " + t.Months + string.Join(", ", s.Months.Select(Month));
        if (s.Replaced.Count > 0)
            yield return "  " + t.Replaced + string.Join(", ", s.Replaced.Select(r => string.Format(CultureInfo.InvariantCulture, t.Replacement, r.UploadId, Month(r.Month), r.Rows)));
        if (s.RowsWithoutActual > 0)
            yield return "  " + string.Format(CultureInfo.InvariantCulture, t.WithoutActual, s.RowsWithoutActual);
    }

    private sealed record MonthlyWords(string Loaded, string Validated, string Sheet, string Months, string Replaced, string Replacement, string WithoutActual);

    private static MonthlyWords MonthlyTexts(string lang) => lang switch
    {
        "sv" => new("{0}: månadsrapport inläst som uppladdning {1}: {2}.",
            "{0}: månadsrapport kontrollerad utan fel (torrkörning, ingenting skrevs; skulle bli uppladdning {1}): {2}.",
            "{0} {1} rader", "Månader: ", "Ersätter: ", "uppladdning {0} {1} ({2} rader)",
            "{0} mätarrader utan utfall lämnades bort."),
        "en" => new("{0}: monthly report loaded as upload {1}: {2}.",
            "{0}: monthly report checked, no problems (dry run, nothing written; would be upload {1}): {2}.",
            "{0} {1} rows", "Months: ", "Replaces: ", "upload {0} {1} ({2} rows)",
            "{0} metric rows without an actual were left out."),
        _ => new("{0}: kuukausiraportti ladattu latauksena {1}: {2}.",
            "{0}: kuukausiraportti tarkistettu, ei virheitä (koeajo, mitään ei kirjoitettu; olisi lataus {1}): {2}.",
            "{0} {1} riviä", "Kuukaudet: ", "Korvaa: ", "lataus {0} {1} ({2} riviä)",
            "Mittaririvejä ilman toteumaa jätettiin pois: {0}."),
    };

    private sealed record Words(string Already, string Rejected, string Loaded, string Validated, string Rounds, string Round,
        string Statuses, string Replaced, string Replacement, string SheetsSkipped, string RowsSkipped, string OverrideDropped);

    private static Words Texts(string lang) => lang switch
    {
        "sv" => new("{0}: redan inläst som uppladdning {1} ({2}, {3}); inget ändrades.",
            "{0}: avvisad, {1} fel; ingenting skrevs:",
            "{0}: inläst som uppladdning {1}: {2} mätare, {3} mål, {4} teman.",
            "{0}: kontrollerad utan fel (torrkörning, ingenting skrevs; skulle bli uppladdning {1}): {2} mätare, {3} mål, {4} teman.",
            "Omgångar: ", "{0} ({1} prognoser, {2} tomma)", "Status: ", "Ersätter: ", "uppladdning {0} ({1} prognoser)",
            "Blad utan rubrikrad lämnades bort: ", "{0} rader utan mätare (fotnoter, mellanrubriker) lämnades bort.",
            "Den manuella statusen {2} för ”{0}” ({1}) slopades: prognostexten ändrades."),
        "en" => new("{0}: already loaded as upload {1} ({2}, {3}); nothing changed.",
            "{0}: refused, {1} problem(s); nothing was written:",
            "{0}: loaded as upload {1}: {2} metrics, {3} goals, {4} themes.",
            "{0}: checked, no problems (dry run, nothing written; would be upload {1}): {2} metrics, {3} goals, {4} themes.",
            "Rounds: ", "{0} ({1} forecasts, {2} empty)", "Statuses: ", "Replaces: ", "upload {0} ({1} forecasts)",
            "Sheets without a header row were left out: ", "{0} rows without a metric (footnotes, sub-headings) were left out.",
            "The override {2} of \"{0}\" ({1}) was dropped: its forecast text changed."),
        _ => new("{0}: ladattu jo aiemmin latauksena {1} ({2}, {3}); mitään ei muutettu.",
            "{0}: hylätty, virheitä {1}; mitään ei kirjoitettu:",
            "{0}: ladattu latauksena {1}: mittareita {2}, tavoitteita {3}, teemoja {4}.",
            "{0}: tarkistettu, ei virheitä (koeajo, mitään ei kirjoitettu; olisi lataus {1}): mittareita {2}, tavoitteita {3}, teemoja {4}.",
            "Kierrokset: ", "{0} (ennusteita {1}, tyhjiä {2})", "Tilat: ", "Korvaa: ", "lataus {0} (ennusteita {1})",
            "Välilehdet ilman otsikkoriviä jätettiin pois: ", "Rivejä ilman mittaria (alaviitteet, väliotsikot) jätettiin pois: {0}.",
            "Mittarin ”{0}” ({1}) käsin asetettu tila {2} poistui: ennusteteksti muuttui."),
    };
}
