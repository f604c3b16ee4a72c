using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp.Pages;

/// <summary>
/// The product map (the SDK's <see cref="ProductMap"/>, in SQLite): each TOTVS item to the partner's product type and
/// packaging, saved only when TOTVS's item register has the item.
/// </summary>
public sealed class ProdutosModel(PartnerSync sync, ProductMap map, PartnerLedgers ledgers, TotvsConnection connection) : PageModel
{
    [BindProperty]
    public string? ItemCode { get; set; }

    [BindProperty]
    public string ProductType { get; set; } = string.Empty;

    [BindProperty]
    public string Packaging { get; set; } = string.Empty;

    public IReadOnlyList<ProductMapping> Mappings { get; private set; } = [];

    public IReadOnlyList<string> Unmapped { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await sync.MapProductAsync(ItemCode?.Trim() ?? string.Empty, ProductType, Packaging, cancellationToken) is { } refused)
            {
                TempData["Error"] = refused;
                return RedirectToPage(new { ItemCode });
            }
        }
        catch (TotvsException failed)
        {
            TempData["Error"] = $"O TOTVS não validou o mapeamento: {Words.Of(failed)} Tente de novo.";
            return RedirectToPage(new { ItemCode });
        }

        TempData["Notice"] = $"Produto {ItemCode} mapeado e validado no TOTVS.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ItemCode ??= Request.Query["ItemCode"];
        Mappings = await map.ListAsync(cancellationToken);
        var mapped = Mappings.Select(m => m.ItemCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var problem in await ledgers.Purchases.ListAsync(DocumentSyncState.Problem, cancellationToken: cancellationToken))
            {
                var order = await connection.Client().PurchaseOrders.GetAsync(long.Parse(problem.DocumentKey, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                unmapped.UnionWith((order.Lines ?? []).Select(l => l.ItemCode!).Where(code => !mapped.Contains(code)));
            }
        }
        catch (TotvsException failed)
        {
            TempData["Error"] = $"O TOTVS não respondeu: {Words.Of(failed)}";
        }

        Unmapped = [.. unmapped];
    }
}
