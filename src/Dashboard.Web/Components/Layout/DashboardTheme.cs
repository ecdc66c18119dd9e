using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>The dashboard's palette: sober colours that leave the map's symbols the loudest thing on screen.</summary>
internal static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            AppbarBackground = "#1f4e79",
            Background = "#f7f7f5",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4e0",
            AppbarBackground = "#1b2430",
        },
    };
}
