using System.Text.RegularExpressions;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;

using Totvs.Ecommerce.Sdk.Time;

namespace Totvs.Ecommerce.Sdk.Preflight;

/// <summary>
/// Checks, before a store goes live, everything the APIs and the SDK's validators can: the connection and credentials,
/// the integration switch and the store; that the store publishes families, items, SKUs, prices and stock; that every
/// published item has a price and a balance and every reference item its references; that the integrator's trade
/// policies are linked to the store's price tables; that every record reads (GTINs, codes, measures); the clock and time
/// zone against the ERP's <c>lastUpdate</c> stamps; and the configuration and payment methods the integrator read from the
/// ERP. Each finding names the Datasul program that fixes it. Read-only: it never writes to the ERP.
/// </summary>
public sealed partial class GoLivePreflight
{
    private readonly TotvsEcommerceClient client;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the preflight.</summary>
    /// <param name="client">The client of the ERP to check.</param>
    /// <param name="timeProvider">The connector's clock; <see cref="TimeProvider.System"/> by default.</param>
    public GoLivePreflight(TotvsEcommerceClient client, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Only the dialect check: reads one record of each resource (read-only, one page each) and names every field that
    /// differs from what the client reads it by — unknown, missing, another JSON type, another name with the
    /// <see cref="TotvsEcommerceOptions.FieldNames"/> setting that maps it. What <see cref="RunAsync"/> reports as
    /// <c>dialect</c> findings, without reading the whole catalog; the tool's <c>totvs-fake-datasul dialect</c> runs it.
    /// </summary>
    /// <param name="storeCode">The store whose catalog resources are read.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>
    /// Every difference; a resource that could not be read is a finding that says why (never an empty answer); a resource
    /// with no record has nothing to compare.
    /// </returns>
    public Task<IReadOnlyList<PreflightFinding>> CheckDialectAsync(string storeCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeCode);
        return client.Transport is { } transport
            ? WireDialect.CheckAsync(transport, storeCode, cancellationToken)
            : Task.FromResult<IReadOnlyList<PreflightFinding>>([]); // a client made for mocking has no wire to compare
    }

    /// <summary>Runs every check.</summary>
    /// <param name="expectations">What the integrator knows of the store.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report: every finding with its fix, and what must be confirmed by hand.</returns>
    public async Task<PreflightReport> RunAsync(PreflightExpectations expectations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentException.ThrowIfNullOrWhiteSpace(expectations.StoreCode);
        var store = expectations.StoreCode;
        var findings = new List<PreflightFinding>();
        var published = new Dictionary<string, int>(StringComparer.Ordinal);
        CheckConfiguration(expectations, findings);
        var reminders = Reminders(expectations);

        PreflightCatalog catalog;
        try
        {
            catalog = await PreflightCatalog.ReadAsync(client, store, cancellationToken).ConfigureAwait(false);
        }
        catch (TotvsApiException ex)
        {
            findings.Insert(0, ConnectionFinding(ex, store));
            return new PreflightReport(store, findings, reminders, published);
        }

        published["families"] = catalog.Families.Count;
        published["items"] = catalog.Products.Count;
        published["skus"] = catalog.Skus.Count;
        published["prices"] = catalog.Prices.Count;
        published["balances"] = catalog.Balances.Count;
        CheckPublication(catalog, findings);
        CheckTradePolicies(expectations, catalog, findings);
        CheckClock(expectations, catalog, findings);
        if (client.Transport is { } transport)
        {
            findings.AddRange(await WireDialect.CheckAsync(transport, store, cancellationToken).ConfigureAwait(false));
        }

        return new PreflightReport(store, findings, reminders, published);
    }

