using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// A sales order of apiOrdersPublic (TOTVS Mensagem Padronizada, UpperCamelCase), with the e-commerce
/// extension the SDK adds (store, store order id, trade policy, carrier e-commerce id, intermediary, payment).
/// The same record is sent to create an order and returned by the ERP, which fills <see cref="OrderId"/>
/// and the situations.
/// </summary>
public sealed record Order
{
    /// <summary>The ERP's order number (<c>OrderId</c>, <c>nr-pedido</c>), assigned on creation.</summary>
    [JsonPropertyName("OrderId")]
    public long? OrderId { get; init; }

    /// <summary>The customer order number (<c>CustomerOrderId</c>, <c>nr-pedcli</c>, up to 12). Required; with <see cref="ShortName"/> the order's natural key.</summary>
    [JsonPropertyName("CustomerOrderId")]
    public string CustomerOrderId { get; init; } = string.Empty;

    /// <summary>The customer's short name (<c>ShortName</c>, <c>nome-abrev</c>, up to 12). Required.</summary>
    [JsonPropertyName("ShortName")]
    public string ShortName { get; init; } = string.Empty;

    /// <summary>The day the order was placed (<c>EmissionDate</c>). Required.</summary>
    [JsonPropertyName("EmissionDate")]
    public LocalDate EmissionDate { get; init; }

    /// <summary>The day the order enters the ERP (<c>ImplantationDate</c>). Required.</summary>
    [JsonPropertyName("ImplantationDate")]
    public LocalDate ImplantationDate { get; init; }

    /// <summary>The items (<c>OrderItems</c>). Required, at least one.</summary>
    [JsonPropertyName("OrderItems")]
    public IReadOnlyList<OrderItem> OrderItems { get; init; } = [];

    /// <summary>The establishment that sells (<c>BranchId</c>, up to 5).</summary>
    [JsonPropertyName("BranchId")]
    public string? BranchId { get; init; }

    /// <summary>The customer's ERP code (<c>CustomerCode</c>).</summary>
    [JsonPropertyName("CustomerCode")]
    public long? CustomerCode { get; init; }

    /// <summary>The customer's CPF or CNPJ (<c>PersonalId</c>, up to 19, mask allowed).</summary>
    [JsonPropertyName("PersonalId")]
    public string? PersonalId { get; init; }

    /// <summary>The order's natureza de operação (<c>TransactionType</c>, up to 6), chosen by the ERP when absent.</summary>
    [JsonPropertyName("TransactionType")]
    public string? TransactionType { get; init; }

    /// <summary>The order's price table (<c>PriceTableOrder</c>, up to 8).</summary>
    [JsonPropertyName("PriceTableOrder")]
    public string? PriceTableOrder { get; init; }

    /// <summary>The ERP carrier code (<c>CodeCarrier</c>).</summary>
    [JsonPropertyName("CodeCarrier")]
    public string? CodeCarrier { get; init; }

    /// <summary>The carrier's name (<c>CarrierName</c>).</summary>
    [JsonPropertyName("CarrierName")]
    public string? CarrierName { get; init; }

    /// <summary>The representative (<c>RepresentativeShortName</c>).</summary>
    [JsonPropertyName("RepresentativeShortName")]
    public string? RepresentativeShortName { get; init; }

    /// <summary>The store's order number as the representative's order (<c>RepresentativeOrderId</c>, up to 12).</summary>
    [JsonPropertyName("RepresentativeOrderId")]
    public string? RepresentativeOrderId { get; init; }

    /// <summary>The delivery street and number (<c>DeliveryAddress</c>).</summary>
    [JsonPropertyName("DeliveryAddress")]
    public string? DeliveryAddress { get; init; }

    /// <summary>The delivery neighbourhood (<c>DeliveryNeighborhood</c>).</summary>
    [JsonPropertyName("DeliveryNeighborhood")]
    public string? DeliveryNeighborhood { get; init; }

    /// <summary>The delivery city (<c>DeliveryCity</c>).</summary>
    [JsonPropertyName("DeliveryCity")]
    public string? DeliveryCity { get; init; }

