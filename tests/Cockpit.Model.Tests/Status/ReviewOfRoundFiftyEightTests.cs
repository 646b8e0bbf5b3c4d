using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A helper's review of the round-58 rules, 269 invented sentences: a work on its schedule answers a risk only when it is the
/// same work, this year, with no phase, aim or "at the earliest"; "positiivista" signs only a result in its own clause; a
/// season over is no "koronakausi", nor one with a contrast or a year's target; "uhkaa" the noun, or a threat beside a deficit
/// that happened, is no threat; what was stuck ("jumissa ollut") is no delay now; "liian matala" is a risk a verdict answers;
/// "blir verklighet först när" is a condition; some of the places with the rest later is in part; and a count after the verb short of
/// the target written before it ("5 uuden kerhon tavoitteesta on toteutunut 3"), which the review found read green from before.
/// </summary>
public class ReviewOfRoundFiftyEightTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Asennus keskeytyi. Asennus valmistuu suunnitellusti aikaisintaan syyskuussa.", ForecastStatus.AtRisk, "at the earliest");
        yield return Case("Asennus keskeytyi. Tavoitteena on, että asennus valmistuu syyskuussa suunnitellusti.", ForecastStatus.AtRisk, "an aim");
        yield return Case("Hanke viivästyi. Ensimmäinen vaihe valmistuu syyskuussa suunnitellusti.", ForecastStatus.AtRisk, "a first phase only");
        yield return Case("Kesän tapahtumia peruttiin koronan vuoksi. Syksyn näyttely avautuu suunnitellusti lokakuussa.", ForecastStatus.AtRisk, "another event");
        yield return Case("Tekonurmen asennus on myöhässä. Pukuhuoneet valmistuvat suunnitellusti elokuussa.", ForecastStatus.AtRisk, "another work");
        yield return Case("Uimahallin remontti on myöhässä. Remontin ensimmäinen vaihe valmistuu aikataulussa kesäkuussa.", ForecastStatus.AtRisk, "a phase on time");
        yield return Case("Asennus keskeytyi asbestilöydöksen vuoksi. Asennus valmistuu suunnitellusti vuonna 2060.", ForecastStatus.AtRisk, "finished next year",
            year: 2059);
        yield return Case("Asiakaspalaute oli positiivista, mutta tulos jäi 0,5 miljoonaa euroa alijäämäiseksi.", ForecastStatus.WillNotBeMet, "positive feedback, a deficit",
            RoundKind.Outcome);
        yield return Case("Vaikka yleisön vastaanotto oli positiivista, tapahtuman tulos jäi alijäämäiseksi.", ForecastStatus.WillNotBeMet, "positive reception conceded",
            RoundKind.Outcome);
        yield return Case("Koronakausi on ohi, ja kursseilla oli kevään aikana 620 osallistujaa tavoitteen 1 200 sijaan.", ForecastStatus.AtRisk, "the pandemic's season is over");
        yield return Case("Uimakausi on ohi, mutta talviuinnin kävijöitä oli 410 tavoitteen 500 sijaan, ja talvikausi jatkuu.", ForecastStatus.AtRisk, "another season goes on");
        yield return Case("Kevätkausi on ohi, ja kursseilla oli 620 osallistujaa 1 200:n vuositavoitteesta.", ForecastStatus.AtRisk, "a year's target");
        yield return Case("Myös vuoden 2060 talousarviota uhkaa alijäämä, sillä vuoden 2059 tulos oli 1,2 miljoonaa euroa alijäämäinen.", ForecastStatus.WillNotBeMet,
            "a threat beside a deficit that happened", RoundKind.Outcome, 2059);
        yield return Case("Pandemian uhkaa kuvaa hyvin 1,2 miljoonan euron alijäämä.", ForecastStatus.WillNotBeMet, "the noun", RoundKind.Outcome);
        yield return Case("Jumissa ollut kaavoitus eteni kesällä, ja rakentaminen alkaa suunnitellusti.", ForecastStatus.OnTrack, "what was stuck");
        yield return Case("Uimahallin veden lämpötila oli keväällä liian matala, mutta vika korjattiin ja kävijätavoite saavutettiin.", ForecastStatus.Achieved,
            "too low, then fixed and met", RoundKind.Outcome);
        yield return Case("Nämnden tar i september ställning till om biblioteksbygget fortsätter.", ForecastStatus.AtRisk, "a pending decision on the project");
        yield return Case("Målet om ett nytt bibliotek blir verklighet först när finansieringen är klar.", ForecastStatus.AtRisk, "only when");
        yield return Case("Opasteet on asennettu kolmeen kohteeseen kuudesta, ja loput kolme asennetaan vuonna 2060.", ForecastStatus.AtRisk, "the rest next year",
            year: 2059);
        yield return Case("Opasteet on asennettu kolmeen kohteeseen kuudesta, eikä loppuja asenneta tänä vuonna.", ForecastStatus.AtRisk, "the rest not this year");
        yield return Case("Harrastustakuun 5 uuden kerhon tavoitteesta on toteutunut 3.", ForecastStatus.AtRisk, "three of a target of five, so far");
        yield return Case("Toimialan 3 000 nuoren tavoitteesta on tavoitettu 2 480.", ForecastStatus.WillNotBeMet, "short of a target in thousands", RoundKind.Outcome);
        yield return Case("Toimialan 3 000 nuoren tavoitteesta on tavoitettu 3 100.", ForecastStatus.Achieved, "past it", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