    private static PreflightFinding ConnectionFinding(TotvsApiException ex, string store) => ex switch
    {
        TotvsAuthenticationException => new("connection", null,
            $"The ERP refused the credentials: {ex.Message} Check the user (Basic) or the OAuth2 client and secret.", null),
        TotvsAuthorizationException => new("connection", store,
            $"The credentials may not use store {store}: {ex.Message} Give the integration user access to the store.", "Central de Configurações E-commerce"),
        _ when ex.Code == TotvsErrorCodes.IntegrationDisabled => new("connection", null,
            "The e-commerce integration is off: turn on the E-commerce parameter (aba Integr II).", "CD0101"),
        _ when ex.Code == TotvsErrorCodes.StoreNotFound || ex.StatusCode == 404 => new("connection", store,
            $"Store {store} is not registered: {ex.Message} Register it.", "Central de Configurações E-commerce (PD0309 up to 12.1.2311)"),
        _ => new("connection", null, $"The ERP could not be read: {ex.Message}", null),
    };

    private static void CheckConfiguration(PreflightExpectations expectations, List<PreflightFinding> findings)
    {
        if (expectations.Configuration is { } configuration)
        {
            findings.AddRange(EcommerceConfigurationValidator.Validate(configuration).Select(p => p.Setting.Contains(".PaymentMethods[", StringComparison.Ordinal)
                ? new PreflightFinding("payment methods", p.Setting, p.Message, p.Program ?? ProgramIn(p.Message))
                : new PreflightFinding("configuration", p.Setting, p.Message, p.Program ?? ProgramIn(p.Message) ?? "Central de Configurações E-commerce")));
        }
    }

    private static void CheckPublication(PreflightCatalog catalog, List<PreflightFinding> findings)
    {
        findings.AddRange(catalog.Unreadable.Select(r => new PreflightFinding("records", r.Key, $"The SDK cannot read this record: {r}", "CD0903 (GTIN, measures)")));
        foreach (var (resource, count, program) in new[]
        {
            ("families", catalog.Families.Count, "PD0623 / Central de Configurações E-commerce (categorias)"),
            ("items", catalog.Products.Count, "PD0623 / Central de Configurações E-commerce (itens)"),
            ("prices", catalog.Prices.Count, "CD1508"),
            ("balances", catalog.Balances.Count, "PD0628 / Central de Configurações E-commerce (depósitos)"),
        })
        {
            if (count == 0)
            {
                findings.Add(new PreflightFinding("catalog", resource, $"The store publishes no {resource}.", program));
            }
        }

        var active = catalog.Products.Where(p => p.IsActive != false).ToList();
        var priced = catalog.Prices.Select(p => p.ItemCode.Value).ToHashSet(StringComparer.Ordinal);
        var stocked = catalog.Balances.Select(b => b.ItemCode.Value).ToHashSet(StringComparer.Ordinal);
        var referenced = catalog.Skus.Where(s => s.ReferenceCode is not null).Select(s => s.ItemCode.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var product in active)
        {
            var code = product.ItemCode.Value;
            if (catalog.Prices.Count > 0 && !priced.Contains(code))
            {
                findings.Add(new PreflightFinding("prices", code, $"Item {code} is published without a price in the store's price tables.", "CD1508"));
            }

            if (catalog.Balances.Count > 0 && !stocked.Contains(code))
            {
                findings.Add(new PreflightFinding("stock", code,
                    $"Item {code} has no balance in a deposit linked to the store: it would show as out of stock. Link the deposit that holds it.",
                    "PD0628 / Central de Configurações E-commerce (depósitos)"));
            }

            if (product.StockControl == StockControl.Reference && !referenced.Contains(code))
            {
                findings.Add(new PreflightFinding("references", code, $"Item {code} is controlled by reference but publishes no reference (57422).", "CD1506"));
            }
        }
    }

    private static void CheckTradePolicies(PreflightExpectations expectations, PreflightCatalog catalog, List<PreflightFinding> findings)
    {
        var linked = catalog.PriceTables.SelectMany(t => t.TradePolicies).ToHashSet(StringComparer.Ordinal);
        foreach (var policy in (expectations.Store?.TradePolicies ?? []).Where(p => !linked.Contains(p)))
        {
            findings.Add(new PreflightFinding("trade policies", policy,
                $"Trade policy '{policy}' is not linked to any price table of the store: its orders would be refused (TRADE_POLICY_NOT_LINKED). " +
                "Link it with the \"Políticas Comerciais\" button.", "CD1508"));
        }
    }

