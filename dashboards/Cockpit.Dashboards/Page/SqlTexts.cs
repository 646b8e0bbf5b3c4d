using Cockpit.Dashboards.Dashboards;

namespace Cockpit.Dashboards.Page;

/// <summary>The SQL workbench's words, in Finnish, Swedish and English; the script reads the ones it needs from data attributes.</summary>
internal static class SqlTexts
{
    public static readonly LocalText Title = new("SQL-työpöytä", "SQL-arbetsbänk", "SQL workbench");
    public static readonly LocalText Nav = new("SQL", "SQL", "SQL");
    public static readonly LocalText Views = new("Näkymät", "Vyer", "Views");
    public static readonly LocalText ViewsHint = new("Napsauta nimeä lisätäksesi sen kyselyyn.", "Klicka på ett namn för att infoga det i frågan.", "Click a name to insert it into the statement.");
    public static readonly LocalText Statement = new("Kysely", "Fråga", "Statement");
    public static readonly LocalText Parameters = new("Parametrit", "Parametrar", "Parameters");
    public static readonly LocalText Run = new("Suorita", "Kör", "Run");
    public static readonly LocalText RunKey = new("Ctrl+Enter suorittaa", "Ctrl+Enter kör", "Ctrl+Enter runs");
    public static readonly LocalText Download = new("Lataa", "Ladda ner", "Download");
    public static readonly LocalText SaveAs = new("Tallenna nimellä", "Spara som", "Save as");
    public static readonly LocalText Save = new("Tallenna", "Spara", "Save");
    public static readonly LocalText Result = new("Tulos", "Resultat", "Result");
    public static readonly LocalText Rows = new("riviä", "rader", "rows");
    public static readonly LocalText Truncated = new("katkaistu rivikattoon", "avkortat vid radtaket", "truncated at the row cap");
    public static readonly LocalText Milliseconds = new("ms", "ms", "ms");
    public static readonly LocalText Line = new("rivi", "rad", "line");
    public static readonly LocalText Column = new("sarake", "kolumn", "column");
    public static readonly LocalText History = new("Oma historia", "Min historik", "My history");
    public static readonly LocalText NoHistory = new("Et ole vielä suorittanut kyselyjä.", "Du har inte kört några frågor ännu.", "You have not run any statements yet.");
    public static readonly LocalText Again = new("Avaa", "Öppna", "Open");
    public static readonly LocalText Saved = new("Tallennetut kyselyt", "Sparade frågor", "Saved queries");
    public static readonly LocalText NoSaved = new("Ei tallennettuja kyselyjä.", "Inga sparade frågor.", "No saved queries.");
    public static readonly LocalText SavedBy = new("tallentaja", "sparad av", "saved by");
    public static readonly LocalText Opened = new("Avattu tallennettu kysely", "Öppnad sparad fråga", "Opened the saved query");
    public static readonly LocalText Link = new("Linkki", "Länk", "Link");
    public static readonly LocalText Unknown = new("Tallennettua kyselyä ei löydy.", "Den sparade frågan finns inte.", "No such saved query.");
    public static readonly LocalText Export = new("Koko aineisto omiin työkaluihin:", "Hela datamängden för egna verktyg:", "All the data for your own tools:");
}
