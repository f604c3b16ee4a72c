using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp.Pages;

/// <summary>
/// "Histórico de vendas": the partner's sales, selected and sent to TOTVS once each as sales orders. A sale without a
/// unit price asks for it first; a sale TOTVS refuses turns yellow with Datasul's advice.
/// </summary>
public sealed class VendasModel(PartnerSync sync, SalesBook book, PartnerLedgers ledgers, TotvsConnection connection) : PageModel
{
    private Dictionary<string, DocumentSyncStatus> statuses = [];

    [BindProperty]
    public List<string> Selecionadas { get; set; } = [];

    public string? Blocked { get; private set; }

    public IReadOnlyList<PartnerSale> Sales { get; private set; } = [];

    public DocumentSyncStatus? StatusOf(string number) => statuses.GetValueOrDefault(number);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Blocked = connection.Blocked();
        Sales = book.All();
        statuses = (await ledgers.Sales.ListAsync(cancellationToken: cancellationToken)).ToDictionary(s => s.DocumentKey, StringComparer.Ordinal);
    }

    public async Task<IActionResult> OnPostEnviarAsync(CancellationToken cancellationToken)
    {
        if (connection.Blocked() is { } blocked)
        {
            TempData["Error"] = blocked;
            return RedirectToPage();
        }

        if (Selecionadas.Count == 0)
        {
            TempData["Error"] = "Selecione ao menos uma venda.";
            return RedirectToPage();
        }

        if (Selecionadas.Select(book.Find).FirstOrDefault(s => s is not null && s.Unpriced.Any()) is { } unpriced)
        {
            TempData["Error"] = $"A venda {unpriced.Number} não tem preço unitário em {string.Join(", ", unpriced.Unpriced.Select(l => l.ItemCode))}: informe-o antes de enviar.";
            return Redirect($"/vendas/informacoes?numero={Uri.EscapeDataString(unpriced.Number)}");
        }

        var failed = new List<string>();
        foreach (var number in Selecionadas)
        {
            var status = (await ledgers.Sales.FindAsync(number, cancellationToken))?.State == DocumentSyncState.Problem
                ? await sync.RetrySaleAsync(number, cancellationToken)
                : await sync.SendSaleAsync(number, cancellationToken);
            if (status.State != DocumentSyncState.Synced)
            {
                failed.Add(number);
            }
        }

        if (failed.Count == 0)
        {
            TempData["Notice"] = "Todos itens selecionados foram sincronizados";
            TempData["Notice2"] = "Dados enviados com sucesso";
        }
        else
        {
            TempData["Error"] = $"Venda(s) {string.Join(", ", failed)} não sincronizada(s): veja na lista o que corrigir e envie novamente.";
        }

        return RedirectToPage();
    }
}
