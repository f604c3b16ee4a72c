using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// An item of a sales order (<c>OrderItems[]</c>), every field of the published schema.
/// </summary>
public sealed record OrderItem
{
    /// <summary>Aliquot (<c>Aliquot</c>, <c>movdis.ped-item.aliquota-ipi</c>).</summary>
    [JsonPropertyName("Aliquot")]
    public decimal? Aliquot { get; set; }

    /// <summary>Ipi value (<c>IpiValue</c>, <c>movdis.ped-item.val-ipi</c>).</summary>
    [JsonPropertyName("IpiValue")]
    public decimal? IpiValue { get; set; }

    /// <summary>The allocation (pre-invoicing) situation, 1–7 (<c>AllocationSituation</c>, <c>movdis.ped-item.cod-sit-pre</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("AllocationSituation")]
    public int? AllocationSituation { get; set; }

    /// <summary>Campaign id (<c>CampaignId</c>, <c>movdis.ped-item.num-id-campanha-crm</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CampaignId")]
    public int? CampaignId { get; set; }

    /// <summary>Cancelation item date (<c>CancelationItemDate</c>, <c>movdis.ped-item.dt-usercan</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CancelationItemDate")]
    public LocalDate? CancelationItemDate { get; set; }

    /// <summary>Cancelation user (<c>CancelationUser</c>, <c>movdis.ped-item.user-canc</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CancelationUser")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CancelationUser { get; set; }

