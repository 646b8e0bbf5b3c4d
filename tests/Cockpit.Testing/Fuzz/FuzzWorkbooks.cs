namespace Cockpit.Testing.Fuzz;

/// <summary>The workbooks the fuzz mutates: every sample, and forecast reports built here in layouts the samples lack.</summary>
public static class FuzzWorkbooks
{
    public static List<FuzzBase> SamplesAndBuilt(TempDirectory temp) =>
        [.. Directory.GetFiles(Repository.Samples, "*.xlsx").Order().Select(FuzzBase.Load), .. BuiltForecasts(temp).Select(FuzzBase.Load)];

    // A cover sheet, a title row, a goal merged down, a hidden row, an extra column, a footnote; and a Swedish one with codes.
    private static IEnumerable<string> BuiltForecasts(TempDirectory temp)
    {
        var finnish = new WorkbookBuilder();
        finnish.Sheet("Ohje").Row(1, "Täytä välilehti Data.");
        yield return finnish.Sheet("Data")
            .Row(1, "Sitovat toiminnan tavoitteet 2020")
            .Row(2, [.. WorkbookBuilder.FinnishHeaders, "Vastuuhenkilö"])
            .Rows(3,
                ["Hanke A", "Teema 1", "Tavoite 1", "Mittari 1", "Tavoite on toteutumassa.", "Ennusteen mukaan tavoite toteutuu.", "Maija"],
                [null, null, null, "Mittari 2", "Tavoite ei toteudu.", null, "Matti"],
                [null, "Teema 2", "Tavoite 2", "Mittari 3", "Epävarma.", "Tavoite on saavutettu.", null],
                ["* alaviite"])
            .Merge("C3:C4")
            .HideRow(4)
            .Save(temp.File("fuzz-rakennettu.xlsx"));
        yield return new WorkbookBuilder().Sheet("Blad1")
            .Row(1, "Tema", "Bindande verksamhetsmål", "Mätare", "Kod", "Prognos 1/2021", "Prognos 2/2021")
            .Rows(2,
                ["Tema 1", "Mål 1", "Mätare 1", "M1", "Målet nås enligt prognosen.", "Målet nås inte."],
                [null, null, "Mätare 2", "M2", null, "Osäkert."])
            .Save(temp.File("fuzz-svensk.xlsx"));
    }
}
