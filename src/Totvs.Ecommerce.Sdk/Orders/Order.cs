using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// A sales order of apiOrdersPublic (TOTVS Mensagem Padronizada <c>OrdersInfo</c>, UpperCamelCase): every field of the
/// published schema with its published JSON type, plus the e-commerce extension the SDK adds (store, store order id,
/// trade policy, carrier e-commerce id, intermediary, payment). The same record is sent to create an order and
/// returned by the ERP; read-only fields are never sent.
/// </summary>
public sealed record Order
{
    /// <summary>The allocation (pre-invoicing) situation, 1–7 (<c>AllocationSituation</c>, <c>movdis.ped-venda.cod-sit-pre</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("AllocationSituation")]
    public int? AllocationSituation { get; set; }

    /// <summary>The establishment that sells (<c>BranchId</c>, <c>movdis.ped-venda.cod-estabel</c>, up to 5).</summary>
    [JsonPropertyName("BranchId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BranchId { get; set; }

    /// <summary>Campaign id (<c>CampaignId</c>, <c>movdis.ped-venda.num-id-campanha-crm</c>, up to 5; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CampaignId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CampaignId { get; set; }

    /// <summary>Cancellation date (<c>CancellationDate</c>, <c>movdis.ped-venda.dt-cancela</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CancellationDate")]
    public LocalDate? CancellationDate { get; set; }

    /// <summary>Why the order was cancelled (<c>CancellationReason</c>, <c>movdis.ped-venda.desc-cancela</c>, up to 2000; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CancellationReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CancellationReason { get; set; }

    /// <summary>The carrier's short name (<c>CarrierName</c>, <c>movdis.ped-venda.nome-transp</c>, up to 12).</summary>
    [JsonPropertyName("CarrierName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CarrierName { get; set; }

    /// <summary>Cif city (<c>CifCity</c>, <c>movdis.ped-venda.cidade-cif</c>, up to 50).</summary>
    [JsonPropertyName("CifCity")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CifCity { get; set; }

    /// <summary>The ERP carrier code, a number (filled by the ERP from CarrierEcommerceId) (<c>CodeCarrier</c>, <c>mgadm.transporte.cod-transp</c>).</summary>
    [JsonPropertyName("CodeCarrier")]
    public int? CodeCarrier { get; set; }

    /// <summary>Code reshipment transp (<c>CodeReshipmentTransp</c>, <c>mgadm.transporte.cod-transp-red</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CodeReshipmentTransp")]
    public int? CodeReshipmentTransp { get; set; }

    /// <summary>Collector code (<c>CollectorCode</c>, <c>movdis.ped-venda.cod-portador</c>).</summary>
    [JsonPropertyName("CollectorCode")]
    public int? CollectorCode { get; set; }

    /// <summary>Free comments (<c>Comments</c>, <c>movdis.ped-venda.observacoes</c>, up to 2000).</summary>
    [JsonPropertyName("Comments")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Comments { get; set; }

    /// <summary>The commercial situation, 1–5 (<c>CommercialSituation</c>, <c>movdis.ped-venda.cod-sit-com</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CommercialSituation")]
    public int? CommercialSituation { get; set; }

    /// <summary>Complete address (<c>CompleteAddress</c>, <c>movdis.ped-venda.endereco_text</c>, up to 2000; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CompleteAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CompleteAddress { get; set; }

    /// <summary>Credit approval date (<c>CreditApprovalDate</c>, <c>movdis.ped-venda.dt-apr-cred</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CreditApprovalDate")]
    public LocalDate? CreditApprovalDate { get; set; }

    /// <summary>Credit lock reason (<c>CreditLockReason</c>, <c>movdis.ped-venda.desc-bloq-cr</c>, up to 500; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CreditLockReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CreditLockReason { get; set; }

    /// <summary>Currency billing code (<c>CurrencyBillingCode</c>, <c>movdis.ped-venda.mo-fatur</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CurrencyBillingCode")]
    public int? CurrencyBillingCode { get; set; }

    /// <summary>Currency code (<c>CurrencyCode</c>, <c>movdis.ped-venda.mo-codigo</c>).</summary>
    [JsonPropertyName("CurrencyCode")]
    public int? CurrencyCode { get; set; }

    /// <summary>The customer's ERP code (<c>CustomerCode</c>, <c>movdis.ped-venda.cod-emitente</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CustomerCode")]
    public long? CustomerCode { get; set; }

    /// <summary>Customer discount (<c>CustomerDiscount</c>, <c>movdis.ped-venda.perc-desco1</c>).</summary>
    [JsonPropertyName("CustomerDiscount")]
    public decimal? CustomerDiscount { get; set; }

    /// <summary>The customer order number; with the short name, the order's natural key. Required (<c>CustomerOrderId</c>, <c>movdis.ped-venda.nr-pedcli</c>).</summary>
    [JsonPropertyName("CustomerOrderId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string CustomerOrderId { get; set; } = string.Empty;

    /// <summary>Customer order type (<c>CustomerOrderType</c>, <c>movdis.ped-venda.tp-pedido</c>).</summary>
    [JsonPropertyName("CustomerOrderType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CustomerOrderType { get; set; }

    /// <summary>Date updated situation (<c>DateUpdatedSituation</c>, <c>movdis.ped-venda.dat-alter-sit</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DateUpdatedSituation")]
    public LocalDate? DateUpdatedSituation { get; set; }

    /// <summary>Delivery city (<c>DeliveryCity</c>, <c>movdis.ped-venda.cidade</c>, up to 50; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DeliveryCity")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryCity { get; set; }

    /// <summary>Delivery code (<c>DeliveryCode</c>, <c>movdis.ped-venda.cod-entrega</c>, up to 12).</summary>
    [JsonPropertyName("DeliveryCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryCode { get; set; }

    /// <summary>Delivery country (<c>DeliveryCountry</c>, <c>movdis.ped-venda.pais</c>, up to 20; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DeliveryCountry")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryCountry { get; set; }

    /// <summary>Delivery date (<c>DeliveryDate</c>, <c>movdis.ped-venda.dt-entrega</c>).</summary>
    [JsonPropertyName("DeliveryDate")]
    public LocalDate? DeliveryDate { get; set; }

    /// <summary>Delivery neighborhood (<c>DeliveryNeighborhood</c>, <c>movdis.ped-venda.bairro</c>, up to 30; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DeliveryNeighborhood")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryNeighborhood { get; set; }

    /// <summary>Delivery place (<c>DeliveryPlace</c>, <c>movdis.ped-venda.local-entreg</c>, up to 40; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DeliveryPlace")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryPlace { get; set; }

    /// <summary>The delivery UF; decides intra- or inter-state natureza (<c>DeliveryState</c>, <c>movdis.ped-venda.estado</c>, up to 4; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DeliveryState")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryState { get; set; }

    /// <summary>The delivery CEP (<c>DeliveryZipCode</c>, <c>movdis.ped-venda.cep</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DeliveryZipCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryZipCode { get; set; }

    /// <summary>Discount amt (<c>DiscountAmt</c>, <c>movdis.ped-venda.vl-desconto</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("DiscountAmt")]
    public decimal? DiscountAmt { get; set; }

    /// <summary>Cascading discounts as Datasul writes them, e.g. "7.5+3.15" (<c>DiscountPercentage</c>, <c>movdis.ped-venda.des-pct-desconto-inform</c>).</summary>
    [JsonPropertyName("DiscountPercentage")]
    public decimal? DiscountPercentage { get; set; }

    /// <summary>The e-mail address (the schema's length of 12 is a slip: not enforced) (<c>Email</c>, <c>movdis.ped-venda.e-mail</c>, up to 40; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("Email")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Email { get; set; }

    /// <summary>The day the customer placed the order. Required (<c>EmissionDate</c>, <c>movdis.ped-venda.dt-emissao</c>).</summary>
    [JsonPropertyName("EmissionDate")]
    public LocalDate EmissionDate { get; set; }

    /// <summary>The credit evaluation situation, 1–6 (3: approved) (<c>EvaluationSituation</c>, <c>movdis.ped-venda.cod-sit-aval</c>, up to 1).</summary>
    [JsonPropertyName("EvaluationSituation")]
    public int? EvaluationSituation { get; set; }

    /// <summary>Financing table (<c>FinancingTable</c>, <c>movdis.ped-venda.nr-tab-finan</c>).</summary>
    [JsonPropertyName("FinancingTable")]
    public int? FinancingTable { get; set; }

    /// <summary>Financing table sequence (<c>FinancingTableSequence</c>, <c>movdis.ped-venda.nr-ind-finan</c>).</summary>
    [JsonPropertyName("FinancingTableSequence")]
    public int? FinancingTableSequence { get; set; }

    /// <summary>Forced approver (<c>ForcedApprover</c>, <c>movdis.ped-venda.aprov-forcado</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ForcedApprover")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ForcedApprover { get; set; }

    /// <summary>Forced release reason (<c>ForcedReleaseReason</c>, <c>movdis.ped-venda.desc-forc-cr</c>, up to 76; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ForcedReleaseReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ForcedReleaseReason { get; set; }

    /// <summary>Freight mode (<c>FreightMode</c>, <c>movdis.ped-venda.char-2,109,8</c>).</summary>
    [JsonPropertyName("FreightMode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FreightMode { get; set; }

    /// <summary>The day the order enters the ERP. Required (<c>ImplantationDate</c>, <c>movdis.ped-venda.dt-implant</c>).</summary>
    [JsonPropertyName("ImplantationDate")]
    public LocalDate ImplantationDate { get; set; }

    /// <summary>Limit billing date (<c>LimitBillingDate</c>, <c>movdis.ped-venda.dt-lim-fat</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("LimitBillingDate")]
    public LocalDate? LimitBillingDate { get; set; }

    /// <summary>Merchandise description (<c>MerchandiseDescription</c>, <c>movdis.ped-venda.cod-des-merc</c>).</summary>
    [JsonPropertyName("MerchandiseDescription")]
    public int? MerchandiseDescription { get; set; }

    /// <summary>Minimum billing date (<c>MinimumBillingDate</c>, <c>movdis.ped-venda.dt-minfat</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("MinimumBillingDate")]
    public LocalDate? MinimumBillingDate { get; set; }

    /// <summary>The collection modality (modalidade) (<c>Modality</c>, <c>movdis.ped-venda.modalidade</c>).</summary>
    [JsonPropertyName("Modality")]
    [JsonConverter(typeof(IntegerEnumConverter<CollectionModality>))]
    public CollectionModality? Modality { get; set; }

    /// <summary>Open amount (<c>OpenAmount</c>, <c>movdis.ped-venda.vl-liq-abe</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OpenAmount")]
    public decimal? OpenAmount { get; set; }

    /// <summary>Operation type code (<c>OperationTypeCode</c>, <c>movdis.ped-venda.cdn-tip-ped</c>).</summary>
    [JsonPropertyName("OperationTypeCode")]
    public int? OperationTypeCode { get; set; }

    /// <summary>Operation type detail (<c>OperationTypeDetail</c>, <c>mgdis.tip-ped-cia.descricao</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OperationTypeDetail")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OperationTypeDetail { get; set; }

    /// <summary>Order amount (<c>OrderAmount</c>, <c>movdis.ped-venda.vl-liq-ped</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OrderAmount")]
    public decimal? OrderAmount { get; set; }

    /// <summary>Whether the order is complete (<c>OrderCompleted</c>, <c>movdis.ped-venda.completo</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OrderCompleted")]
    public bool? OrderCompleted { get; set; }

    /// <summary>The ERP's order number, assigned on creation (<c>OrderId</c>, <c>movdis.ped-venda.nr-pedido</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OrderId")]
    public long? OrderId { get; set; }

    /// <summary>The order's situation (1 Aberto … 7 Faturado Balcão; an undocumented number reads as is) (<c>OrderSituation</c>, <c>movdis.ped-venda.cod-sit-ped</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("OrderSituation")]
    [JsonConverter(typeof(IntegerEnumConverter<OrderSituation>))]
    public OrderSituation? OrderSituation { get; set; }

    /// <summary>Order type (<c>OrderType</c>, <c>movdis.ped-venda.esp-ped</c>, up to 1).</summary>
    [JsonPropertyName("OrderType")]
    public int? OrderType { get; set; }

    /// <summary>Origin (<c>Origin</c>, <c>movdis.ped-venda.origem</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("Origin")]
    public int? Origin { get; set; }

    /// <summary>Original delivery date (<c>OriginalDeliveryDate</c>, <c>movdis.ped-venda.dt-entorig</c>).</summary>
    [JsonPropertyName("OriginalDeliveryDate")]
    public LocalDate? OriginalDeliveryDate { get; set; }

    /// <summary>Payment terms (<c>PaymentTerms</c>, <c>movdis.ped-venda.cod-cond-pag</c>).</summary>
    [JsonPropertyName("PaymentTerms")]
    public int? PaymentTerms { get; set; }

    /// <summary>Payment terms detail (<c>PaymentTermsDetail</c>, <c>mgadm.cond-pagto.descricao</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PaymentTermsDetail")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PaymentTermsDetail { get; set; }

    /// <summary>Percentage freight (<c>PercentageFreight</c>, <c>movdis.ped-venda.val-perc-frete</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PercentageFreight")]
    public decimal? PercentageFreight { get; set; }

    /// <summary>Percentage insurance (<c>PercentageInsurance</c>, <c>movdis.ped-venda.val-perc-seguro</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PercentageInsurance")]
    public decimal? PercentageInsurance { get; set; }

    /// <summary>Percentage packing (<c>PercentagePacking</c>, <c>movdis.ped-venda.val-perc-embal</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PercentagePacking")]
    public decimal? PercentagePacking { get; set; }

    /// <summary>Price order type (<c>PriceOrderType</c>, <c>movdis.ped-venda.tp-preco</c>, up to 1).</summary>
    [JsonPropertyName("PriceOrderType")]
    public int? PriceOrderType { get; set; }

    /// <summary>Price reason (<c>PriceReason</c>, <c>movdis.ped-venda.desc-lib-preco</c>, up to 76; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PriceReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PriceReason { get; set; }

    /// <summary>Price situation (<c>PriceSituation</c>, <c>movdis.ped-venda.cod-sit-preco</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PriceSituation")]
    public int? PriceSituation { get; set; }

    /// <summary>Price table disc perc (<c>PriceTableDiscPerc</c>, <c>movdis.ped-venda.val-pct-desconto-tab-preco</c>).</summary>
    [JsonPropertyName("PriceTableDiscPerc")]
    public decimal? PriceTableDiscPerc { get; set; }

    /// <summary>The order's price table (<c>PriceTableOrder</c>, <c>movdis.ped-venda.nr-tabpre</c>, up to 8).</summary>
    [JsonPropertyName("PriceTableOrder")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PriceTableOrder { get; set; }

    /// <summary>Price table order detail (<c>PriceTableOrderDetail</c>, <c>mgdis.tb-preco.descricao</c>, up to 40; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PriceTableOrderDetail")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PriceTableOrderDetail { get; set; }

    /// <summary>The CPF or CNPJ (mask allowed) (<c>PersonalId</c>, <c>movdis.ped-venda.cgc</c>, up to 19; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PersonalId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PersonalId { get; set; }

    /// <summary>Priority code (<c>PriorityCode</c>, <c>movdis.ped-venda.cod-priori</c>).</summary>
    [JsonPropertyName("PriorityCode")]
    public int? PriorityCode { get; set; }

    /// <summary>Reactivation date (<c>ReactivationDate</c>, <c>movdis.ped-venda.dt-reativ</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ReactivationDate")]
    public LocalDate? ReactivationDate { get; set; }

    /// <summary>Reactivation reason (<c>ReactivationReason</c>, <c>movdis.ped-venda.desc-reativa</c>, up to 2000; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ReactivationReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ReactivationReason { get; set; }

    /// <summary>Representative name (<c>RepresentativeName</c>, <c>mgadm.repres.nome</c>, up to 80; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("RepresentativeName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RepresentativeName { get; set; }

    /// <summary>The representative's order number (PD1001 "Pedido Repres"): where the store's order number belongs (<c>RepresentativeOrderId</c>, <c>movdis.ped-venda.nr-pedrep</c>, up to 12).</summary>
    [JsonPropertyName("RepresentativeOrderId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RepresentativeOrderId { get; set; }

    /// <summary>The representative's short name (<c>RepresentativeShortName</c>, <c>movdis.ped-venda.no-ab-reppri</c>, up to 12).</summary>
    [JsonPropertyName("RepresentativeShortName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RepresentativeShortName { get; set; }

    /// <summary>Reshipment transp (<c>ReshipmentTransp</c>, <c>movdis.ped-venda.nome-tr-red</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ReshipmentTransp")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ReshipmentTransp { get; set; }

    /// <summary>Sales channel (<c>SalesChannel</c>, <c>movdis.ped-venda.cod-canal-venda</c>).</summary>
    [JsonPropertyName("SalesChannel")]
    public int? SalesChannel { get; set; }

    /// <summary>The customer's short name (nome abreviado). Required (<c>ShortName</c>, <c>movdis.ped-venda.nome-abrev</c>, up to 12).</summary>
    [JsonPropertyName("ShortName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string ShortName { get; set; } = string.Empty;

    /// <summary>Suspension date (<c>SuspensionDate</c>, <c>movdis.ped-venda.dt-suspensao</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("SuspensionDate")]
    public LocalDate? SuspensionDate { get; set; }

    /// <summary>Suspension reason (<c>SuspensionReason</c>, <c>movdis.ped-venda.desc-suspend</c>, up to 2000; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("SuspensionReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SuspensionReason { get; set; }

    /// <summary>Total discount (<c>TotalDiscount</c>, <c>movdis.ped-venda.val-desconto-total</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TotalDiscount")]
    public decimal? TotalDiscount { get; set; }

    /// <summary>Total discount percentage (<c>TotalDiscountPercentage</c>, <c>movdis.ped-venda.val-pct-desconto-total</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TotalDiscountPercentage")]
    public decimal? TotalDiscountPercentage { get; set; }

    /// <summary>Total discount value (<c>TotalDiscountValue</c>, <c>movdis.ped-venda.val-pct-desconto-valor</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TotalDiscountValue")]
    public decimal? TotalDiscountValue { get; set; }

    /// <summary>The order's total (<c>TotalOrderAmount</c>, <c>movdis.ped-venda.vl-tot-ped</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("TotalOrderAmount")]
    public decimal? TotalOrderAmount { get; set; }

    /// <summary>The natureza de operação, chosen by the ERP's automatic suggestion when absent (<c>TransactionType</c>, <c>movdis.ped-venda.nat-operacao</c>, up to 6).</summary>
    [JsonPropertyName("TransactionType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TransactionType { get; set; }

    /// <summary>Unit business cod (<c>UnitBusinessCod</c>, <c>movdis.ped-venda.cod-unid-negoc</c>, up to 3; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UnitBusinessCod")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UnitBusinessCod { get; set; }

    /// <summary>Use billing address (<c>UseBillingAddress</c>, <c>movdis.ped-venda.ind-ender-fatur</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UseBillingAddress")]
    public bool? UseBillingAddress { get; set; }

    /// <summary>Use discount table (<c>UseDiscountTable</c>, <c>movdis.ped-venda.log-usa-tabela-desconto</c>).</summary>
    [JsonPropertyName("UseDiscountTable")]
    public bool? UseDiscountTable { get; set; }

    /// <summary>User approver (<c>UserApprover</c>, <c>movdis.ped-venda.user-aprov</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UserApprover")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserApprover { get; set; }

    /// <summary>User cancel (<c>UserCancel</c>, <c>movdis.ped-venda.user-canc</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UserCancel")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserCancel { get; set; }

    /// <summary>User credit approver (<c>UserCreditApprover</c>, <c>movdis.ped-venda.quem-aprovou</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UserCreditApprover")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserCreditApprover { get; set; }

    /// <summary>User last change (<c>UserLastChange</c>, <c>movdis.ped-venda.user-alte</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UserLastChange")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserLastChange { get; set; }

    /// <summary>User updated situation (<c>UserUpdatedSituation</c>, <c>movdis.ped-venda.cod-usu-alt-sit</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UserUpdatedSituation")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserUpdatedSituation { get; set; }

    /// <summary>The freight (<c>ValueFreight</c>, <c>movdis.ped-venda.val-frete</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ValueFreight")]
    public decimal? ValueFreight { get; set; }

    /// <summary>Value insurance (<c>ValueInsurance</c>, <c>movdis.ped-venda.val-seguro</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ValueInsurance")]
    public decimal? ValueInsurance { get; set; }

    /// <summary>Value packing (<c>ValuePacking</c>, <c>movdis.ped-venda.val-embal</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ValuePacking")]
    public decimal? ValuePacking { get; set; }

    /// <summary>Representatives (<c>OrderRepresentatives</c>).</summary>
    [JsonPropertyName("OrderRepresentatives")]
    public IReadOnlyList<OrderRepresentative>? Representatives { get; set; }

    /// <summary>Pre invoicing (<c>PreInvoicing</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("PreInvoicing")]
    public IReadOnlyList<OrderPreInvoicing>? PreInvoicing { get; set; }

    /// <summary>Order items (<c>OrderItems</c>).</summary>
    [JsonPropertyName("OrderItems")]
    public IReadOnlyList<OrderItem> OrderItems { get; set; } = [];

    /// <summary>Custom fields (<c>CustomFields</c>).</summary>
    [JsonPropertyName("CustomFields")]
    public IReadOnlyList<CustomField>? CustomFields { get; set; }

    /// <summary>The e-commerce store (<c>EcommerceStoreCode</c>, SDK extension).</summary>
    [JsonPropertyName("EcommerceStoreCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? EcommerceStoreCode { get; set; }

    /// <summary>The store's own order id (<c>EcommerceOrderId</c>, SDK extension).</summary>
    [JsonPropertyName("EcommerceOrderId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? EcommerceOrderId { get; set; }

    /// <summary>The e-commerce trade policy the prices come from (<c>TradePolicyId</c>, SDK extension).</summary>
    [JsonPropertyName("TradePolicyId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TradePolicyId { get; set; }

    /// <summary>The carrier's e-commerce id, mapped in CD0402 "ID E-commerce" (<c>CarrierEcommerceId</c>, SDK extension).</summary>
    [JsonPropertyName("CarrierEcommerceId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CarrierEcommerceId { get; set; }

    /// <summary>
    /// The customer's CPF or CNPJ (<c>EcommerceCustomerPersonalId</c>, SDK extension; mask allowed): the ERP finds the
    /// customer by it, or creates one from the store's default group. Datasul's <c>PersonalId</c> is read-only in the
    /// published schema: the ERP fills it from this value.
    /// </summary>
    [JsonPropertyName("EcommerceCustomerPersonalId")]
    public CpfOrCnpj? EcommerceCustomerPersonalId { get; set; }

    /// <summary>Where the store delivers the order (<c>EcommerceDeliveryAddress</c>, SDK extension); the ERP fills its read-only <c>Delivery*</c> fields from it.</summary>
    [JsonPropertyName("EcommerceDeliveryAddress")]
    public OrderDeliveryAddress? EcommerceDeliveryAddress { get; set; }

    /// <summary>
    /// The freight the customer paid the store (<c>EcommerceFreight</c>, SDK extension). Datasul's <c>ValueFreight</c> is
    /// read-only in the published schema: the ERP fills it from this value.
    /// </summary>
    [JsonPropertyName("EcommerceFreight")]
    public decimal? EcommerceFreight { get; set; }

    /// <summary>The marketplace where the sale happened (<c>Intermediary</c>, SDK extension).</summary>
    [JsonPropertyName("Intermediary")]
    public OrderIntermediary? Intermediary { get; set; }

    /// <summary>How the customer paid (<c>PaymentMethod</c>, SDK extension).</summary>
    [JsonPropertyName("PaymentMethod")]
    public OrderPaymentMethod? PaymentMethod { get; set; }

    /// <summary>Why the order is not yet released for billing (<c>BillingHold</c>, SDK extension; read-only: set by the ERP).</summary>
    [JsonPropertyName("BillingHold")]
    [JsonConverter(typeof(CamelCaseEnumConverter<BillingHold>))]
    public BillingHold? BillingHold { get; set; }

    /// <summary>When the order last changed in the ERP (<c>LastUpdate</c>, SDK extension; read-only).</summary>
    [JsonPropertyName("LastUpdate")]
    public Instant? LastUpdate { get; set; }

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerOrderId = ").Append(CustomerOrderId)
            .Append(", OrderId = ").Append(OrderId)
            .Append(", EcommerceStoreCode = ").Append(EcommerceStoreCode)
            .Append(", OrderSituation = ").Append(OrderSituation)
            .Append(", OrderItems = ").Append(OrderItems?.Count ?? 0)
            .Append(", personal data hidden");
        return true;
    }
}
