using Cockpit.Dashboards.Dashboards;

namespace Cockpit.Dashboards.Page;

/// <summary>The page's own words, in Finnish, Swedish and English.</summary>
internal static class PageTexts
{
    public static readonly LocalText Round = new("Kierros", "Omgång", "Round");
    public static readonly LocalText Theme = new("Teema", "Tema", "Theme");
    public static readonly LocalText AllThemes = new("Kaikki teemat", "Alla teman", "All themes");
    public static readonly LocalText Show = new("Näytä", "Visa", "Show");
    public static readonly LocalText SincePrevious = new("edellisestä kierroksesta", "sedan föregående omgång", "since the previous round");
    public static readonly LocalText NoPrevious = new("ei edellistä kierrosta", "ingen föregående omgång", "no previous round");
    public static readonly LocalText Goal = new("Tavoite", "Mål", "Goal");
    public static readonly LocalText Metric = new("Mittari", "Mätare", "Metric");
    public static readonly LocalText Status = new("Tila", "Status", "Status");
    public static readonly LocalText Evidence = new("Perustelu", "Motivering", "Evidence");
    public static readonly LocalText ForecastText = new("Ennusteteksti", "Prognostext", "Forecast text");
    public static readonly LocalText SetByHand = new("tila asetettu käsin", "status satt för hand", "status set by hand");
    public static readonly LocalText Empty = new("Ei ennustetta tällä kierroksella.", "Ingen prognos denna omgång.", "No forecast this round.");
    public static readonly LocalText NoData = new("Tietokannassa ei ole vielä ennusteita.", "Databasen har ännu inga prognoser.", "The database has no forecasts yet.");
    public static readonly LocalText DataFor = new("Tiedot", "Data", "Data");
    public static readonly LocalText AllStatuses = new("Kaikki tilat", "Alla statusar", "All statuses");
    public static readonly LocalText TrendMetric = new("Kehityskuvan mittari", "Mätare i trenddiagrammet", "Metric in the trend chart");
    public static readonly LocalText MostReported = new("Eniten raportoitu", "Mest rapporterad", "Most reported");
    public static readonly LocalText Metrics = new("mittaria", "mätare", "metrics");
    public static readonly LocalText SortByStatus = new("Järjestä tilan mukaan", "Sortera efter status", "Sort by status");
    public static readonly LocalText SortByGoal = new("Järjestä tavoitteittain", "Sortera efter mål", "Sort by goal");
    public static readonly LocalText SetBy = new("Tilan asetti käsin", "Status satt för hand av", "Status set by hand by");
    public static readonly LocalText DerivedWouldBe = new("Tekstistä johdettu tila", "Status härledd ur texten", "Status derived from the text");
    public static readonly LocalText Rounds = new("Kierrokset", "Omgångar", "Rounds");
    public static readonly LocalText ActualAgainstTarget = new("Toteuma ja tavoite kuukausittain", "Utfall och mål per månad", "Actual against target by month");
    public static readonly LocalText ConfirmedBy = new("Tilan vahvisti {0} {1}", "Statusen bekräftades av {0} {1}", "Status confirmed by {0} on {1}");
    public static readonly LocalText NotConfirmed = new("Kukaan ei ole vielä vahvistanut tätä tilaa.", "Ingen har ännu bekräftat denna status.", "Nobody has confirmed this status yet.");
    public static readonly LocalText ItsStory = new("sen mittarin sivu", "dess mätarsida", "its metric page");
    public static readonly LocalText LastYear = new("viime vuonna", "i fjol", "last year");
    public static readonly LocalText YearBefore = new("Vuotta aiemmin", "Ett år tidigare", "A year earlier");
    public static readonly LocalText OtherMetrics = new("Tavoitteen muut mittarit", "Målets andra mätare", "The goal's other metrics");
    public static readonly LocalText NoSuchMetric = new("Mittaria ei löydy.", "Mätaren finns inte.", "No such metric.");
    public static readonly LocalText Cockpit = new("Kojelauta", "Instrumentpanel", "Cockpit");
    public static readonly LocalText Pages = new("Sivut", "Sidor", "Pages");
    public static readonly LocalText SignIn = new("Kirjaudu sisään", "Logga in", "Sign in");
    public static readonly LocalText SignOut = new("Kirjaudu ulos", "Logga ut", "Sign out");
    public static readonly LocalText SignedOut = new("Olet kirjautunut ulos.", "Du har loggat ut.", "You have signed out.");
    public static readonly LocalText SignOutQuestion = new("Kirjaudutaanko ulos kojelaudalta?", "Logga ut från instrumentpanelen?", "Sign out of the cockpit?");
    public static readonly LocalText SignInAgain = new("Kirjaudu uudelleen", "Logga in igen", "Sign in again");

    public static LocalText Role(string role) => role switch
    {
        Auth.Roles.Viewer => new("katselija", "läsare", "viewer"),
        Auth.Roles.Controller => new("controller", "controller", "controller"),
        Auth.Roles.Analyst => new("analyytikko", "analytiker", "analyst"),
        Auth.Roles.Admin => new("ylläpitäjä", "administratör", "administrator"),
        _ => new(role),
    };

    public static readonly LocalText Skip = new("Siirry taulukkoon", "Hoppa till tabellen", "Skip to the table");
}
