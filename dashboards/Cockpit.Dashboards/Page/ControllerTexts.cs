using Cockpit.Dashboards.Dashboards;

namespace Cockpit.Dashboards.Page;

/// <summary>The controllers' pages' own words (upload, history, review), in Finnish, Swedish and English.</summary>
internal static class ControllerTexts
{
    public static readonly LocalText Upload = new("Lataa", "Ladda upp", "Upload");
    public static readonly LocalText Uploads = new("Lataukset", "Uppladdningar", "Uploads");
    public static readonly LocalText Review = new("Tarkistus", "Granskning", "Review");
    public static readonly LocalText UploadTitle = new("Lataa työkirja", "Ladda upp en arbetsbok", "Upload a workbook");
    public static readonly LocalText UploadIntro = new(
        "Ennusteraportti tai kuukausiraportti (.xlsx). Työkirja tarkistetaan ensin; mitään ei tallenneta ennen kuin vahvistat.",
        "Prognosrapport eller månadsrapport (.xlsx). Arbetsboken kontrolleras först; ingenting sparas innan du bekräftar.",
        "A forecast report or a monthly report (.xlsx). The workbook is checked first; nothing is stored until you confirm.");
    public static readonly LocalText File = new("Työkirja (.xlsx)", "Arbetsbok (.xlsx)", "Workbook (.xlsx)");
    public static readonly LocalText Drop = new("…tai pudota tiedosto tähän", "…eller släpp filen här", "…or drop the file here");
    public static readonly LocalText Check = new("Tarkista", "Kontrollera", "Check");
    public static readonly LocalText Template = new("Kuukausiraportin pohja", "Mall för månadsrapport", "Monthly report template");
    public static readonly LocalText Month = new("Kuukausi", "Månad", "Month");
    public static readonly LocalText Download = new("Lataa pohja", "Hämta mallen", "Download the template");
    public static readonly LocalText Refused = new("Työkirjassa on ongelmia ({0}); mitään ei ladattu.", "Arbetsboken har problem ({0}); ingenting laddades.", "The workbook has problems ({0}); nothing was loaded.");
    public static readonly LocalText Workbook = new("Työkirja", "Arbetsboken", "The workbook");
    public static readonly LocalText Sheet = new("Välilehti", "Blad", "Sheet");
    public static readonly LocalText Cell = new("Solu", "Cell", "Cell");
    public static readonly LocalText Excerpt = new("Ote välilehdeltä {0} solun {1} ympäriltä", "Utdrag ur bladet {0} kring cellen {1}", "Excerpt of sheet {0} around cell {1}");
    public static readonly LocalText TryAgain = new("Korjaa työkirja ja lataa se uudelleen", "Rätta arbetsboken och ladda upp den igen", "Correct the workbook and upload it again");
    public static readonly LocalText PreviewTitle = new("Tarkista muutokset ennen latausta", "Granska ändringarna innan du laddar", "Check what will change before loading");
    public static readonly LocalText NoChanges = new("Työkirja ei muuta yhtään voimassa olevaa tekstiä tai tilaa.", "Arbetsboken ändrar ingen gällande text eller status.", "The workbook changes no text or status in force.");
    public static readonly LocalText Changes = new("Muuttuvat ennusteet ({0})", "Prognoser som ändras ({0})", "Forecasts that change ({0})");
    public static readonly LocalText New = new("uusi", "ny", "new");
    public static readonly LocalText ReplacedRows = new("Korvattavat rivit", "Rader som ersätts", "Rows replaced");
    public static readonly LocalText ReplacedUpload = new("lataus {0}: {1} riviä", "uppladdning {0}: {1} rader", "upload {0}: {1} rows");
    public static readonly LocalText ReplacedMonth = new("lataus {0}, {1}: {2} riviä", "uppladdning {0}, {1}: {2} rader", "upload {0}, {1}: {2} rows");
    public static readonly LocalText EndingOverrides = new("Päättyvät käsin asetetut tilat", "Handsatta statusar som upphör", "Overrides that will end");
    public static readonly LocalText Months = new("Kuukaudet", "Månader", "Months");
    public static readonly LocalText Load = new("Lataa tämä työkirja", "Ladda denna arbetsbok", "Load this workbook");
    public static readonly LocalText Back = new("Takaisin: valitse toinen tiedosto", "Tillbaka: välj en annan fil", "Back: choose another file");
    public static readonly LocalText Gone = new(
        "Tarkistettua työkirjaa ei enää ole odottamassa (se vanheni tai ladattiin jo). Lataa tiedosto uudelleen.",
        "Den kontrollerade arbetsboken väntar inte längre (den gick ut eller har redan laddats). Ladda upp filen igen.",
        "The checked workbook is no longer waiting (it expired or was loaded already). Upload the file again.");
    public static readonly LocalText NoFile = new("Valitse ladattava työkirja.", "Välj en arbetsbok att ladda upp.", "Choose a workbook to upload.");
    public static readonly LocalText TooLarge = new("Tiedosto on liian suuri.", "Filen är för stor.", "The file is too large.");
    public static readonly LocalText Loaded = new("Työkirja ladattu", "Arbetsboken är laddad", "Workbook loaded");
    public static readonly LocalText ReviewRound = new("Tarkista kierroksen {0} tilat", "Granska statusarna för omgång {0}", "Review the statuses of round {0}");
    public static readonly LocalText History = new("Kaikki lataukset", "Alla uppladdningar", "All uploads");
    public static readonly LocalText Already = new("Sama tiedosto on jo ladattu", "Samma fil är redan laddad", "The same file is loaded already");