    /// <summary>The delivery UF (<c>DeliveryState</c>, up to 4); decides intra- or inter-state natureza.</summary>
    [JsonPropertyName("DeliveryState")]
    public string? DeliveryState { get; init; }

    /// <summary>The delivery CEP (<c>DeliveryZipCode</c>, up to 12).</summary>
    [JsonPropertyName("DeliveryZipCode")]
    public string? DeliveryZipCode { get; init; }

    /// <summary>The delivery country (<c>DeliveryCountry</c>).</summary>
    [JsonPropertyName("DeliveryCountry")]
    public string? DeliveryCountry { get; init; }

    /// <summary>The freight (<c>ValueFreight</c>).</summary>
    [JsonPropertyName("ValueFreight")]
    public decimal? ValueFreight { get; init; }

    /// <summary>The order's total (<c>TotalOrderAmount</c>).</summary>
    [JsonPropertyName("TotalOrderAmount")]
    public decimal? TotalOrderAmount { get; init; }

    /// <summary>Whether the order is complete (<c>OrderCompleted</c>).</summary>
    [JsonPropertyName("OrderCompleted")]
    public bool? OrderCompleted { get; init; }

    /// <summary>Free comments (<c>Comments</c>).</summary>
    [JsonPropertyName("Comments")]
    public string? Comments { get; init; }

    /// <summary>The order's situation (<c>OrderSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("OrderSituation")]
    public OrderSituation? OrderSituation { get; init; }

    /// <summary>The commercial situation 1–5 (<c>CommercialSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("CommercialSituation")]
    public int? CommercialSituation { get; init; }

    /// <summary>The credit evaluation situation 1–6 (<c>EvaluationSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("EvaluationSituation")]
    public int? EvaluationSituation { get; init; }

    /// <summary>The allocation situation 1–7 (<c>AllocationSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("AllocationSituation")]
    public int? AllocationSituation { get; init; }

    /// <summary>When the order was cancelled (<c>CancellationDate</c>).</summary>
    [JsonPropertyName("CancellationDate")]
    public LocalDate? CancellationDate { get; init; }

    /// <summary>Why the order was cancelled (<c>CancellationReason</c>).</summary>
    [JsonPropertyName("CancellationReason")]
    public string? CancellationReason { get; init; }

    /// <summary>The e-commerce store (<c>EcommerceStoreCode</c>).</summary>
    [JsonPropertyName("EcommerceStoreCode")]
    public string? EcommerceStoreCode { get; init; }

    /// <summary>The store's own order id (<c>EcommerceOrderId</c>).</summary>
    [JsonPropertyName("EcommerceOrderId")]
    public string? EcommerceOrderId { get; init; }

    /// <summary>The e-commerce trade policy the prices come from (<c>TradePolicyId</c>).</summary>
    [JsonPropertyName("TradePolicyId")]
    public string? TradePolicyId { get; init; }

    /// <summary>The carrier's e-commerce id, mapped in CD0402 "ID E-commerce" (<c>CarrierEcommerceId</c>).</summary>
    [JsonPropertyName("CarrierEcommerceId")]
    public string? CarrierEcommerceId { get; init; }

    /// <summary>The marketplace where the sale happened (<c>Intermediary</c>).</summary>
    [JsonPropertyName("Intermediary")]
    public OrderIntermediary? Intermediary { get; init; }

    /// <summary>How the customer paid (<c>PaymentMethod</c>).</summary>
    [JsonPropertyName("PaymentMethod")]
    public OrderPaymentMethod? PaymentMethod { get; init; }

    /// <summary>Why the order is not yet released for billing (<c>BillingHold</c>, SDK extension), set by the ERP.</summary>
    [JsonPropertyName("BillingHold")]
    [JsonConverter(typeof(Serialization.CamelCaseEnumConverter<BillingHold>))]
    public BillingHold? BillingHold { get; init; }

    /// <summary>When the order last changed in the ERP (<c>LastUpdate</c>).</summary>
    [JsonPropertyName("LastUpdate")]
    public Instant? LastUpdate { get; init; }
}
