using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>
/// The client built from the saved settings (rebuilt when they change), and the checks of the configuration screen:
/// can the address be reached, do the user and password open it, is the company the same in both systems.
/// </summary>
public sealed class TotvsConnection(SettingsStore settings, PartnerCompany company)
{
    private readonly Lock gate = new();
    private (PartnerSettings Settings, TotvsEcommerceClient Client)? current;

    /// <summary>Why the integration cannot run now (no configuration, or a company mismatch), or <see langword="null"/>.</summary>
    public string? Blocked()
    {
        if (settings.Current is not { } saved)
        {
            return "Configure o acesso ao TOTVS antes de sincronizar.";
        }

        return CompanyMismatch(saved.TotvsCompanyCnpj);
    }

    /// <summary>The message shown when the company's CNPJ differs between the application and TOTVS, both masked; or <see langword="null"/>.</summary>
    public string? CompanyMismatch(string totvsCnpj)
    {
        if (!Cnpj.TryParse(totvsCnpj, out var totvs))
        {
            return "O CNPJ da empresa no TOTVS é inválido: confira os dígitos.";
        }

        var here = Cnpj.Parse(company.Cnpj);
        return here.Equals(totvs)
            ? null
            : $"A integração está bloqueada: o CNPJ da empresa no Rastreador ({Mask(here)}) é diferente do CNPJ no TOTVS ({Mask(totvs)}). Corrija o cadastro para que sejam iguais.";
    }

    /// <summary>The client of the saved settings.</summary>
    public TotvsEcommerceClient Client()
    {
        var saved = settings.Current ?? throw new InvalidOperationException("Configure o acesso ao TOTVS antes de sincronizar.");
        lock (gate)
        {
            if (current is not { } built || built.Settings != saved)
            {
                current = (saved, Create(saved.BaseAddress, saved.Username, settings.PasswordOf(saved)));
            }

            return current.Value.Client;
        }
    }

    /// <summary>"Testar conexão": one read of the customer register with the given settings; the answer in words.</summary>
    public static async Task<(bool Ok, string Message)> TestAsync(Uri baseAddress, string username, string password, CancellationToken cancellationToken)
    {
        var client = Create(baseAddress, username, password);
        try
        {
            await client.Customers.ListAsync(new Customers.CustomerListOptions { PageSize = 1 }, cancellationToken);
            return (true, "Conexão com o TOTVS estabelecida.");
        }
        catch (TotvsAuthenticationException)
        {
            return (false, "Usuário ou senha inválidos: o TOTVS recusou o acesso. Confira o usuário e a senha de integração.");
        }
        catch (TotvsApiException ex) when (ex.StatusCode == 404)
        {
            return (false, $"A URL {baseAddress} responde, mas não é um Datasul com as APIs públicas: confira a URL.");
        }
        catch (Exception ex) when (ex is TotvsException or HttpRequestException or TaskCanceledException)
        {
            return (false, $"Não foi possível conectar à URL {baseAddress}: confira a URL e se o servidor está no ar.");
        }
    }

    private static TotvsEcommerceClient Create(Uri baseAddress, string username, string password) => new(new TotvsEcommerceOptions
    {
        BaseAddress = baseAddress,
        Authentication = new TotvsAuthenticationOptions { Username = username, Password = password },
        Resilience = new TotvsResilienceOptions { MaxRetryAttempts = 1, RetryDelay = TimeSpan.FromMilliseconds(200), AttemptTimeout = TimeSpan.FromSeconds(10) },
    });

    private static string Mask(Cnpj cnpj) => $"{cnpj.Value[..2]}.***.***/{cnpj.Value[8..12]}-**";
}
