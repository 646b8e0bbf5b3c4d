using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Negation: a verb of its own in Finnish, hidden in abessive and "epäonnistui"; and negations that are not a miss.</summary>
public class NegationTests
{
    private static IEnumerable<TestCaseData> Misses()
    {
        yield return new ClassifierCase("Museot olivat kiinni. Tavoitteet eivät toteudu tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Tavoitteet eivät toteudu tänä vuonna.").For("The Finnish plural negation 'eivät toteudu' is will not be met");
        yield return new ClassifierCase("Hanketta ei saada valmiiksi, eikä tavoitetta saavuteta.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Hanketta ei saada valmiiksi, eikä tavoitetta saavuteta.").For("The Finnish 'eikä tavoitetta saavuteta' negates the verb after it");
        yield return new ClassifierCase("Kävijätavoitetta ei tulla vuoden aikana saavuttamaan.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Kävijätavoitetta ei tulla vuoden aikana saavuttamaan.").For("A Finnish negation scopes over the auxiliary to 'saavuttamaan'");
        yield return new ClassifierCase("Tapahtumat siirtyivät verkkoon. Tavoite jäi saavuttamatta.", ForecastStatus.WillNotBeMet, "verdict.unrealised",
            "Tavoite jäi saavuttamatta.").For("The Finnish abessive 'jäi saavuttamatta' is a miss without 'ei'");
        yield return new ClassifierCase("Tavoite jäänee toteutumatta.", ForecastStatus.WillNotBeMet, "verdict.unrealised",
            "Tavoite jäänee toteutumatta.").For("The Finnish potential 'jäänee toteutumatta' is a forecast miss");
        yield return new ClassifierCase("Kaupunkiseikkailun tavoite epäonnistui.", ForecastStatus.WillNotBeMet, "verdict.failed",
            "Kaupunkiseikkailun tavoite epäonnistui.").For("The Finnish 'epäonnistui' about the goal is a miss");
        yield return new ClassifierCase("Målet nåddes inte.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Målet nåddes inte.").For("The Swedish negation after the verb 'nåddes inte' is a miss");
        yield return new ClassifierCase("Målet kommer inte att uppfyllas eftersom evenemanget ställdes in.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Målet kommer inte att uppfyllas eftersom evenemanget ställdes in.").For("The Swedish 'kommer inte att uppfyllas' is a miss");
        yield return new ClassifierCase("The target will not be reached this year.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "The target will not be reached this year.").For("The English 'will not be reached' is a miss");
    }

    private static IEnumerable<TestCaseData> NotMisses()
    {
        yield return new ClassifierCase("Tavoitteen toteutumista ei voitu todentaa.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Tavoitteen toteutumista ei voitu todentaa.").For("The Finnish 'ei voitu todentaa' about fulfilment is not assessed");
        yield return new ClassifierCase("Mittaus alkaa elokuussa. Tavoitteen toteutumista ei pystytä arvioimaan ennen syksyä.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Tavoitteen toteutumista ei pystytä arvioimaan ennen syksyä.").For("The Finnish 'ei pystytä arvioimaan' about fulfilment is not assessed");
        yield return new ClassifierCase("Måluppfyllelsen kan inte bedömas ännu.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Måluppfyllelsen kan inte bedömas ännu.").For("The Swedish 'kan inte bedömas' is not assessed");
        yield return new ClassifierCase("Fulfilment of the goal cannot be assessed yet.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Fulfilment of the goal cannot be assessed yet.").For("The English 'cannot be assessed' is not assessed");
        yield return new ClassifierCase("Ryhmät kokoontuvat etänä. Pandemian vaikutuksia ei voida vielä arvioida.", ForecastStatus.AtRisk, "risk.unassessable",
            "Pandemian vaikutuksia ei voida vielä arvioida.").For("Effects that cannot be assessed are a risk, not a missing assessment");
        yield return new ClassifierCase("The effects of the pandemic cannot be assessed yet.", ForecastStatus.AtRisk, "risk.unassessable",
            "The effects of the pandemic cannot be assessed yet.").For("English effects that cannot be assessed are a risk");
        yield return new ClassifierCase("Tavoite ei toteudu ilman lisärahoitusta.", ForecastStatus.AtRisk, "verdict.conditional",
            "Tavoite ei toteudu ilman lisärahoitusta.").For("The Finnish 'ei toteudu ilman lisärahoitusta' is a conditional risk");
        yield return new ClassifierCase("Målet uppnås inte utan extra finansiering.", ForecastStatus.AtRisk, "verdict.conditional",
            "Målet uppnås inte utan extra finansiering.").For("The Swedish 'uppnås inte utan' is a conditional risk");
        yield return new ClassifierCase("The goal will not be met without additional funding.", ForecastStatus.AtRisk, "verdict.conditional",
            "The goal will not be met without additional funding.").For("The English 'not be met without' is a conditional risk");
        yield return new ClassifierCase("Målet riskerar att inte uppnås.", ForecastStatus.AtRisk, "verdict.risk",
            "Målet riskerar att inte uppnås.").For("The Swedish 'riskerar att inte uppnås' is at risk, not a miss");
        yield return new ClassifierCase("The target risks not being met.", ForecastStatus.AtRisk, "verdict.risk",
            "The target risks not being met.").For("The English 'risks not being met' is at risk, not a miss");
        yield return new ClassifierCase("Tavoite saattaa jäädä saavuttamatta.", ForecastStatus.AtRisk, "verdict.risk",
            "Tavoite saattaa jäädä saavuttamatta.").For("The Finnish 'saattaa jäädä saavuttamatta' is at risk, not a miss");
        yield return new ClassifierCase("Tavoite ei ole vielä toteutunut.", ForecastStatus.AtRisk, "verdict.not_yet",
            "Tavoite ei ole vielä toteutunut.").For("The Finnish 'ei ole vielä toteutunut' is not yet, not a miss");
    }

    private static IEnumerable<TestCaseData> DoubleNegations()
    {
        yield return new ClassifierCase("Kesä oli vilkas. Mikään ei viittaa siihen, että tavoite jäisi saavuttamatta.", ForecastStatus.OnTrack, "verdict.double_negation",
            "Mikään ei viittaa siihen, että tavoite jäisi saavuttamatta.").For("The Finnish 'mikään ei viittaa siihen, että ... jäisi saavuttamatta' is on track");
        yield return new ClassifierCase("Inget tyder på att målet inte skulle nås.", ForecastStatus.OnTrack, "verdict.double_negation",
            "Inget tyder på att målet inte skulle nås.").For("The Swedish 'inget tyder på att målet inte skulle nås' is on track");
        yield return new ClassifierCase("Nothing suggests that the goal will not be met.", ForecastStatus.OnTrack, "verdict.double_negation",
            "Nothing suggests that the goal will not be met.").For("The English 'nothing suggests that the goal will not be met' is on track");
        yield return new ClassifierCase("Tavoite ei jää toteutumatta.", ForecastStatus.OnTrack, "verdict.double_negation",
            "Tavoite ei jää toteutumatta.").For("The Finnish 'ei jää toteutumatta' is on track");
    }

    [TestCaseSource(nameof(Misses))]
    public void Miss(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(NotMisses))]
    public void Negation_that_is_not_a_miss(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(DoubleNegations))]
    public void Double_negation(ClassifierCase c) => c.Check();
}
