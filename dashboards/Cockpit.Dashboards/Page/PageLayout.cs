using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cockpit.Dashboards.Dashboards;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// The frame of every page: the document head with the stylesheet (no inline style or script, for the
/// Content-Security-Policy), and the bar with the pages the person may use, who they are and sign-out.
/// </summary>
public sealed record PageLayout(string Lang, Person? Person, string FormToken, bool SignInAvailable)
{
    /// <summary>The pages in the bar: path, name, and the role that may open it (null: anyone who may view).</summary>
    public static readonly IReadOnlyList<(string Path, LocalText Name, string? Role)> Pages =
    [
        ("/", PageTexts.Cockpit, null),
        ("/upload", ControllerTexts.Upload, Auth.Roles.Controller),
        ("/uploads", ControllerTexts.Uploads, Auth.Roles.Controller),
        ("/review", ControllerTexts.Review, Auth.Roles.Controller),
        ("/sql", SqlTexts.Nav, Auth.Roles.Analyst),
    ];

    /// <param name="scripts">paths of scripts under wwwroot (<c>/assets/x.js</c>): enhancements, never needed to use the page</param>
    /// <param name="styles">paths of a page's own stylesheets under wwwroot (<c>/assets/x.css</c>), after the common one</param>
    public string Render(string title, string content, string current, IReadOnlyList<string>? scripts = null, IReadOnlyList<string>? styles = null)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{Lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{PageStyle.Href}">
            {string.Concat((styles ?? []).Select(s => $"<link rel=\"stylesheet\" href=\"{Encode(s)}\">\n"))}{string.Concat((scripts ?? []).Select(s => $"<script src=\"{Encode(s)}\" defer></script>\n"))}</head>
            <body>
            <div class="bar"><nav aria-label="{Encode(PageTexts.Pages.In(Lang))}">
            """);
        foreach (var (path, name, role) in Pages.Where(p => p.Role is null || Person?.Is(p.Role) == true))
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"{path}?lang={Lang}\"{(path == current ? " aria-current=\"page\"" : "")}>{Encode(name.In(Lang))}</a>");
        html.Append("</nav>\n");
        Who(html);
        html.Append("</div>\n").Append(content).Append("</body>\n</html>\n");
        return html.ToString();
    }

    private void Who(StringBuilder html)
    {
        if (Person is null)
        {
            if (SignInAvailable) html.Append(CultureInfo.InvariantCulture, $"<a class=\"signin\" href=\"/signin\">{Encode(PageTexts.SignIn.In(Lang))}</a>\n");
            return;
        }
        var roles = string.Join(", ", Person.Roles.Select(r => PageTexts.Role(r).In(Lang)));
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"who\"><span class=\"name\">{Encode(Person.Name)}</span> <span class=\"role\">({Encode(roles)})</span></span>\n");
        if (Person.SignedIn)
            html.Append(CultureInfo.InvariantCulture, $"""
                <form method="post" action="/signout" class="signout"><input type="hidden" name="{Web.FormPosts.TokenField}" value="{Encode(FormToken)}"><button type="submit">{Encode(PageTexts.SignOut.In(Lang))}</button></form>

                """);
    }

    // Letters such as ä stay letters (the page is UTF-8); markup characters are escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Html.Encode(text);
}