    private void CheckClock(PreflightExpectations expectations, PreflightCatalog catalog, List<PreflightFinding> findings)
    {
        var latest = catalog.LastUpdates().DefaultIfEmpty().Max();
        var now = timeProvider.GetCurrentInstant();
        if (latest - now > Duration.FromTimeSpan(expectations.MaxClockSkew))
        {
            findings.Add(new PreflightFinding("clock", null,
                $"The ERP stamps changes {(latest - now).TotalMinutes:0} minute(s) ahead of this machine's clock. Check TotvsEcommerceOptions.ServerTimeZone " +
                "(the SDK reads lastUpdate in the server's zone) and both clocks (NTP); otherwise incremental syncs ask for the wrong window.", null));
        }
    }

    private static IReadOnlyList<string> Reminders(PreflightExpectations expectations)
    {
        var configuration = expectations.Configuration;
        var store = expectations.Store;
        var reminders = new List<string>();
        if (configuration?.Release is null)
        {
            reminders.Add($"Release: confirm Datasul is 12.1.{EcommerceConfigurationValidator.MinimumReleaseNumber} or later (the public sales APIs need it), or set ErpConfiguration.Release.");
        }

        if (configuration?.IcmsIncludedInPrice is null)
        {
            reminders.Add("FT0301: confirm \"ICMS Incluso no Preço\" is marked (the published price includes ICMS), or set ErpConfiguration.IcmsIncludedInPrice.");
        }

        if (configuration?.FinalConsumerNaturezas is null)
        {
            reminders.Add("CD0606: confirm every natureza the store uses has \"Consumidor final\" marked (aba ICMS), or list them in ErpConfiguration.FinalConsumerNaturezas.");
        }

        var methods = store?.PaymentMethods;
        if (methods is null)
        {
            reminders.Add("Payment methods: list the store's methods (ErpConfiguration.Stores[].PaymentMethods) so that their settings are checked.");
        }
        else
        {
            if (configuration?.SpecialCollectionsModule is null && methods.Any(m => m.Type == PaymentMethodType.CreditCard))
            {
                reminders.Add("SCO: credit card methods need the Cobranças Especiais module implanted; confirm it, or set ErpConfiguration.SpecialCollectionsModule.");
            }

            if (configuration?.FiscalSeries is null && methods.Any(m => PaymentMethodRules.PolicyOf(m.Type).Receivable == ReceivableIntegration.SalesOrder))
            {
                reminders.Add("UTB113AA: confirm the séries fiscais of the boleto and transfer methods are registered, or list them in ErpConfiguration.FiscalSeries.");
            }

            foreach (var boleto in methods.Where(m => m.Type == PaymentMethodType.Boleto && (m.IssuingBank is null || m.PortadorBank is null || m.CarteiraBank is null)))
            {
                reminders.Add($"Boleto method {boleto.Code}: confirm its portador and carteira are of the bank that issues the platform's boletos, or set IssuingBank, PortadorBank and CarteiraBank.");
            }
        }

        if (configuration?.CarrierEcommerceIds is { Count: > 0 } carriers)
        {
            reminders.Add($"Carriers {string.Join(", ", carriers)}: confirm each has its \"ID E-commerce\" in CD0402 (aba Fretes); the APIs cannot show it.");
        }

        if (configuration?.Marketplaces is { Count: > 0 } marketplaces)
        {
            reminders.Add($"Marketplaces {string.Join(", ", marketplaces)}: confirm each is registered as a representative and has a Faturado payment method.");
        }

        reminders.Add("Minhas Vendas: the lastUpdate filter of the sales APIs sees only records changed after the app was activated (Configurador de Aplicações); activate it before the first sync, which reads everything once.");
        return reminders;
    }

    private static string? ProgramIn(string message) => DatasulProgram().Match(message) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"\b(?:CD|PD)\d{4}\b")]
    private static partial Regex DatasulProgram();
}
