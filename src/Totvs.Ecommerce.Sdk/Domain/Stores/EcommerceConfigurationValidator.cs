using System.Globalization;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;

namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>
/// Checks the ERP's e-commerce configuration against the TOTVS guide (domain rules §1 and §5) and names
/// every broken rule with the setting and what to put there.
/// </summary>
public static class EcommerceConfigurationValidator
{
    /// <summary>The longest natureza de operação code.</summary>
    public const int NaturezaMaxLength = 6;

    /// <summary>The oldest release whose public sales APIs (customers, orders) the SDK calls: 12.1.29.</summary>
    public const int MinimumReleaseNumber = 29;

    /// <summary>The last release of the legacy store programs (PD0309 and the others): 12.1.2311.</summary>
    public const int LastLegacyReleaseNumber = 2311;

    /// <summary>Checks the whole configuration.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>Every broken rule; empty when the configuration can integrate.</returns>
    public static IReadOnlyList<ConfigurationProblem> Validate(ErpEcommerceConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<ConfigurationProblem>();
        if (!configuration.IntegrationEnabled)
        {
            problems.Add(new("IntegrationEnabled", "The e-commerce integration is off: turn on the E-commerce parameter of CD0101 (aba Integr II)."));
        }

        if (configuration.Stores.Count == 0)
        {
            problems.Add(new("Stores", "No store is configured: register one in the Central de Configurações E-commerce."));
        }

        ValidatePrerequisites(configuration, problems);
        ValidateStoreModel(configuration, problems);
        if (configuration.Stores.Select(s => s.UsesRootSku).Distinct().Count() > 1)
        {
            problems.Add(new("Stores[*].UsesRootSku",
                "Some stores use Root/SKU grids and others references: a company uses one mode. Set \"Empresa utiliza o conceito de ROOT x SKU\" the same everywhere."));
        }

        foreach (var store in configuration.Stores)
        {
            ValidateStore(store, problems);
            ValidatePaymentMethods(configuration, store, problems);
            problems.AddRange(StockAllocationRules.Validate(configuration.StockAllocation, store));
        }

        return problems;
    }

    /// <summary>Checks one store on its own (establishments, links, flags, customer group).</summary>
    /// <param name="store">The store.</param>
    /// <returns>Every broken rule of the store.</returns>
    public static IReadOnlyList<ConfigurationProblem> Validate(StoreConfiguration store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var problems = new List<ConfigurationProblem>();
        ValidateStore(store, problems);
        return problems;
    }