    public static readonly LocalText UploadsTitle = new("Lataushistoria", "Uppladdningshistorik", "Upload history");
    public static readonly LocalText When = new("Milloin", "När", "When");
    public static readonly LocalText Who = new("Kuka", "Vem", "Who");
    public static readonly LocalText FileName = new("Tiedosto", "Fil", "File");
    public static readonly LocalText Kind = new("Laji", "Typ", "Kind");
    public static readonly LocalText Outcome = new("Tulos", "Utfall", "Outcome");
    public static readonly LocalText Problems = new("Ongelmia", "Problem", "Problems");
    public static readonly LocalText Rows = new("Rivejä", "Rader", "Rows");
    public static readonly LocalText Detail = new("Mitä tapahtui", "Vad hände", "What happened");
    public static readonly LocalText InForce = new("Voimassa", "Gäller", "In force");
    public static readonly LocalText Original = new("Alkuperäinen", "Original", "Original");
    public static readonly LocalText RowsInForce = new("{0} / {1} riviä", "{0} / {1} rader", "{0} of {1} rows");
    public static readonly LocalText Superseded = new("korvattu", "ersatt", "replaced");
    public static readonly LocalText NoAttempts = new("Ei vielä latauksia.", "Inga uppladdningar ännu.", "No uploads yet.");

    public static readonly LocalText ReviewTitle = new("Tilojen tarkistus, kierros {0}", "Granskning av statusar, omgång {0}", "Status review, round {0}");
    public static readonly LocalText CheckFirst = new("Tarkista ensin ({0})", "Granska först ({0})", "Check these first ({0})");
    public static readonly LocalText TheRest = new("Muut ({0})", "Övriga ({0})", "The rest ({0})");
    public static readonly LocalText Agreement = new(
        "Tarkistettu {0}/{1} tilaa. Tekstistä päätelty tila oli oikein {2}/{0}, varmuudella vähintään {5} {3}/{4}.",
        "Granskat {0} av {1} statusar; den status som härletts ur texten var rätt i {2} av dem, och med säkerheten {5} eller mer i {3} av {4}.",
        "Reviewed {0} of {1} statuses; the status derived from the text was right in {2} of them, and with confidence {5} or more in {3} of {4}.");
    public static readonly LocalText NoneReviewed = new(
        "Kierroksen tiloja ei ole vielä tarkistettu: tarkistukset kertovat, kuinka usein tekstistä päätelty tila on oikein.",
        "Omgångens statusar är inte granskade ännu: granskningarna visar hur ofta den status som härletts ur texten är rätt.",
        "Nobody has reviewed this round's statuses yet: the reviews will show how often the status derived from the text is right.");
    public static readonly LocalText LowConfidence = new("epävarma päättely", "osäker slutsats", "low confidence");
    public static readonly LocalText RuleToCheck = new("sääntö {0}", "regel {0}", "rule {0}");
    public static readonly LocalText Resembles = new(
        "mikään sääntö ei tunnistanut tekstiä; sen sanat muistuttavat tekstejä, joiden tila on {0}",
        "ingen regel kände igen texten; orden liknar texter med status {0}",
        "no rule recognised the text; its words resemble texts whose status is {0}");
    public static readonly LocalText TextRevised = new("teksti muuttunut edellisestä latauksesta", "texten ändrad sedan förra uppladdningen", "text changed since the previous upload");
    public static readonly LocalText StatusChanged = new("tila muuttunut edellisestä kierroksesta ({0})", "status ändrad sedan föregående omgång ({0})", "status changed since the previous round ({0})");
    public static readonly LocalText Derived = new("Päätelty tila", "Härledd status", "Derived status");
    public static readonly LocalText Rule = new("sääntö", "regel", "rule");
    public static readonly LocalText Confidence = new("varmuus", "säkerhet", "confidence");
    public static readonly LocalText InForceStatus = new("Voimassa käsin asetettu tila", "Gällande handsatt status", "Status set by hand in force");
    public static readonly LocalText Confirmed = new("Vahvistettu", "Bekräftad", "Confirmed");
    public static readonly LocalText Unconfirmed = new("vahvistamatta", "obekräftad", "unconfirmed");
    public static readonly LocalText UnconfirmedCount = new("{0} vahvistamatta", "{0} obekräftade", "{0} unconfirmed");
    public static readonly LocalText Confirm = new("Vahvista tila", "Bekräfta status", "Confirm the status");
    public static readonly LocalText SetOther = new("Aseta toinen tila", "Sätt en annan status", "Set another status");
    public static readonly LocalText Reason = new("Perustelu", "Motivering", "Reason");
    public static readonly LocalText NoRound = new("Kierrosta ei ole tietokannassa.", "Omgången finns inte i databasen.", "The round is not in the database.");
    public static readonly LocalText ReasonNeeded = new("Anna perustelu uudelle tilalle.", "Ange en motivering för den nya statusen.", "Give a reason for the new status.");
    public static readonly LocalText NoForecast = new("Ei ennustetekstiä.", "Ingen prognostext.", "No forecast text.");
}
