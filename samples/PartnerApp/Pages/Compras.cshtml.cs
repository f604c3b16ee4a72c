using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Totvs.Ecommerce.Sdk.PurchaseOrders;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp.Pages;

/// <summary>
/// "Histórico de compras": a period (De/Até) fetched from TOTVS in date windows, the purchases picked in a dialog and
/// imported once each; blue when synchronised, yellow with the problem in words and "Sincronizar novamente".
/// </summary>
public sealed class ComprasModel(PartnerSync sync, PartnerLedgers ledgers, TotvsConnection connection) : PageModel
{
    [BindProperty]
    public DateOnly De { get; set; } = new(2026, 11, 1);

    [BindProperty]
    public DateOnly Ate { get; set; } = new(2026, 11, 30);

    [BindProperty]
    public List<long> Selecionadas { get; set; } = [];

    [BindProperty]
    public long Numero { get; set; }

    public string? Blocked { get; private set; }

    public IReadOnlyList<(DateWindow Window, int Count)>? Windows { get; private set; }

    public IReadOnlyList<PurchaseOrder>? Found { get; private set; }

    public IReadOnlyList<DocumentSyncStatus> Imported { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostBuscarAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken))
        {
            try
            {
                (Found, Windows) = await sync.FetchPurchasesAsync(LocalDate.FromDateOnly(De), LocalDate.FromDateOnly(Ate), cancellationToken);
            }
            catch (ArgumentException invalid)
            {
                TempData["Error"] = invalid.Message;
            }
            catch (TotvsException failed)
            {
                TempData["Error"] = $"O TOTVS não respondeu à busca: {Words.Of(failed)} Nada foi importado; tente de novo.";
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportarAsync(CancellationToken cancellationToken)
    {
        if (Selecionadas.Count == 0)
        {
            TempData["Error"] = "Selecione ao menos uma compra.";
            return RedirectToPage();
        }

        var problems = 0;
        foreach (var number in Selecionadas)
        {
            problems += (await sync.ImportPurchaseAsync(number, cancellationToken)).State == DocumentSyncState.Synced ? 0 : 1;
        }

        TempData["Notice"] = problems == 0
            ? $"{Selecionadas.Count} compra(s) importada(s) e sincronizada(s)."
            : $"{Selecionadas.Count} compra(s) importada(s); {problems} com problema: veja abaixo o que corrigir.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSincronizarAsync(CancellationToken cancellationToken)
    {
        var status = await sync.RetryPurchaseAsync(Numero, cancellationToken);
        TempData[status.State == DocumentSyncState.Synced ? "Notice" : "Error"] = status.State == DocumentSyncState.Synced
            ? $"Compra {Numero} sincronizada."
            : $"Compra {Numero} ainda com problema: {StatusView.Problem(status)}";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Blocked = connection.Blocked();
        Imported = await ledgers.Purchases.ListAsync(cancellationToken: cancellationToken);
        return Blocked is null;
    }
}
