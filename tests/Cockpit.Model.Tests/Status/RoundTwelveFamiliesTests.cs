using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-12 unseen pair: 'may' (saatetaan), the potential mood with 'kunhan', 'hardly' as a
/// miss, what is better lower (caps, processing times, sick leave, consumption), 'by and large', a month missed during the
/// year, short of what was expected, in part at year end, 'trots' before a noun, counts written as 3/7, 'maalissa', too
/// slow, not a single one, not yet started at year end, a bare 'Missed.', idioms of control, a positive result, the operating
/// margin, 'som mål att', and what cannot be foreseen.
/// </summary>
public class RoundTwelveFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kävijätavoitteeseen saatetaan päästä, jos syksy sujuu hyvin.", ForecastStatus.AtRisk, "verdict.risk")
            .For("'saatetaan päästä' is may");
        yield return Sentence("Toteutunee, kunhan loppuvuoden kysely saadaan tehtyä.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("'kunhan' is a condition");
        yield return Sentence("Tavoite tuskin toteutuu tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'tuskin' is hardly, a miss");
        yield return Sentence("Målet nås knappast under året.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'knappast' is hardly, a miss");
        yield return Sentence("Sjukfrånvaron låg under målet på fem procent; taket underskreds.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("Under a cap of what is better lower is met");
        yield return Sentence("Käsittelyaika ylitti tavoiteajan kaikissa yksiköissä Itäkeskusta lukuun ottamatta.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("A processing time over its target is bad, and an exception makes it in part");
        yield return Sentence("Nämndens mål har i det stora hela uppfyllts.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'i det stora hela' is by and large");
        yield return Sentence("Målen har i stort sett nåtts.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'i stort sett' is by and large");
        yield return Sentence("Kaikki kirjastot saavuttivat tavoitteensa pääsääntöisesti hyvin.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'pääsääntöisesti' is by and large");
        yield return Sentence("Under maj månad uppnåddes inte målet för antal besök.", ForecastStatus.AtRisk, "verdict.not_yet")
            .For("A month missed during the year is not the year missed");
        yield return Sentence("Kausikorttien myynti on tähän mennessä jäänyt odotetusta.", ForecastStatus.AtRisk, "budget.worse_so_far")
            .For("Short of what was expected so far is a risk");
        yield return Sentence("Kesäleirit pidettiin Kallahdessa; Vuosaaren leiri peruttiin; tavoite toteutui osittain.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'toteutui osittain' at year end is in part");
        yield return Sentence("Kulttuuritalojen energiankulutus kasvoi 4 %, vaikka tavoitteena oli vähennys.", ForecastStatus.WillNotBeMet, "figure.below_last_year", RoundKind.Outcome)
            .For("More of what should fall, at year end, is a miss");
        yield return Sentence("Trots förseningar har målet nåtts.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("'Trots' before a noun does not concede the verdict");
        yield return Sentence("Trots insatserna har det varit svårt att nå målen.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'Trots' before a noun does not concede the difficulty");
        yield return Sentence("Esteettömyyskorjaukset: valmiina 3/7 kohdetta", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("'3/7' of the sites is in part");
        yield return Sentence("Verkkokauppa avattiin jo kesäkuussa, joten tältä osin ollaan maalissa.", ForecastStatus.Achieved, "verdict.achieved")
            .For("'ollaan maalissa' is achieved");
        yield return Sentence("Maalissa, reilusti yli tavoitetason.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("'Maalissa' at year end is achieved");
        yield return Sentence("Uusien harrastusryhmien käynnistäminen on liian hidasta.", ForecastStatus.AtRisk, "risk.stalled")
            .For("'liian hidasta' is too slow");
        yield return Sentence("Suunnitelluista viidestä tapahtumasta ei saatu järjestettyä yhtäkään.", ForecastStatus.WillNotBeMet, "verdict.not_in_time", RoundKind.Outcome)
            .For("Not a single one of the planned events at year end is a miss");
        yield return Sentence("Kokeilua ei ole vielä käynnistetty.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("Not yet started at year end is a miss");
        yield return Sentence("Missed.", ForecastStatus.WillNotBeMet, "verdict.failed", RoundKind.Outcome)
            .For("A bare 'Missed.' is a miss");
        yield return Sentence("Homma on hanskassa.", ForecastStatus.OnTrack, "progress")
            .For("'on hanskassa' is on track");
        yield return Sentence("Årsprognosen visar ett positivt utfall.", ForecastStatus.OnTrack, "result.good_so_far")
            .For("'positivt utfall' is good");
        yield return Sentence("Ennusteen mukaan toimintakate ylittyy noin 2 miljoonaa euroa.", ForecastStatus.WillNotBeMet, "cost.overrun")
            .For("The operating margin over is an overrun");
        yield return Sentence("Nämnden hade som mål att öppna två nya bibliotek, men målet nåddes inte.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("'som mål att' states the goal, the verdict after it decides");
        yield return Sentence("Koronan vaikutusta on mahdoton ennakoida, joten tavoite on kiikun kaakun.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("Impossible to foresee is uncertain, and 'kiikun kaakun' is touch and go");
        yield return Sentence("Vaikutuksia on mahdoton ennakoida.", ForecastStatus.AtRisk, "risk.uncertain")
            .For("Impossible to foresee is uncertain, not infeasible");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twelve_wording(ClassifierCase c) => c.Check();
}