    /// <summary>Free comments (<c>Comments</c>, <c>movdis.ped-item.observacao</c>).</summary>
    [JsonPropertyName("Comments")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Comments { get; set; }

    /// <summary>The commercial situation, 1–5 (<c>CommercialSituation</c>, <c>movdis.ped-item.cod-sit-com</c>, up to 1).</summary>
    [JsonPropertyName("CommercialSituation")]
    public int? CommercialSituation { get; set; }

    /// <summary>The customer order number; with the short name, the order's natural key. Required (<c>CustomerOrderId</c>, <c>movdis.ped-item.nr-pedcli</c>, up to 12).</summary>
    [JsonPropertyName("CustomerOrderId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CustomerOrderId { get; set; }

    /// <summary>Date cancel (<c>DateCancel</c>, <c>movdis.ped-item.dt-canseq</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DateCancel")]
    public LocalDate? DateCancel { get; set; }

    /// <summary>Date devol (<c>DateDevol</c>, <c>movdis.ped-item.dt-devolucao</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DateDevol")]
    public LocalDate? DateDevol { get; set; }

    /// <summary>Delivery date (<c>DeliveryDate</c>, <c>movdis.ped-item.dt-entrega</c>).</summary>
    [JsonPropertyName("DeliveryDate")]
    public LocalDate? DeliveryDate { get; set; }

    /// <summary>Delivery code (<c>DeliveryCode</c>, <c>movdis.ped-item.cod-entrega</c>, up to 12).</summary>
    [JsonPropertyName("DeliveryCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryCode { get; set; }

    /// <summary>Desc cancel (<c>DescCancel</c>, <c>movdis.ped-item.desc-cancela</c>, up to 2000; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DescCancel")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DescCancel { get; set; }

    /// <summary>Desc devol (<c>DescDevol</c>, <c>movdis.ped-item.desc-devol</c>, up to 2000; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DescDevol")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DescDevol { get; set; }

    /// <summary>Devolution item date (<c>DevolutionItemDate</c>, <c>movdis.ped-item.dt-userdev</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DevolutionItemDate")]
    public LocalDate? DevolutionItemDate { get; set; }

    /// <summary>Devolution user (<c>DevolutionUser</c>, <c>movdis.ped-item.user-devol</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DevolutionUser")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DevolutionUser { get; set; }

    /// <summary>Cascading discounts as Datasul writes them, e.g. "7.5+3.15" (<c>DiscountPercentage</c>, <c>movdis.ped-item.des-pct-desconto-inform</c>, up to 50).</summary>
    [JsonPropertyName("DiscountPercentage")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DiscountPercentage { get; set; }

    /// <summary>Discount price (<c>DiscountPrice</c>, <c>movdis.ped-item.vl-desconto</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DiscountPrice")]
    public decimal? DiscountPrice { get; set; }

    /// <summary>Informed discount (<c>InformedDiscount</c>, <c>movdis.ped-item.val-desconto-inform</c>).</summary>
    [JsonPropertyName("InformedDiscount")]
    public decimal? InformedDiscount { get; set; }

    /// <summary>Insurance price (<c>InsurancePrice</c>, <c>movdis.ped-item.val-seguro</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("InsurancePrice")]
    public decimal? InsurancePrice { get; set; }

    /// <summary>The item code. Required (<c>ItemCode</c>, <c>movdis.ped-item.it-codigo</c>, up to 16).</summary>
    [JsonPropertyName("ItemCode")]
    public ItemCode ItemCode { get; set; }

    /// <summary>Item description (<c>ItemDescription</c>, <c>mgind.item.desc-item</c>, up to 60; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ItemDescription")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ItemDescription { get; set; }

    /// <summary>Item percentage discount (<c>ItemPercentageDiscount</c>, <c>movdis.ped-item.per-des-item</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ItemPercentageDiscount")]
    public decimal? ItemPercentageDiscount { get; set; }

    /// <summary>Last change user (<c>LastChangeUser</c>, <c>movdis.ped-item.user-alte</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("LastChangeUser")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? LastChangeUser { get; set; }

    /// <summary>Liquid merchandise (<c>LiquidMerchandise</c>, <c>movdis.ped-item.vl-liq-it</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("LiquidMerchandise")]
    public decimal? LiquidMerchandise { get; set; }

    /// <summary>Measure unit (<c>MsrUnit</c>, <c>movdis.ped-item.cod-un</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("MsrUnit")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MeasureUnit { get; set; }

    /// <summary>Open amount (<c>OpenAmount</c>, <c>movdis.ped-item.vl-liq-abe</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OpenAmount")]
    public decimal? OpenAmount { get; set; }

    /// <summary>Open liquid merchandise (<c>OpenLiquidMerchandise</c>, <c>movdis.ped-item.vl-merc-abe</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OpenLiquidMerchandise")]
    public decimal? OpenLiquidMerchandise { get; set; }

    /// <summary>The item's situation (same numbers as the order's) (<c>OrderItemSituation</c>, <c>movdis.ped-item.cod-sit-item</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OrderItemSituation")]
    [JsonConverter(typeof(IntegerEnumConverter<OrderSituation>))]
    public OrderSituation? OrderItemSituation { get; set; }

    /// <summary>Original delivery date (<c>OriginalDeliveryDate</c>, <c>movdis.ped-item.dt-entorig</c>).</summary>
    [JsonPropertyName("OriginalDeliveryDate")]
    public LocalDate? OriginalDeliveryDate { get; set; }

    /// <summary>The unit price sold at. Required (<c>OriginalPrice</c>, <c>movdis.ped-item.vl-preori</c>).</summary>
    [JsonPropertyName("OriginalPrice")]
    public decimal OriginalPrice { get; set; }

    /// <summary>Original price billing (<c>OriginalPriceBilling</c>, <c>movdis.ped-item.vl-preori-un-fat</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OriginalPriceBilling")]
    public decimal? OriginalPriceBilling { get; set; }

    /// <summary>Period discount (<c>PeriodDiscount</c>, <c>movdis.ped-item.val-pct-desconto-periodo</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PeriodDiscount")]
    public decimal? PeriodDiscount { get; set; }

    /// <summary>Price situation (<c>PriceSituation</c>, <c>movdis.ped-item.cod-sit-preco</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PriceSituation")]
    public int? PriceSituation { get; set; }

    /// <summary>The price table (<c>PriceTable</c>, <c>movdis.ped-item.nr-tabpre</c>, up to 8).</summary>
    [JsonPropertyName("PriceTable")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PriceTable { get; set; }

    /// <summary>Price table discount (<c>PriceTableDiscount</c>, <c>movdis.ped-item.val-pct-desconto-tab-preco</c>).</summary>
    [JsonPropertyName("PriceTableDiscount")]
    public decimal? PriceTableDiscount { get; set; }

    /// <summary>Price table value (<c>PriceTableValue</c>, <c>movdis.ped-item.vl-pretab</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PriceTableValue")]
    public decimal? PriceTableValue { get; set; }

    /// <summary>Price unitary (<c>PriceUnitary</c>, <c>movdis.ped-item.vl-preuni</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PriceUnitary")]
    public decimal? PriceUnitary { get; set; }

    /// <summary>Purchase order (<c>PurchaseOrder</c>, <c>movdis.ped-item.cod-ord-compra</c>, up to 15).</summary>
    [JsonPropertyName("PurchaseOrder")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PurchaseOrder { get; set; }

    /// <summary>Quantity attentive (<c>QuantityAttentive</c>, <c>movdis.ped-item.qt-atendida</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("QuantityAttentive")]
    public decimal? QuantityAttentive { get; set; }

    /// <summary>The quantity in the billing unit. Required, above zero (<c>QuantityBilling</c>, <c>movdis.ped-item.qt-un-fat</c>).</summary>
    [JsonPropertyName("QuantityBilling")]
    public decimal QuantityBilling { get; set; }

    /// <summary>Quantity pending (<c>QuantityPending</c>, <c>movdis.ped-item.qt-pendente</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("QuantityPending")]
    public decimal? QuantityPending { get; set; }

    /// <summary>Quantity requested (<c>QuantityRequested</c>, <c>movdis.ped-item.qt-pedida</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("QuantityRequested")]
    public decimal? QuantityRequested { get; set; }

    /// <summary>Reactivation date (<c>ReactivationDate</c>, <c>movdis.ped-item.dt-reativ</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ReactivationDate")]
    public LocalDate? ReactivationDate { get; set; }

    /// <summary>The reference, for items controlled by reference (<c>ReferenceCode</c>, <c>movdis.ped-item.cod-refer</c>, up to 8).</summary>
    [JsonPropertyName("ReferenceCode")]
    public ReferenceCode? ReferenceCode { get; set; }

    /// <summary>The sequence (<c>Sequence</c>, <c>movdis.ped-item.nr-sequencia</c>).</summary>
    [JsonPropertyName("Sequence")]
    public int? Sequence { get; set; }

    /// <summary>The customer's short name (nome abreviado). Required (<c>ShortName</c>, <c>movdis.ped-item.nome-abrev</c>, up to 12).</summary>
    [JsonPropertyName("ShortName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ShortName { get; set; }

    /// <summary>Suspension date (<c>SuspensionDate</c>, <c>movdis.ped-item.dt-suspensao</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("SuspensionDate")]
    public LocalDate? SuspensionDate { get; set; }

    /// <summary>Suspension item date (<c>SuspensionItemDate</c>, <c>movdis.ped-item.dt-usersusp</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("SuspensionItemDate")]
    public LocalDate? SuspensionItemDate { get; set; }

    /// <summary>Term discount (<c>TermDiscount</c>, <c>movdis.ped-item.val-pct-desconto-prazo</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TermDiscount")]
    public decimal? TermDiscount { get; set; }

    /// <summary>The item's total (<c>TotalOrderItemAmount</c>, <c>movdis.ped-item.vl-tot-it</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TotalOrderItemAmount")]
    public decimal? TotalOrderItemAmount { get; set; }

    /// <summary>Total percentage discount (<c>TotalPercentageDiscount</c>, <c>movdis.ped-item.val-pct-desconto-total</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TotalPercentageDiscount")]
    public decimal? TotalPercentageDiscount { get; set; }

    /// <summary>Total value discount (<c>TotalValueDiscount</c>, <c>movdis.ped-item.val-desconto-total</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TotalValueDiscount")]
    public decimal? TotalValueDiscount { get; set; }

    /// <summary>The natureza de operação, chosen by the ERP's automatic suggestion when absent (<c>TransactionType</c>, <c>movdis.ped-item.nat-operacao</c>, up to 6; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TransactionType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TransactionType { get; set; }

    /// <summary>Type attendance (<c>TypeAttendance</c>, <c>movdis.ped-item.tipo-atend</c>).</summary>
    [JsonPropertyName("TypeAttendance")]
    public int? TypeAttendance { get; set; }

    /// <summary>Unit business cod (<c>UnitBusinessCod</c>, <c>movdis.ped-item.cod-unid-negoc</c>, up to 3; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UnitBusinessCod")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UnitBusinessCod { get; set; }

    /// <summary>The billing unit (<c>UnitMeasureBilling</c>, <c>movdis.ped-item.des-un-medida</c>, up to 2).</summary>
    [JsonPropertyName("UnitMeasureBilling")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UnitMeasureBilling { get; set; }

    /// <summary>Unit measure billing desc (<c>UnitMeasureBillingDesc</c>, <c>mgind.tab-unidade.descricao</c>, up to 15; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UnitMeasureBillingDesc")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UnitMeasureBillingDesc { get; set; }

    /// <summary>Unit measure stock (<c>UnitMeasureStock</c>, <c>movdis.ped-item.char-2,09,02</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UnitMeasureStock")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UnitMeasureStock { get; set; }

    /// <summary>Unit measure stock description (<c>unitMeasureStockDesc</c>, <c>mgind.tab-unidade.descricao</c>, up to 15; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("unitMeasureStockDesc")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UnitMeasureStockDescription { get; set; }

    /// <summary>Whether the item is a gift (brinde), which takes the gift naturezas (<c>IsGift</c>, SDK extension).</summary>
    [JsonPropertyName("IsGift")]
    public bool IsGift { get; set; }

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("ItemCode = ").Append(ItemCode)
            .Append(", ReferenceCode = ").Append(ReferenceCode)
            .Append(", QuantityBilling = ").Append(QuantityBilling)
            .Append(", OriginalPrice = ").Append(OriginalPrice);
        return true;
    }
}
