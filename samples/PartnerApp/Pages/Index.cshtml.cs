using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp.Pages;

/// <summary>The start: the configuration until TOTVS is configured, the purchase history after.</summary>
public sealed class IndexModel(SettingsStore settings) : PageModel
{
    public IActionResult OnGet() => Redirect(settings.Current is null ? "/configuracao" : "/compras");
}
