using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A helper's review of the round-55 rules, sentences written to break them: a surplus shown only by the accounts, undenied,
/// unhedged and with no deficit after it; money, not the works, moved on a proposal; what a contract brought as income
/// unless it is costs; a saving target beaten; a goal given up, not premises handed over; a decline that stopped; "sen
/// sijaan, että" (instead of); a planned later step; a plan of the works; a precondition of the past; "hopefully"; the
/// measure after a "but" short; "enligt målet" and "in line with the target" before a later target.
/// </summary>
public class ReviewOfRoundFiftyFiveTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Prognosen visar ett litet plus, men osäkerheten kring hösten är stor.", ForecastStatus.AtRisk, "a forecast's plus with a hedge");
        yield return Case("Prognosen visar ett plus om statsbidraget betalas ut som planerat.", ForecastStatus.AtRisk, "a forecast's plus on a condition");
        yield return Case("Bokslutet visar ett plus för kulturtjänsterna men idrottstjänsterna gick back med 1,2 miljoner euro och nämnden som helhet har ett underskott.",
            ForecastStatus.WillNotBeMet, "a part's plus before the whole's deficit", RoundKind.Outcome);
        yield return Case("Toimiala esittää, että nuorisotalon rakentaminen siirretään ensi vuoden budjettiin.", ForecastStatus.WillNotBeMet, "the works moved on a proposal");
        yield return Case("Toimiala on esittänyt, että kirjastotalon avaaminen siirretään ensi vuoteen, ja määrärahat siirretään ensi vuoden talousarvioon.",
            ForecastStatus.WillNotBeMet, "the opening moved with its money");
        yield return Case("Lautakunta on esittänyt, että määrärahat siirretään ensi vuoden talousarvioon, koska uimahallin peruskorjaus ei ala tänä vuonna.",
            ForecastStatus.WillNotBeMet, "money moved because the works will not start");
        yield return Case("Energian hinnan nousu toi 120 000 euroa budjetoitua enemmän kuluja.", ForecastStatus.WillNotBeMet, "brought more costs", RoundKind.Outcome);
        yield return Case("The heating repair brought 30 000 euros more than budgeted in costs.", ForecastStatus.WillNotBeMet, "brought more costs, in English", RoundKind.Outcome);
        yield return Case("Säästöt ylittävät menosäästötavoitteen 0,2 miljoonalla eurolla.", ForecastStatus.OnTrack, "a saving target beaten");
        yield return Case("Nuorisotalon tilat on luovuttava takaisin omistajalle kesäkuussa, ja toiminta siirtyy Kontulaan suunnitellusti.", ForecastStatus.OnTrack,
            "premises handed over are no goal given up");
        yield return Case("Besöksminskningen har avstannat och antalet besök ökar igen enligt målet.", ForecastStatus.OnTrack, "a decline that stopped");
        yield return Case("Tapahtumatavoite on saavutettu. Sen sijaan, että kävijöitä olisi tullut vähemmän, heitä tuli odotettua enemmän.", ForecastStatus.Achieved,
            "instead of is no contrast", RoundKind.Outcome);
        yield return Case("Kirjaston peruskorjaus valmistui, ja muutto takaisin siirtyy ensi vuoden tammikuulle suunnitelman mukaan.", ForecastStatus.Achieved,
            "a planned later step is no remainder", RoundKind.Outcome);
        yield return Case("Kentän kunnostussuunnitelma valmistui kesäkuussa; työt tehdään syksyllä.", ForecastStatus.OnTrack, "the plan of the works is not the works");
        yield return Case("Edellytyksenä oli lisärahoitus, jota ei saatu, joten tavoite ei toteudu.", ForecastStatus.WillNotBeMet, "a precondition failed");
        yield return Case("Edellytyksenä tavoitteen saavuttamiselle oli uuden tilan saaminen, ja tila otettiin käyttöön maaliskuussa.", ForecastStatus.OnTrack,
            "a precondition of the past, met");
        yield return Case("Hanke on toteutumassa; lisärahoitus oli edellytyksenä hankkeen käynnistämiselle, ja se saatiin keväällä.", ForecastStatus.OnTrack,
            "a precondition met beside a verdict");
        yield return Case("Remontti valmistuu toivottavasti tänä vuonna.", ForecastStatus.AtRisk, "hopefully done this year");
        yield return Case("Ticket revenue is 0,2 million euros above the forecast of last spring.", ForecastStatus.OnTrack, "above an earlier forecast");
        yield return Case("Salivaraukset nousivat 2 300:aan, kun tavoite oli 2 000, mutta iltavuorojen osuus, 61 %, jäi alle 70 %:n tavoitteen.", ForecastStatus.AtRisk,
            "the measure after a but short", RoundKind.Outcome);
        yield return Case("Salibokningarna ökade till 2 300 mot målet 2 000, men andelen kvällstider, 61 %, stannade under målet 70 %.", ForecastStatus.AtRisk,
            "the measure after a but short, in Swedish", RoundKind.Outcome);
        yield return Case("Antalet klubbar växte i huvudsak enligt målet, till 410 i stället för målsatta 450.", ForecastStatus.WillNotBeMet,
            "as the target, then short of the later one", RoundKind.Outcome);
        yield return Case("Sjundeås bokslut för 2022 visar ett litet plus men kommunen måste hushålla med skattepengarna under kommande år.", ForecastStatus.Achieved,
            "the accounts' plus before advice", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
