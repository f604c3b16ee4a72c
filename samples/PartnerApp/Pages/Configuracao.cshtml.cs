using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp.Pages;

/// <summary>
/// The TOTVS URL, user and password (kept protected), and the company's CNPJ in TOTVS, which must be the application's.
/// "Testar conexão" says whether the URL or the password is wrong.
/// </summary>
public sealed class ConfiguracaoModel(SettingsStore settings, TotvsConnection connection, PartnerCompany company) : PageModel
{
    [BindProperty]
    public string? BaseAddress { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? TotvsCompanyCnpj { get; set; }

    public bool HasPassword { get; private set; }

    public string CompanyCnpj => company.Cnpj;

    public string? Blocked { get; private set; }

    public (bool Ok, string Message)? TestResult { get; private set; }

    public void OnGet()
    {
        var saved = settings.Current;
        BaseAddress = saved?.BaseAddress.ToString() ?? company.SuggestedAddress?.ToString();
        Username = saved?.Username ?? (company.SuggestedAddress is null ? null : Testing.FakeDatasulServer.DefaultUsername);
        TotvsCompanyCnpj = saved?.TotvsCompanyCnpj;
        HasPassword = saved is not null;
        Blocked = saved is null ? null : connection.CompanyMismatch(saved.TotvsCompanyCnpj);
    }

    public async Task<IActionResult> OnPostTestarAsync(CancellationToken cancellationToken)
    {
        if (Validate() is { } address && PasswordToUse() is { } password)
        {
            TestResult = await TotvsConnection.TestAsync(address, Username!, password, cancellationToken);
        }

        HasPassword = settings.Current is not null;
        return Page();
    }

    public IActionResult OnPostSalvar()
    {
        if (Validate() is not { } address || PasswordToUse() is not { } password)
        {
            HasPassword = settings.Current is not null;
            return Page();
        }

        if (connection.CompanyMismatch(TotvsCompanyCnpj!) is { } mismatch)
        {
            Blocked = mismatch;
            HasPassword = settings.Current is not null;
            return Page();
        }

        settings.Save(address, Username!.Trim(), password, TotvsCompanyCnpj!.Trim());
        TempData["Notice"] = "Configuração salva.";
        return RedirectToPage();
    }

    private Uri? Validate()
    {
        if (!Uri.TryCreate(BaseAddress?.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            TestResult = (false, "A URL do TOTVS é inválida: use um endereço http:// ou https://.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(Username))
        {
            TestResult = (false, "Informe o usuário de integração.");
            return null;
        }

        return address;
    }

    /// <summary>The password typed, or the one saved when the field is left empty.</summary>
    private string? PasswordToUse()
    {
        if (!string.IsNullOrEmpty(Password))
        {
            return Password;
        }

        if (settings.Current is { } saved)
        {
            return settings.PasswordOf(saved);
        }

        TestResult = (false, "Informe a senha.");
        return null;
    }
}
