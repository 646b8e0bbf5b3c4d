using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The review of round 61's rules: neighbours the first versions read worse than the rules before them, each now held. A
/// condition in the past ("oli kiinni") is answered by the verdict after it; "probably" belongs to the budget only in its own
/// clause and not in the past; a struggle to keep the budget is read only as an infinitive, not after "trots" or a contrast;
/// "sedan 2059 då" spans this year; a present with a year is next year's only after a delay when the report's year is
/// unknown; a rate staying under a floor is no ceiling kept; a count below the schedule is behind; last year's success is no
/// part of this year's mix.
/// </summary>
public class ReviewOfRoundSixtyOneTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Tavoitteen saavuttaminen oli kiinni joulukuun tapahtumista, ja tavoite saavutettiin.", ForecastStatus.Achieved, "a condition the year answered", RoundKind.Outcome, 2061);
        yield return Case("Tulot ylittävät talousarvion selvästi, mikä johtuu todennäköisesti vilkkaasta kesästä.", ForecastStatus.OnTrack, "probably, in a clause giving the cause", RoundKind.Forecast, 2061);
        yield return Case("Verotulot ylittivät budjetin, todennäköisesti suhdanteen vuoksi.", ForecastStatus.Achieved, "probably, of the cause, at year end", RoundKind.Outcome, 2061);
        yield return Case("Trots problem med leveranserna höll nämnden sin budget.", ForecastStatus.Achieved, "a budget kept despite problems", RoundKind.Outcome, 2061);
        yield return Case("Nämnden hade tidigare år problem att hålla budgeten, men i år hölls budgeten.", ForecastStatus.Achieved, "problems in earlier years, kept this year", RoundKind.Outcome, 2061);
        yield return Case("Sedan 2059 då projektet startade har målet uppnåtts varje år.", ForecastStatus.Achieved, "since a year, every year including this", RoundKind.Outcome, 2061);
        yield return Case("Bokslutet visar att målet nås 2061.", ForecastStatus.Achieved, "the present with a year, no delay, year unknown", RoundKind.Outcome);
        yield return Case("Täyttöaste pysyi alle tavoitteeksi asetetun 70 prosentin rajan.", ForecastStatus.WillNotBeMet, "a rate under its floor is no ceiling kept", RoundKind.Outcome, 2061);
        yield return Case("Ohjelmasta on toteutettu 9 toimenpidettä 30:stä, mikä on alle aikataulun mukaisen määrän.", ForecastStatus.AtRisk, "below the schedule", RoundKind.Outcome, 2061);
        yield return Case("Kävijätavoite ylittyi viime vuonna, mutta tänä vuonna täyttöaste oli 64 prosenttia tavoitteen ollessa 70.", ForecastStatus.WillNotBeMet, "last year's success is no part of this year's", RoundKind.Outcome, 2061);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
