using Microsoft.AspNetCore.Http.HttpResults;

namespace Cockpit.Dashboards.Web;

/// <summary>Every error answer is ProblemDetails with a stable <c>type</c>, so clients can tell cases apart.</summary>
public static class Problems
{
    public const string BadFilter = "/problems/bad-filter";
    public const string BadFormat = "/problems/bad-format";
    public const string BadSize = "/problems/bad-size";
    public const string UnknownChart = "/problems/unknown-chart";
    public const string UnknownTile = "/problems/unknown-tile";
    public const string UnknownMetric = "/problems/unknown-metric";
    public const string BadOverride = "/problems/bad-override";
    public const string BadUpload = "/problems/bad-upload";
    public const string BadFileName = "/problems/bad-file-name";
    public const string TooLarge = "/problems/too-large";
    public const string InvalidWorkbook = "/problems/invalid-workbook";
    public const string UnknownUpload = "/problems/unknown-upload";
    public const string NoData = "/problems/no-data";
    public const string Unavailable = "/problems/unavailable";
    public const string SqlRefused = "/problems/sql-refused";
    public const string SqlError = "/problems/sql-error";
    public const string SqlTimeout = "/problems/sql-timeout";
    public const string SqlTooLarge = "/problems/sql-too-large";
    public const string SqlBusy = "/problems/sql-busy";
    public const string SqlUnavailable = "/problems/sql-unavailable";
    public const string BadHost = "/problems/bad-host";
    public const string TooManyFailedKeys = "/problems/too-many-failed-keys";
    public const string Unauthorized = "/problems/unauthorized";
    public const string Forbidden = "/problems/forbidden";
    public const string SignInFailed = "/problems/sign-in-failed";
    public const string SignInNotConfigured = "/problems/sign-in-not-configured";
    public const string BadFormToken = "/problems/bad-form-token";
    public const string UnknownView = "/problems/unknown-view";
    public const string UnknownSavedQuery = "/problems/unknown-saved-query";
    public const string BadSavedQuery = "/problems/bad-saved-query";

    public static ProblemHttpResult Of(string type, string title, string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type);
}