    /// <summary>The release number after <c>12.1.</c> (<c>2403</c> for 12.1.2403), or <see langword="null"/> when the text is not a 12.1 release.</summary>
    internal static int? ReleaseNumber(string? release)
    {
        var parts = (release ?? string.Empty).Trim().Split('.');
        return parts.Length >= 3 && parts[0] == "12" && parts[1] == "1"
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The guide's "Pré-requisitos": the release, FT0301's ICMS in the price, the naturezas for the final consumer.</summary>
    private static void ValidatePrerequisites(ErpEcommerceConfiguration configuration, List<ConfigurationProblem> problems)
    {
        if (configuration.Release is { } release)
        {
            if (ReleaseNumber(release) is not { } number)
            {
                problems.Add(new("Release", $"'{release}' is not a Datasul 12.1 release: write it as Datasul shows it, e.g. 12.1.2403."));
            }
            else if (number < MinimumReleaseNumber)
            {
                problems.Add(new("Release",
                    $"Release {release} is older than 12.1.{MinimumReleaseNumber}: the public sales APIs (customers and orders) need 12.1.{MinimumReleaseNumber} or later. Update Datasul.")
                { Program = "Datasul update (12.1.29 or later)" });
            }
            else if (configuration.IsLegacyRelease != number <= LastLegacyReleaseNumber)
            {
                problems.Add(new("IsLegacyRelease",
                    $"Release {release} {(number <= LastLegacyReleaseNumber ? "uses" : "no longer uses")} the legacy store programs (up to 12.1.{LastLegacyReleaseNumber}): set IsLegacyRelease to {(number <= LastLegacyReleaseNumber ? "true" : "false")}."));
            }
        }

        if (configuration.IcmsIncludedInPrice == false)
        {
            problems.Add(new("IcmsIncludedInPrice",
                "\"ICMS Incluso no Preço\" is not marked: the table price published to the store already includes ICMS, so mark it, or every invoice adds ICMS on top of what the customer paid.")
            { Program = "FT0301" });
        }

        if (configuration.FinalConsumerNaturezas is { } finalConsumer)
        {
            foreach (var (setting, natureza) in NaturezasInUse(configuration).Where(n => !finalConsumer.Contains(n.Natureza, StringComparer.OrdinalIgnoreCase)))
            {
                problems.Add(new(setting,
                    $"Natureza {natureza} is not marked \"Consumidor final\" (aba ICMS): taxes of e-commerce sales are computed for the final consumer. Mark it.")
                { Program = "CD0606" });
            }
        }
    }

    /// <summary>Every natureza a store's orders or new customers may take, with where it is set.</summary>
    private static IEnumerable<(string Setting, string Natureza)> NaturezasInUse(ErpEcommerceConfiguration configuration)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var store in configuration.Stores)
        {
            foreach (var establishment in store.Establishments)
            {
                var at = $"Stores[{store.StoreCode}].Establishments[{establishment.BranchId}]";
                foreach (var (name, value) in NaturezasOf(establishment))
                {
                    if (!string.IsNullOrWhiteSpace(value) && seen.Add(value))
                    {
                        yield return ($"{at}.{name}", value);
                    }
                }
            }

            if (store.DefaultCustomerGroup?.Natureza is { Length: > 0 } groupNatureza && seen.Add(groupNatureza))
            {
                yield return ($"Stores[{store.StoreCode}].DefaultCustomerGroup.Natureza", groupNatureza);
            }
        }

