using Totvs.Ecommerce.Sdk.Domain.Payments;

namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>
/// A store of the Central de Configurações E-commerce (PD0309 in legacy releases): what is linked to it and
/// its flags. Validate it with <see cref="EcommerceConfigurationValidator"/>.
/// </summary>
public sealed record StoreConfiguration
{
    /// <summary>The store code (legacy releases use only <c>1</c>).</summary>
    public required string StoreCode { get; init; }

    /// <summary>B2C or B2B.</summary>
    public BusinessModel BusinessModel { get; init; } = BusinessModel.B2C;

    /// <summary>The establishments that sell through the store, each with its naturezas.</summary>
    public IReadOnlyList<EstablishmentSettings> Establishments { get; init; } = [];

    /// <summary>The price tables linked to the store.</summary>
    public IReadOnlyList<string> PriceTables { get; init; } = [];

    /// <summary>The deposits linked to the store.</summary>
    public IReadOnlyList<StoreDeposit> Deposits { get; init; } = [];

    /// <summary>The categories (famílias comerciais) linked to the store.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The customers allowed to buy, for B2B stores only.</summary>
    public IReadOnlyList<string> B2BCustomers { get; init; } = [];

    /// <summary>"Completa Pedido": orders enter the ERP complete.</summary>
    public bool CompletesOrder { get; init; }

    /// <summary>"Assume número do pedido da loja": the customer order number becomes the store's order number.</summary>
    public bool UsesStoreOrderNumber { get; init; }

    /// <summary>Whether the automatic suggestion of natureza de operação (DPED0082) is on for the store's orders.</summary>
    public bool AutomaticNaturezaSuggestion { get; init; }

    /// <summary>
    /// "Não permite entrada do pedido se a sugestão automática não encontrar regra": an order with an item no
    /// suggestion rule covers is rejected with 57382 instead of using the establishment's natureza.
    /// </summary>
    public bool RejectWhenNoNaturezaRule { get; init; }

    /// <summary>The credit given to customers the integration creates.</summary>
    public CreditSituation NewCustomerCredit { get; init; } = CreditSituation.Normal;

    /// <summary>The group whose settings customers the integration creates receive.</summary>
    public DefaultCustomerGroup? DefaultCustomerGroup { get; init; }

    /// <summary>"Empresa utiliza o conceito de ROOT x SKU": variations as Root/SKU grids instead of references.</summary>
    public bool UsesRootSku { get; init; }

    /// <summary>
    /// The payment methods registered for the store (Cadastro de Métodos de Pagamento E-commerce), checked by
    /// <see cref="PaymentMethodRules.Validate"/>; <see langword="null"/> when not known.
    /// </summary>
    public IReadOnlyList<PaymentMethodConfiguration>? PaymentMethods { get; init; }

    /// <summary>
    /// The store's trade policies (VTEX sales channels): each must be linked to a price table of the store with the
    /// "Políticas Comerciais" button of CD1508; <see langword="null"/> when not known.
    /// </summary>
    public IReadOnlyList<string>? TradePolicies { get; init; }
}
