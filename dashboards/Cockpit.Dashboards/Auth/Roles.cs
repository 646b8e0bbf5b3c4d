namespace Cockpit.Dashboards.Auth;

/// <summary>Who may do what: leadership views, controllers upload and override, analysts query, admins do all.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Controller = "controller";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Viewer, Controller, Analyst, Admin };
}
