using System.Globalization;

namespace Cockpit.Ingest.Problems;

/// <summary>Every message a controller can get about a workbook, in Finnish, Swedish and English.</summary>
public static class ProblemTexts
{
    private static readonly Dictionary<ProblemCode, (string Fi, string Sv, string En)> Texts = new()
    {
        [ProblemCode.NotWorkbookPdf] = (
            "Tiedosto on PDF-dokumentti, ei Excel-työkirja. Tallenna raportti Excelistä .xlsx-muodossa.",
            "Filen är ett PDF-dokument, inte en Excel-arbetsbok. Spara rapporten i .xlsx-format från Excel.",
            "The file is a PDF document, not an Excel workbook. Save the report from Excel as .xlsx."),
        [ProblemCode.NotWorkbookText] = (
            "Tiedosto on tekstiä (esimerkiksi CSV), ei Excel-työkirja. Avaa se Excelissä ja tallenna .xlsx-muodossa.",
            "Filen är text (till exempel CSV), inte en Excel-arbetsbok. Öppna den i Excel och spara som .xlsx.",
            "The file is text (such as CSV), not an Excel workbook. Open it in Excel and save it as .xlsx."),
        [ProblemCode.NotWorkbook] = (
            "Tiedosto ei ole Excel-työkirja (.xlsx).",
            "Filen är inte en Excel-arbetsbok (.xlsx).",
            "The file is not an Excel workbook (.xlsx)."),
        [ProblemCode.OldXls] = (
            "Tiedosto on vanhaa Excel 97–2003 -muotoa (.xls). Tallenna se .xlsx-muodossa ja lataa uudelleen.",
            "Filen har det gamla formatet Excel 97–2003 (.xls). Spara den som .xlsx och ladda upp den igen.",
            "The file is in the old Excel 97–2003 format (.xls). Save it as .xlsx and load it again."),
        [ProblemCode.PasswordProtected] = (
            "Työkirja on suojattu salasanalla. Poista salasana ja lataa uudelleen.",
            "Arbetsboken är lösenordsskyddad. Ta bort lösenordet och ladda upp den igen.",
            "The workbook is password-protected. Remove the password and load it again."),
        [ProblemCode.Corrupt] = (
            "Työkirja on vioittunut tai katkennut, eikä sitä voi lukea ({0}). Tallenna se uudelleen Excelistä.",
            "Arbetsboken är skadad eller avkortad och kan inte läsas ({0}). Spara den på nytt från Excel.",
            "The workbook is damaged or truncated and cannot be read ({0}). Save it again from Excel."),
        [ProblemCode.PartTooLarge] = (
            "Työkirjan osa {0} purkautuisi {1} Mt:n kokoiseksi, yli sallitun {2} Mt:n; tiedostoa ei lueta.",
            "Arbetsbokens del {0} skulle packas upp till {1} MB, mer än tillåtna {2} MB; filen läses inte.",
            "The workbook part {0} would inflate to {1} MB, over the {2} MB allowed; the file is not read."),
        [ProblemCode.EmptyWorkbook] = (
            "Työkirjassa ei ole yhtään täytettyä solua.",
            "Arbetsboken innehåller inga ifyllda celler.",
            "The workbook has no filled cells."),
        [ProblemCode.NoHeader] = (
            "Yhdeltäkään välilehdeltä ({0}) ei löytynyt otsikkoriviä, jossa olisivat sarakkeet ”Sitova toiminnan tavoite” ja ”Sitovan toiminnan tavoitteen mittarit” (ruotsiksi ”Bindande verksamhetsmål” ja ”Mätare”).",
            "Inget blad ({0}) har en rubrikrad med kolumnerna ”Bindande verksamhetsmål” och ”Mätare” (på finska ”Sitova toiminnan tavoite” och ”Sitovan toiminnan tavoitteen mittarit”).",
            "No sheet ({0}) has a header row with the columns \"Sitova toiminnan tavoite\" and \"Sitovan toiminnan tavoitteen mittarit\" (in Swedish \"Bindande verksamhetsmål\" and \"Mätare\")."),
        [ProblemCode.NoRoundColumns] = (
            "Otsikkorivillä ei ole yhtään ennuste- tai toteumasaraketta; lisää sarake muodossa ”Ennuste 1/2020” tai vuoden lopun toteumalle ”Toteuma 2020”.",
            "Rubrikraden har ingen prognos- eller utfallskolumn; lägg till en kolumn i formen ”Prognos 1/2020” eller, för årets utfall, ”Utfall 2020”.",
            "The header row has no forecast or year-end column; add one headed like \"Ennuste 1/2020\", or \"Toteuma 2020\" for the year-end outcome."),
        [ProblemCode.BadRoundHeader] = (
            "Sarakeotsikkoa ”{0}” ei voi lukea raportointikierrokseksi; kirjoita se muodossa ”Ennuste 2/2020” (kierros 1–3) tai vuoden lopun toteumalle ”Toteuma 2020”.",
            "Kolumnrubriken ”{0}” kan inte läsas som en rapporteringsomgång; skriv den i formen ”Prognos 2/2020” (omgång 1–3) eller, för årets utfall, ”Utfall 2020”.",
            "The column header \"{0}\" cannot be read as a reporting round; write it as \"Ennuste 2/2020\" (round 1–3), or \"Toteuma 2020\" for the year-end outcome."),
        [ProblemCode.DuplicateRoundColumn] = (
            "Kierros {0} on jo sarakkeessa {1}; kullakin kierroksella saa olla vain yksi sarake.",
            "Omgång {0} finns redan i kolumn {1}; varje omgång får ha endast en kolumn.",
            "Round {0} already has column {1}; each round may have only one column."),
        [ProblemCode.NoMetricRows] = (
            "Otsikkorivin alla ei ole yhtään mittaririviä.",
            "Under rubrikraden finns inga mätarrader.",
            "There are no metric rows under the header row."),
        [ProblemCode.MetricCollision] = (
            "Mittari ”{0}” on jo solussa {1} saman tavoitteen alla; kukin mittari saa esiintyä vain kerran.",
            "Mätaren ”{0}” finns redan i cell {1} under samma mål; varje mätare får förekomma bara en gång.",
            "The metric \"{0}\" already appears in cell {1} under the same goal; each metric may appear only once."),
        [ProblemCode.ErrorValue] = (
            "Solussa on Excelin virhearvo {0}; korjaa kaava tai kirjoita arvo soluun.",
            "Cellen innehåller Excels felvärde {0}; rätta formeln eller skriv in ett värde.",
            "The cell holds the Excel error value {0}; fix the formula or type a value."),
        [ProblemCode.FormulaWithoutValue] = (
            "Solussa on kaava ilman laskettua arvoa: tiedoston tallentanut ohjelma ei laskenut sitä. Avaa tiedosto Excelissä (tai LibreOfficessa) ja tallenna se, jolloin arvo tallentuu, ja lataa se uudelleen.",
            "Cellen har en formel utan beräknat värde: programmet som sparade filen beräknade den inte. Öppna filen i Excel (eller LibreOffice) och spara den så att värdet sparas, och ladda sedan upp den igen.",
            "The cell has a formula without a computed value: the program that saved the file did not calculate it. Open the file in Excel (or LibreOffice) and save it so that the value is stored, then load it again."),
        [ProblemCode.TextTooLong] = (
            "Solun teksti on pidempi kuin Excelin soluun mahtuvat 32 767 merkkiä; lyhennä se.",
            "Cellens text är längre än de 32 767 tecken som ryms i en Excel-cell; förkorta den.",
            "The cell's text is longer than the 32,767 characters an Excel cell holds; shorten it."),
        [ProblemCode.ForecastWithoutMetric] = (
            "Rivillä on ennusteteksti, mutta mittarisarake on tyhjä; kirjoita mittari tai siirrä teksti oikealle riville.",
            "Raden har en prognostext men mätarkolumnen är tom; skriv in mätaren eller flytta texten till rätt rad.",
            "The row has forecast text but its metric cell is empty; fill in the metric or move the text to its row."),
        [ProblemCode.GoalMissing] = (
            "Mittarilla ei ole tavoitetta: tavoitesolu on tyhjä, eikä sen yläpuolella ole tavoitetta.",
            "Mätaren saknar mål: målcellen är tom och det finns inget mål ovanför.",
            "The metric has no goal: its goal cell is empty and there is no goal above it."),
        [ProblemCode.MissingSheet] = (
            "Kuukausiraportista puuttuu välilehti ”{0}” (ruotsiksi ”{1}”); välilehdet ovat: {2}.",
            "Månadsrapporten saknar bladet ”{1}” (på finska ”{0}”); bladen är: {2}.",
            "The monthly report has no sheet \"{0}\" (in Swedish \"{1}\"); its sheets are: {2}."),
        [ProblemCode.MissingColumn] = (
            "Välilehden otsikkoriviltä puuttuu sarake ”{0}” (ruotsiksi ”{1}”). Otsikkorivi etsitään 30 ensimmäiseltä riviltä.",
            "Bladets rubrikrad saknar kolumnen ”{1}” (på finska ”{0}”). Rubrikraden söks bland de 30 första raderna.",
            "The sheet's header row has no column \"{0}\" (in Swedish \"{1}\"). The header is looked for in the first 30 rows."),
        [ProblemCode.NoDataRows] = (
            "Otsikkorivin alla ei ole yhtään täytettyä riviä.",
            "Under rubrikraden finns inga ifyllda rader.",
            "There are no filled rows under the header row."),
        [ProblemCode.BadMonth] = (
            "”{0}” ei ole kuukausi; kirjoita päivämäärä tai kuukausi muodossa 2020-04, 4/2020 tai huhtikuu 2020.",
            "”{0}” är ingen månad; skriv ett datum eller en månad i formen 2020-04, 4/2020 eller april 2020.",
            "\"{0}\" is not a month; write a date or a month as 2020-04, 4/2020 or April 2020."),
        [ProblemCode.MergedFigure] = (
            "Sarakkeen {0} luku on yhdistetyssä solussa {1}, joka kattaa useita rivejä; luku kuuluu yhdelle riville, eikä sitä kopioida muille. Pura yhdistäminen ja kirjoita kunkin rivin luku omaan soluunsa.",
            "Talet i kolumnen {0} står i den sammanfogade cellen {1}, som täcker flera rader; ett tal hör till en rad och kopieras inte till de andra. Dela upp cellerna och skriv varje rads tal i en egen cell.",
            "The figure in column {0} is in the merged cell {1}, which covers several rows; a figure belongs to one row and is not copied to the others. Unmerge the cells and write each row's figure in its own cell."),
        [ProblemCode.NotANumber] = (
            "Sarakkeessa {1} pitää olla luku, mutta solussa on ”{0}”.",
            "Kolumnen {1} ska innehålla ett tal, men cellen innehåller ”{0}”.",
            "Column {1} needs a number, but the cell holds \"{0}\"."),
        [ProblemCode.MissingValue] = (
            "Sarakkeen {0} arvo puuttuu.",
            "Värdet i kolumnen {0} saknas.",
            "The value of column {0} is missing."),
        [ProblemCode.NegativeValue] = (
            "Sarakkeen {0} arvo {1} on negatiivinen; kirjoita määrät ja eurot positiivisina.",
            "Värdet {1} i kolumnen {0} är negativt; skriv mängder och euro som positiva tal.",
            "The value {1} in column {0} is negative; write amounts and euros as positive numbers."),
        [ProblemCode.AbsurdValue] = (
            "Sarakkeen {0} arvo {1} on epäuskottavan suuri ({2}); tarkista yksikkö ja desimaalierotin.",
            "Värdet {1} i kolumnen {0} är orimligt stort ({2}); kontrollera enheten och decimaltecknet.",
            "The value {1} in column {0} is implausibly large ({2}); check the unit and the decimal separator."),
        [ProblemCode.DuplicateMonthlyRow] = (
            "”{0}” kuukaudelle {1} on jo solussa {2}; kukin kuukausi saa esiintyä vain kerran.",
            "”{0}” för månaden {1} finns redan i cell {2}; varje månad får förekomma bara en gång.",
            "\"{0}\" for the month {1} already appears in cell {2}; each month may appear only once."),
        [ProblemCode.UnknownMetric] = (
            "Mittaria ”{0}” ei ole ennusteraportin mittareissa. Lähimmät: {1}.",
            "Mätaren ”{0}” finns inte bland prognosrapportens mätare. Närmast: {1}.",
            "The metric \"{0}\" is not one of the forecast report's metrics. Nearest: {1}."),
        [ProblemCode.NoMetricsKnown] = (
            "Mittaria ”{0}” ei voi tunnistaa: ennusteraporttia ei ole vielä ladattu. Lataa ensin ennusteraportti.",
            "Mätaren ”{0}” kan inte kännas igen: ingen prognosrapport har lästs in. Läs in prognosrapporten först.",
            "The metric \"{0}\" cannot be recognised: no forecast report is loaded yet. Load the forecast report first."),
        [ProblemCode.UnknownServiceEntity] = (
            "”{0}” ei ole toimialan palvelukokonaisuus; sallitut: {1}.",
            "”{0}” är inte ett av sektorns serviceområden; tillåtna: {1}.",
            "\"{0}\" is not one of the division's service entities; allowed: {1}."),
        [ProblemCode.Unreadable] = (
            "Työkirjaa ei voitu lukea ({0}). Avaa se Excelissä, tallenna .xlsx-muodossa ja yritä uudelleen.",
            "Arbetsboken kunde inte läsas ({0}). Öppna den i Excel, spara den som .xlsx och försök igen.",
            "The workbook could not be read ({0}). Open it in Excel, save it as .xlsx and try again."),
        [ProblemCode.ReadTooLong] = (
            "Työkirjan lukeminen kesti yli {0} sekuntia, ja se keskeytettiin; mitään ei kirjoitettu. Poista ylimääräiset välilehdet, rivit ja muotoilut ja yritä uudelleen.",
            "Att läsa arbetsboken tog över {0} sekunder och avbröts; ingenting skrevs. Ta bort överflödiga blad, rader och formatering och försök igen.",
            "Reading the workbook took longer than {0} seconds and was stopped; nothing was written. Remove surplus sheets, rows and formatting and try again."),
    };

    public static string Format(ProblemCode code, string lang, IReadOnlyList<string> args)
    {
        var (fi, sv, en) = Texts[code];
        var template = Pick(lang, fi, sv, en);
        return string.Format(CultureInfo.InvariantCulture, template, args.Cast<object>().ToArray());
    }

    /// <summary>"file, sheet S, cell C" in the reader's language.</summary>
    public static string Locate(string lang, string file, string? sheet, string? cell)
    {
        var (sheetWord, cellWord) = Pick(lang, ("välilehti", "solu"), ("blad", "cell"), ("sheet", "cell"));
        var parts = new List<string> { file };
        if (sheet is not null) parts.Add($"{sheetWord} {sheet}");
        if (cell is not null) parts.Add($"{cellWord} {cell}");
        return string.Join(", ", parts);
    }

    private static T Pick<T>(string lang, T fi, T sv, T en) => lang switch
    {
        "sv" => sv,
        "en" => en,
        _ => fi,
    };

    internal static bool HasText(ProblemCode code) => Texts.ContainsKey(code);
}
