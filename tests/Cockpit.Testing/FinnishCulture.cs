using System.Globalization;

namespace Cockpit.Testing;

/// <summary>
/// Runs tests under Finnish culture (decimal comma, dd.MM.yyyy) so that any parsing or formatting that
/// forgets an explicit culture fails here rather than on a controller's laptop.
/// </summary>
public static class FinnishCulture
{
    public static void Apply()
    {
        var finnish = CultureInfo.GetCultureInfo("fi-FI");
        CultureInfo.DefaultThreadCurrentCulture = finnish;
        CultureInfo.DefaultThreadCurrentUICulture = finnish;
        CultureInfo.CurrentCulture = finnish;
        CultureInfo.CurrentUICulture = finnish;
    }
}
