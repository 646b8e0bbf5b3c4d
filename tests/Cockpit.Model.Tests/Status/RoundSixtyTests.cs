using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 60's dangerous rows, read once it was measured: when it starts is open ("Aloitusajankohta on avoin"), a whole opened
/// by "av" and a smaller count after the verb ("Av de 14 åtgärderna … genomfördes 9"), and an outcome not as the goal set
/// beside a borrowing limit kept; then "vietiin loppuun", no replacement needed; "budjetoidussa", an
/// appropriation against its final outcome, obstacles removed, "överens om hur", and more bought than last year.
/// </summary>
public class RoundSixtyTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Urakkatarjouksista kaksi hylättiin, ja kustannusarvio on tarkistettavana. Aloitusajankohta on avoin.", ForecastStatus.AtRisk, "the start is open");
        yield return Case("Av de 14 åtgärderna i planen för idrott på svenska genomfördes 9.", ForecastStatus.AtRisk, "9 of 14", RoundKind.Outcome);
        yield return Case("Av nio servicelöften uppfylldes sju.", ForecastStatus.AtRisk, "seven of nine", RoundKind.Outcome);
        yield return Case("Av de 14 åtgärderna genomfördes alla 14.", ForecastStatus.Achieved, "all of them", RoundKind.Outcome);
        yield return Case("Toteutuminen ei ole tavoitteen mukainen.", ForecastStatus.WillNotBeMet, "the outcome not as the goal set", RoundKind.Outcome);
        yield return Case("Toteutuminen ei ole tavoitteen mukainen, mutta ei ylitä talousarviossa asetettua lainanottovaltuutta.", ForecastStatus.AtRisk,
            "not as the goal, within another limit", RoundKind.Outcome);
        yield return Case("Lautakunnan hyväksymistä 24 kehittämistoimenpiteestä 17 vietiin loppuun vuoden aikana.", ForecastStatus.AtRisk, "17 of 24 carried through",
            RoundKind.Outcome);
        yield return Case("Kaikki toimenpiteet vietiin loppuun.", ForecastStatus.Achieved, "all carried through", RoundKind.Outcome);
        yield return Case("Lattiapinnoitteet uusittiin kesätauon aikana, eikä ryhmille jouduttu etsimään korvaavia tiloja.", ForecastStatus.Achieved,
            "no replacement needed", RoundKind.Outcome);
        yield return Case("Henkilöstömenot näyttäisivät pysyvän budjetoidussa.", ForecastStatus.OnTrack, "within the budgeted");
        yield return Case("Määrärahavaraus kuntavaaleihin on ollut 6 090 euroa, lopullinen toteuma oli 11 723 euroa.", ForecastStatus.WillNotBeMet,
            "the final outcome over the appropriation");
        yield return Case("Vägen har varit krokig, men nu är alla hinder för skateparken undanröjda. I augusti påbörjas arbetet.", ForecastStatus.OnTrack,
            "the obstacles removed");
        yield return Case("Nu har våra politiker kommit överens om hur vår nya isstadion kan bli.", ForecastStatus.NotAssessed, "agreed on how, not if");
        yield return Case("Varkauden sairaalalta on ostettu palveluja 17,1 % viimevuotista enemmän.", ForecastStatus.AtRisk, "more bought than last year");
        yield return Case("Kirjastoon ostettiin 12 % viimevuotista enemmän aineistoa, ja lainaus kasvoi.", ForecastStatus.OnTrack, "more books bought serve the users");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
