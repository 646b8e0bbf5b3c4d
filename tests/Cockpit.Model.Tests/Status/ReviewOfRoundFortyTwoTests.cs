using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Ordinary sentences a review helper wrote against the rules added while reading round 42 (each run on the rules before and
/// after): seven had turned a risk or a miss green (a verb cleared by "huolimatta", a forecast read as the target, "såg ut att
/// hålla", a limit kept only in half the cases, amounts without their units, a count that is better lower, next year's
/// budget), and others misread a checked schedule, a growing lead, an unlikely delay, a whole-year forecast, a basis "ilman".
/// Each reads now as a careful reader does, or as it did before.
/// </summary>
public class ReviewOfRoundFortyTwoTests
{
    [TestCase("Rakennustyöt ovat käynnissä, mutta avaaminen viivästyy ponnisteluista huolimatta.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("Hanke viivästyy ponnisteluista huolimatta.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("Työt viivästyivät kaikesta huolimatta.", RoundKind.Outcome, ForecastStatus.AtRisk)]
    [TestCase("Koronan aiheuttamasta viivästyksestä huolimatta hanke on edennyt hyvin.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Kävijämäärän pitäisi nousta 1 500:aan, kun tavoite on 2 000.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("Ennusteen mukaan kävijöitä pitäisi kertyä 1 800, kun tavoite on 2 000.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("Målet såg ut att hålla, men efter sommaren har besöken minskat kraftigt.", RoundKind.Forecast, ForecastStatus.NotAssessed)]
    [TestCase("Väntetiden låg inom gränsen på en vecka bara i hälften av fallen.", RoundKind.Forecast, ForecastStatus.NotAssessed)]
    [TestCase("Menot olivat 0,54 M€. Talousarviossa määräraha oli 350 000 €.", RoundKind.Forecast, ForecastStatus.WillNotBeMet)]
    [TestCase("Menot olivat 540 t€. Määräraha oli 0,35 milj. euroa.", RoundKind.Forecast, ForecastStatus.WillNotBeMet)]
    [TestCase("Antalet olyckor var 12 mot 8 ett år tidigare.", RoundKind.Forecast, ForecastStatus.NotAssessed)]
    [TestCase("Complaints numbered 40 against 25 a year earlier.", RoundKind.Forecast, ForecastStatus.NotAssessed)]
    [TestCase("Menot olivat 540 000 euroa. Ensi vuoden talousarvioon on varattu 600 000 euroa.", RoundKind.Forecast, ForecastStatus.NotAssessed)]
    [TestCase("Menot olivat 540 000 euroa. Lisätalousarviossa määrärahaa korotettiin 600 000 euroon.", RoundKind.Outcome, ForecastStatus.NotAssessed)]
    [TestCase("Aikataulu on tarkistettu ohjausryhmässä ja se pitää.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Tilat on muutettu aikataulun mukaisesti nuorisotaloksi.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Lokalerna har ändrats enligt tidsplanen.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Kävijämäärä on kasvanut, ja ero edelliseen vuoteen on kasvanut kuukausi kuukaudelta.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("On epätodennäköistä, että hanke viivästyy.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("It is unlikely that the schedule slips.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("Kesäkuun lopussa ennustetaan, että koko vuoden päästöt ovat 90 tonnia, kun sallittu enimmäismäärä on 100 tonnia.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Ilman lisärahoitusta voidaan jo nyt kertoa että tavoite ei toteudu.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("Redan i juni stod det klart att målet skulle nås.", RoundKind.Outcome, ForecastStatus.Achieved)]
    [TestCase("Kustannukset olivat pienemmät kuin suunniteltiin.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Menot olivat 540 000 euroa. Talousarvio alittui 20 000 eurolla.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Tavoitteena on saada viisi kymmenestä kirjastosta mukaan, ja nyt mukana on seitsemän kymmenestä.", RoundKind.Forecast, ForecastStatus.NotAssessed)]
    [TestCase("Kirjasto avautuu syyskuussa. Kaupunki selvittää vielä, miten aukioloaikoja voisi pidentää.", RoundKind.Forecast, ForecastStatus.OnTrack)]
    [TestCase("Kesällä kävi selvästi vähemmän kävijöitä kuin suunniteltiin.", RoundKind.Forecast, ForecastStatus.AtRisk)]
    [TestCase("Målet var att besöken skulle nå 2 000, och prognosen för helåret är 1 700.", RoundKind.Forecast, ForecastStatus.NotAssessed)]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, ForecastStatus expected) =>
        Assert.That(StatusClassifier.Classify(text, round).Status, Is.EqualTo(expected), StatusClassifier.Classify(text, round).Evidence);
}
