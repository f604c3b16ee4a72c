using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp.Pages;

/// <summary>"Informações da venda": the unit price of each line, required before the sale can be sent.</summary>
public sealed class VendaInformacoesModel(SalesBook book) : PageModel
{
    [BindProperty]
    public string Numero { get; set; } = string.Empty;

    [BindProperty]
    public Dictionary<int, decimal> Precos { get; set; } = [];

    public PartnerSale? Sale { get; private set; }

    public void OnGet(string numero) => Sale = book.Find(numero);

    public IActionResult OnPost()
    {
        Sale = book.Find(Numero);
        if (Sale is null)
        {
            return NotFound();
        }

        if (Precos.Count != Sale.Lines.Count || Precos.Values.Any(price => price <= 0))
        {
            TempData["Error"] = "Preencha o preço unitário de todos os produtos, maior que zero.";
            return Redirect($"/vendas/informacoes?numero={Uri.EscapeDataString(Numero)}");
        }

        book.SetPrices(Numero, Precos);
        TempData["Notice"] = $"Preços da venda {Numero} salvos: selecione-a e envie ao TOTVS.";
        return RedirectToPage("/Vendas");
    }
}
