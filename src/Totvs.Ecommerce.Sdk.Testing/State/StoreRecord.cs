using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A store of the Central de Configurações E-commerce, with what is linked to it.</summary>
internal sealed class StoreRecord(string code)
{
    public string Code { get; } = code;

    /// <summary>Codes of the families linked to the store (only these are published).</summary>
    public SortedSet<string> FamilyCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Codes of the items selected for the store.</summary>
    public HashSet<string> ItemCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Items unlinked from the store, and when: published as inactive, so the store unpublishes them.</summary>
    public Dictionary<string, Instant> UnlinkedItems { get; } = new(StringComparer.Ordinal);

    /// <summary>Families unlinked from the store, and when: published as inactive, with their items.</summary>
    public Dictionary<string, Instant> UnlinkedFamilies { get; } = new(StringComparer.Ordinal);

    /// <summary>Codes of the price tables linked to the store.</summary>
    public SortedSet<string> PriceTableCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Deposits linked to the store, as <c>branchId/warehouseCode</c>.</summary>
    public HashSet<string> Deposits { get; } = new(StringComparer.Ordinal);

    /// <summary>Deposits that serve only this store (logical allocation needs exactly one).</summary>
    public HashSet<string> ExclusiveDeposits { get; } = new(StringComparer.Ordinal);

    /// <summary>The store's settings besides its links (establishments, flags, default customer group).</summary>
    public StoreConfiguration Settings { get; set; } = DefaultSettings(code);

    /// <summary>The payment methods registered for the store.</summary>
    public List<PaymentMethodConfiguration> PaymentMethods { get; } = DefaultPaymentMethods();

    /// <summary>The settings with the store's current links, as the domain rules read them.</summary>
    public StoreConfiguration ToConfiguration() => Settings with
    {
        StoreCode = Code,
        PriceTables = PriceTableCodes.ToList(),
        Deposits = Deposits.Select(d => d.Split('/')).Select(p => new StoreDeposit(p[0], p[1], ExclusiveDeposits.Contains($"{p[0]}/{p[1]}"))).ToList(),
        Categories = FamilyCodes.ToList(),
    };

    private static StoreConfiguration DefaultSettings(string code) => new()
    {
        StoreCode = code,
        Establishments =
        [
            new EstablishmentSettings
            {
                BranchId = "1", Uf = Uf.Parse("SP"),
                IntraStateNatureza = "5102", InterStateNatureza = "6108", GiftIntraStateNatureza = "5910", GiftInterStateNatureza = "6910",
                SaleOperationType = "ECOM",
            },
        ],
        DefaultCustomerGroup = new DefaultCustomerGroup { Group = 10, Portador = "341", Modality = 1, Representative = "ECOMMERCE", HasCashPaymentCondition = true },
    };

    private static List<PaymentMethodConfiguration> DefaultPaymentMethods() =>
    [
        new() { Code = "BOLETO", Type = PaymentMethodType.Boleto, Especie = "DP", EspecieGeneratesAdvance = true, SerieFiscal = "1", Portador = "341", Carteira = "1" },
        new() { Code = "TRANSFERENCIA", Type = PaymentMethodType.BankTransfer, Especie = "DP", EspecieGeneratesAdvance = true, SerieFiscal = "1", Portador = "341", Carteira = "1" },
        new() { Code = "CARTAO", Type = PaymentMethodType.CreditCard, Portador = "237", Carteira = "1", CardAdministrator = "CIELO", CardBrand = "VISA" },
        new() { Code = "FATURADO", Type = PaymentMethodType.Invoiced, Portador = "341", Carteira = "1" },
    ];
}
