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
    public long? OrderId { get; set; }

    /// <summary>The customer order number (<c>CustomerOrderId</c>, <c>nr-pedcli</c>, up to 12). Required; with <see cref="ShortName"/> the order's natural key.</summary>
    [JsonPropertyName("CustomerOrderId")]
    public string CustomerOrderId { get; set; } = string.Empty;

    /// <summary>The customer's short name (<c>ShortName</c>, <c>nome-abrev</c>, up to 12). Required.</summary>
    [JsonPropertyName("ShortName")]
    public string ShortName { get; set; } = string.Empty;

    /// <summary>The day the order was placed (<c>EmissionDate</c>). Required.</summary>
    [JsonPropertyName("EmissionDate")]
    public LocalDate EmissionDate { get; set; }

    /// <summary>The day the order enters the ERP (<c>ImplantationDate</c>). Required.</summary>
    [JsonPropertyName("ImplantationDate")]
    public LocalDate ImplantationDate { get; set; }

    /// <summary>The items (<c>OrderItems</c>). Required, at least one.</summary>
    [JsonPropertyName("OrderItems")]
    public IReadOnlyList<OrderItem> OrderItems { get; set; } = [];

    /// <summary>The establishment that sells (<c>BranchId</c>, up to 5).</summary>
    [JsonPropertyName("BranchId")]
    public string? BranchId { get; set; }

    /// <summary>The customer's ERP code (<c>CustomerCode</c>).</summary>
    [JsonPropertyName("CustomerCode")]
    public long? CustomerCode { get; set; }

    /// <summary>The customer's CPF or CNPJ (<c>PersonalId</c>, up to 19, mask allowed).</summary>
    [JsonPropertyName("PersonalId")]
    public string? PersonalId { get; set; }

    /// <summary>The order's natureza de operação (<c>TransactionType</c>, up to 6), chosen by the ERP when absent.</summary>
    [JsonPropertyName("TransactionType")]
    public string? TransactionType { get; set; }

    /// <summary>The order's price table (<c>PriceTableOrder</c>, up to 8).</summary>
    [JsonPropertyName("PriceTableOrder")]
    public string? PriceTableOrder { get; set; }

    /// <summary>The ERP carrier code (<c>CodeCarrier</c>).</summary>
    [JsonPropertyName("CodeCarrier")]
    public string? CodeCarrier { get; set; }

    /// <summary>The carrier's name (<c>CarrierName</c>).</summary>
    [JsonPropertyName("CarrierName")]
    public string? CarrierName { get; set; }

    /// <summary>The representative (<c>RepresentativeShortName</c>).</summary>
    [JsonPropertyName("RepresentativeShortName")]
    public string? RepresentativeShortName { get; set; }

    /// <summary>The store's order number as the representative's order (<c>RepresentativeOrderId</c>, up to 12).</summary>
    [JsonPropertyName("RepresentativeOrderId")]
    public string? RepresentativeOrderId { get; set; }

    /// <summary>The delivery street and number (<c>DeliveryAddress</c>).</summary>
    [JsonPropertyName("DeliveryAddress")]
    public string? DeliveryAddress { get; set; }

    /// <summary>The delivery neighbourhood (<c>DeliveryNeighborhood</c>).</summary>
    [JsonPropertyName("DeliveryNeighborhood")]
    public string? DeliveryNeighborhood { get; set; }

    /// <summary>The delivery city (<c>DeliveryCity</c>).</summary>
    [JsonPropertyName("DeliveryCity")]
    public string? DeliveryCity { get; set; }

    /// <summary>The delivery UF (<c>DeliveryState</c>, up to 4); decides intra- or inter-state natureza.</summary>
    [JsonPropertyName("DeliveryState")]
    public string? DeliveryState { get; set; }

    /// <summary>The delivery CEP (<c>DeliveryZipCode</c>, up to 12).</summary>
    [JsonPropertyName("DeliveryZipCode")]
    public string? DeliveryZipCode { get; set; }

    /// <summary>The delivery country (<c>DeliveryCountry</c>).</summary>
    [JsonPropertyName("DeliveryCountry")]
    public string? DeliveryCountry { get; set; }

    /// <summary>The freight (<c>ValueFreight</c>).</summary>
    [JsonPropertyName("ValueFreight")]
    public decimal? ValueFreight { get; set; }

    /// <summary>The order's total (<c>TotalOrderAmount</c>).</summary>
    [JsonPropertyName("TotalOrderAmount")]
    public decimal? TotalOrderAmount { get; set; }

    /// <summary>Whether the order is complete (<c>OrderCompleted</c>).</summary>
    [JsonPropertyName("OrderCompleted")]
    public bool? OrderCompleted { get; set; }

    /// <summary>Free comments (<c>Comments</c>).</summary>
    [JsonPropertyName("Comments")]
    public string? Comments { get; set; }

    /// <summary>The order's situation (<c>OrderSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("OrderSituation")]
    public OrderSituation? OrderSituation { get; set; }

    /// <summary>The commercial situation 1–5 (<c>CommercialSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("CommercialSituation")]
    public int? CommercialSituation { get; set; }

    /// <summary>The credit evaluation situation 1–6 (<c>EvaluationSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("EvaluationSituation")]
    public int? EvaluationSituation { get; set; }

    /// <summary>The allocation situation 1–7 (<c>AllocationSituation</c>), set by the ERP.</summary>
    [JsonPropertyName("AllocationSituation")]
    public int? AllocationSituation { get; set; }

    /// <summary>When the order was cancelled (<c>CancellationDate</c>).</summary>
    [JsonPropertyName("CancellationDate")]
    public LocalDate? CancellationDate { get; set; }

    /// <summary>Why the order was cancelled (<c>CancellationReason</c>).</summary>
    [JsonPropertyName("CancellationReason")]
    public string? CancellationReason { get; set; }

    /// <summary>The e-commerce store (<c>EcommerceStoreCode</c>).</summary>
    [JsonPropertyName("EcommerceStoreCode")]
    public string? EcommerceStoreCode { get; set; }

    /// <summary>The store's own order id (<c>EcommerceOrderId</c>).</summary>
    [JsonPropertyName("EcommerceOrderId")]
    public string? EcommerceOrderId { get; set; }

    /// <summary>The e-commerce trade policy the prices come from (<c>TradePolicyId</c>).</summary>
    [JsonPropertyName("TradePolicyId")]
    public string? TradePolicyId { get; set; }

    /// <summary>The carrier's e-commerce id, mapped in CD0402 "ID E-commerce" (<c>CarrierEcommerceId</c>).</summary>
    [JsonPropertyName("CarrierEcommerceId")]
    public string? CarrierEcommerceId { get; set; }

    /// <summary>The marketplace where the sale happened (<c>Intermediary</c>).</summary>
    [JsonPropertyName("Intermediary")]
    public OrderIntermediary? Intermediary { get; set; }

    /// <summary>How the customer paid (<c>PaymentMethod</c>).</summary>
    [JsonPropertyName("PaymentMethod")]
    public OrderPaymentMethod? PaymentMethod { get; set; }

    /// <summary>Why the order is not yet released for billing (<c>BillingHold</c>, SDK extension), set by the ERP.</summary>
    [JsonPropertyName("BillingHold")]
    [JsonConverter(typeof(Serialization.CamelCaseEnumConverter<BillingHold>))]
    public BillingHold? BillingHold { get; set; }

    /// <summary>When the order last changed in the ERP (<c>LastUpdate</c>).</summary>
    [JsonPropertyName("LastUpdate")]
    public Instant? LastUpdate { get; set; }
}