        foreach (var rule in configuration.NaturezaRules ?? [])
        {
            if (seen.Add(rule.Natureza))
            {
                yield return ("NaturezaRules", rule.Natureza);
            }
        }
    }

    /// <summary>A store's payment methods: each complete, cards only with SCO, boleto and transfer séries registered in UTB113AA.</summary>
    private static void ValidatePaymentMethods(ErpEcommerceConfiguration configuration, StoreConfiguration store, List<ConfigurationProblem> problems)
    {
        var prefix = $"Stores[{store.StoreCode}].";
        foreach (var method in store.PaymentMethods ?? [])
        {
            problems.AddRange(PaymentMethodRules.Validate(method).Select(p => p with { Setting = prefix + p.Setting }));
            if (method.Type == PaymentMethodType.CreditCard && configuration.SpecialCollectionsModule == false)
            {
                problems.Add(new($"{prefix}PaymentMethods[{method.Code}]",
                    $"Credit card method {method.Code} needs the Cobranças Especiais module (SCO), which controls the instalments and the administrators' commission: implant SCO, or remove the method.")
                { Program = "SCO (Cobranças Especiais)" });
            }

            if (PaymentMethodRules.PolicyOf(method.Type).Receivable == ReceivableIntegration.SalesOrder
                && configuration.FiscalSeries is { } series && method.SerieFiscal is { Length: > 0 } serie
                && !series.Contains(serie, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new($"{prefix}PaymentMethods[{method.Code}].SerieFiscal",
                    $"Série fiscal {serie} of method {method.Code} is not registered: register it in UTB113AA, or choose a registered one ({string.Join(", ", series)}).")
                { Program = "UTB113AA" });
            }
        }
    }

    /// <summary>An establishment's four naturezas, each with the setting's name.</summary>
    private static (string Name, string? Value)[] NaturezasOf(EstablishmentSettings establishment) =>
    [
        (nameof(establishment.IntraStateNatureza), establishment.IntraStateNatureza),
        (nameof(establishment.InterStateNatureza), establishment.InterStateNatureza),
        (nameof(establishment.GiftIntraStateNatureza), establishment.GiftIntraStateNatureza),
        (nameof(establishment.GiftInterStateNatureza), establishment.GiftInterStateNatureza),
    ];

    private static void ValidateStoreModel(ErpEcommerceConfiguration configuration, List<ConfigurationProblem> problems)
    {
        if (configuration.IsLegacyRelease)
        {
            foreach (var store in configuration.Stores.Where(s => s.StoreCode != "1"))
            {
                problems.Add(new($"Stores[{store.StoreCode}]",
                    $"Releases up to 12.1.2311 (PD0309) use only store code 1; store {store.StoreCode} is ignored. Use code 1, or the Central de Configurações from 12.1.2403."));
            }

            foreach (var model in configuration.Stores.GroupBy(s => s.BusinessModel).Where(g => g.Count() > 1))
            {
                problems.Add(new("Stores",
                    $"Releases up to 12.1.2311 allow one store per business model; there are {model.Count()} {model.Key} stores. Several stores per model need 12.1.2403 or later."));
            }
        }
        else
        {
            foreach (var duplicate in configuration.Stores.GroupBy(s => s.StoreCode).Where(g => g.Count() > 1))
            {
                problems.Add(new($"Stores[{duplicate.Key}]", $"Store code {duplicate.Key} is used by {duplicate.Count()} stores; each store needs its own code."));
            }
        }
    }

    private static void ValidateStore(StoreConfiguration store, List<ConfigurationProblem> problems)
    {
        var prefix = $"Stores[{store.StoreCode}]";
        if (store.Establishments.Count == 0)
        {
            problems.Add(new($"{prefix}.Establishments", "No establishment sells through the store: link at least one with its naturezas."));
        }

        foreach (var establishment in store.Establishments)
        {
            var at = $"{prefix}.Establishments[{establishment.BranchId}]";
            foreach (var (name, value) in NaturezasOf(establishment))
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add(new($"{at}.{name}", $"{name} is required: orders of this establishment need it to enter the ERP."));
                }
                else if (value.Length > NaturezaMaxLength)
                {
                    problems.Add(new($"{at}.{name}", $"Natureza '{value}' has {value.Length} characters; Datasul allows at most {NaturezaMaxLength}."));
                }
            }

            if (store.AutomaticNaturezaSuggestion && string.IsNullOrWhiteSpace(establishment.SaleOperationType))
            {
                problems.Add(new($"{at}.SaleOperationType", "The automatic natureza suggestion is on: set the establishment's sale operation type (Tipo Op. Venda) whose rule it applies."));
            }
        }

        if (store.PriceTables.Count == 0)
        {
            problems.Add(new($"{prefix}.PriceTables", "No price table is linked: items are published only when a linked table prices them."));
        }

        if (store.Deposits.Count == 0)
        {
            problems.Add(new($"{prefix}.Deposits", "No deposit is linked: no stock is published and orders have no stock to use."));
        }

        if (store.BusinessModel == BusinessModel.B2C && store.B2BCustomers.Count > 0)
        {
            problems.Add(new($"{prefix}.B2BCustomers", "Customers are linked only to B2B stores; remove them or make the store B2B."));
        }

        if (store.DefaultCustomerGroup is null)
        {
            problems.Add(new($"{prefix}.DefaultCustomerGroup", "Set the default customer group: customers created by the integration take its settings."));
        }
        else if (!store.DefaultCustomerGroup.HasCashPaymentCondition)
        {
            problems.Add(new($"{prefix}.DefaultCustomerGroup",
                $"Customer group {store.DefaultCustomerGroup.Group} needs an \"à vista\" payment condition; otherwise boleto, transfer and card orders split into other instalments than their invoices."));
        }
    }
}
