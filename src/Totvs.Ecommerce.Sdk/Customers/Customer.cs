using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// A customer of apiCustomerPublic (TOTVS Mensagem Padronizada <c>CustomersInfo</c>, UpperCamelCase): every field of the
/// published schema with its published JSON type. Read-only fields are never sent.
/// </summary>
public sealed record Customer
{
    /// <summary>Activity branch (<c>ActivityBranch</c>, <c>mgadm.emitente.atividade</c>, up to 12).</summary>
    [JsonPropertyName("ActivityBranch")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ActivityBranch { get; set; }

    /// <summary>Additional credit (<c>AdditionalCredit</c>, <c>mgadm.emitente.lim-adicional</c>).</summary>
    [JsonPropertyName("AdditionalCredit")]
    public decimal? AdditionalCredit { get; set; }

    /// <summary>The street and number (<c>Address</c>, <c>mgadm.emitente.endereco</c>, up to 40).</summary>
    [JsonPropertyName("Address")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string Address { get; set; } = string.Empty;

    /// <summary>Bank (<c>Bank</c>, <c>mgadm.emitente.cod-banco</c>).</summary>
    [JsonPropertyName("Bank")]
    public int? Bank { get; set; }

    /// <summary>Bank branch (<c>BankBranch</c>, <c>mgadm.emitente.cod-banco</c>, up to 8).</summary>
    [JsonPropertyName("BankBranch")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BankBranch { get; set; }

    /// <summary>Billing address (<c>BillingAddress</c>, <c>mgadm.emitente.endereco-cob</c>, up to 40).</summary>
    [JsonPropertyName("BillingAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingAddress { get; set; }

    /// <summary>Billing city (<c>BillingCity</c>, <c>mgadm.emitente.cidade-cob</c>, up to 50).</summary>
    [JsonPropertyName("BillingCity")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingCity { get; set; }

    /// <summary>Billing complete address (<c>BillingCompleteAddress</c>, <c>mgadm.emitente.endereco-cob-text</c>, up to 2000).</summary>
    [JsonPropertyName("BillingCompleteAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingCompleteAddress { get; set; }

    /// <summary>Billing country (<c>BillingCountry</c>, <c>mgadm.emitente.pais-cob</c>, up to 20).</summary>
    [JsonPropertyName("BillingCountry")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingCountry { get; set; }

    /// <summary>Billing ibge code (<c>BillingIbgeCode</c>, <c>mgdis.cidade.cdn-munpio-ibge</c>).</summary>
    [JsonPropertyName("BillingIbgeCode")]
    public int? BillingIbgeCode { get; set; }

    /// <summary>Billing neighborhood (<c>BillingNeighborhood</c>, <c>mgadm.emitente.bairro-cob</c>, up to 30).</summary>
    [JsonPropertyName("BillingNeighborhood")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingNeighborhood { get; set; }

    /// <summary>Billing personal id (<c>BillingPersonalId</c>, <c>mgadm.emitente.cgc-cob</c>, up to 19).</summary>
    [JsonPropertyName("BillingPersonalId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingPersonalId { get; set; }

    /// <summary>Billing state (<c>BillingState</c>, <c>mgadm.emitente.estado-cob</c>, up to 4).</summary>
    [JsonPropertyName("BillingState")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingState { get; set; }

    /// <summary>Billing zip code (<c>BillingZipCode</c>, <c>mgadm.emitente.cep-cob</c>, up to 12).</summary>
    [JsonPropertyName("BillingZipCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillingZipCode { get; set; }

    /// <summary>Birth date (<c>birthdate</c>, <c>mgadm.emitente.dat-nasc</c>).</summary>
    [JsonPropertyName("birthdate")]
    public LocalDate? BirthDate { get; set; }

    /// <summary>Category (<c>Category</c>, <c>mgadm.emitente.categoria</c>).</summary>
    [JsonPropertyName("Category")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Category { get; set; }

    /// <summary>Checking account (<c>CheckingAccount</c>, <c>mgadm.emitente.conta-corren</c>, up to 20).</summary>
    [JsonPropertyName("CheckingAccount")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CheckingAccount { get; set; }

    /// <summary>The city (<c>City</c>, <c>mgadm.emitente.cidade</c>, up to 50).</summary>
    [JsonPropertyName("City")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? City { get; set; }

    /// <summary>Free comments (<c>Comments</c>, <c>mgadm.emitente.observacoes</c>, up to 2000).</summary>
    [JsonPropertyName("Comments")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Comments { get; set; }

    /// <summary>Complete address (<c>CompleteAddress</c>, <c>mgadm.emitente.endereco_text</c>, up to 2000).</summary>
    [JsonPropertyName("CompleteAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CompleteAddress { get; set; }

    /// <summary>The country (<c>Country</c>, <c>mgadm.emitente.pais</c>, up to 20).</summary>
    [JsonPropertyName("Country")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string Country { get; set; } = string.Empty;

    /// <summary>The credit situation (1 Normal … 5 Pagamento à Vista) (<c>Credit</c>, <c>mgadm.emitente.ind-cre-cli</c>, up to 1).</summary>
    [JsonPropertyName("Credit")]
    [JsonConverter(typeof(IntegerEnumConverter<CreditSituation>))]
    public CreditSituation? Credit { get; set; }

    /// <summary>Credit limit (<c>CreditLimit</c>, <c>mgadm.emitente.lim-credito</c>).</summary>
    [JsonPropertyName("CreditLimit")]
    public decimal? CreditLimit { get; set; }

    /// <summary>Credit limit currency (<c>CreditLimitCurrency</c>, <c>mgadm.emitente.moeda-libcre</c>).</summary>
    [JsonPropertyName("CreditLimitCurrency")]
    public int? CreditLimitCurrency { get; set; }

    /// <summary>Credit limit date (<c>CreditLimitDate</c>, <c>mgadm.emitente.dt-lim-cred</c>).</summary>
    [JsonPropertyName("CreditLimitDate")]
    public LocalDate? CreditLimitDate { get; set; }

    /// <summary>Credit limit end (<c>CreditLimitEnd</c>, <c>mgadm.emitente.dt-fim-cred</c>).</summary>
    [JsonPropertyName("CreditLimitEnd")]
    public LocalDate? CreditLimitEnd { get; set; }

    /// <summary>Credit suspended customer (<c>CreditSuspendedCustomer</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CreditSuspendedCustomer")]
    public bool? CreditSuspendedCustomer { get; set; }

    /// <summary>Customer classification (<c>CustomerClassification</c>, <c>mgadm.emitente.dt-fim-cred</c>, up to 1).</summary>
    [JsonPropertyName("CustomerClassification")]
    public int? CustomerClassification { get; set; }

    /// <summary>Customer balance (<c>CustomerBalance</c>, <c>movdis.calc-cr-clien.val-sdo-atual</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CustomerBalance")]
    public decimal? CustomerBalance { get; set; }

    /// <summary>The customer's ERP code (<c>CustomerCode</c>, <c>mgadm.emitente.cod-emitente</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CustomerCode")]
    public long? CustomerCode { get; set; }

    /// <summary>The customer group (CD0701). Required (<c>CustomerGroup</c>, <c>mgadm.emitente.cod-gr-cli</c>).</summary>
    [JsonPropertyName("CustomerGroup")]
    public int CustomerGroup { get; set; }

    /// <summary>The customer's name. Required (<c>CustomerName</c>, <c>mgadm.emitente.nome-emit</c>, up to 80).</summary>
    [JsonPropertyName("CustomerName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string CustomerName { get; set; } = string.Empty;

    /// <summary>Default holder (<c>DefaultHolder</c>, <c>mgadm.emitente.port-prefer</c>).</summary>
    [JsonPropertyName("DefaultHolder")]
    public int? DefaultHolder { get; set; }

    /// <summary>The preferred collection modality (<c>DefaultModality</c>, <c>mgadm.emitente.mod-prefer</c>, up to 1).</summary>
    [JsonPropertyName("DefaultModality")]
    [JsonConverter(typeof(IntegerEnumConverter<CollectionModality>))]
    public CollectionModality? DefaultModality { get; set; }

    /// <summary>Delivery code (<c>DeliveryCode</c>, <c>mgadm.emitente.cod-entrega</c>, up to 12).</summary>
    [JsonPropertyName("DeliveryCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryCode { get; set; }

    /// <summary>The e-mail address (the schema's length of 12 is a slip: not enforced) (<c>Email</c>, <c>mgadm.emitente.e-mail</c>, up to 12).</summary>
    [JsonPropertyName("Email")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Email { get; set; }

    /// <summary>Pessoa Física, Jurídica, Estrangeiro or Trading (<c>EntityType</c>, <c>mgadm.emitente.natureza</c>, up to 1).</summary>
    [JsonPropertyName("EntityType")]
    [JsonConverter(typeof(IntegerEnumConverter<EntityType>))]
    public EntityType? EntityType { get; set; }

    /// <summary>Extension1 (<c>Extension1</c>, <c>mgadm.emitente.ramal[1]</c>).</summary>
    [JsonPropertyName("Extension1")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Extension1 { get; set; }

    /// <summary>Extension2 (<c>Extension2</c>, <c>mgadm.emitente.ramal[2]</c>).</summary>
    [JsonPropertyName("Extension2")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Extension2 { get; set; }

    /// <summary>Holder (<c>Holder</c>, <c>mgadm.emitente.portador</c>).</summary>
    [JsonPropertyName("Holder")]
    public int? Holder { get; set; }

    /// <summary>Home page (<c>HomePage</c>, <c>mgadm.emitente.home-page</c>, up to 40).</summary>
    [JsonPropertyName("HomePage")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? HomePage { get; set; }

    /// <summary>The city's IBGE code, a number (<c>IbgeCode</c>, <c>mgdis.cidade.cdn-munpio-ibge</c>).</summary>
    [JsonPropertyName("IbgeCode")]
    public int? IbgeCode { get; set; }

    /// <summary>Whether the customer pays ICMS (<c>ICMSTaxpayer</c>, <c>mgadm.emitente.contrib-icms</c>).</summary>
    [JsonPropertyName("ICMSTaxpayer")]
    public bool? IcmsTaxpayer { get; set; }

    /// <summary>Implementation date (<c>ImplementationDate</c>, <c>mgadm.emitente.data-implant</c>).</summary>
    [JsonPropertyName("ImplementationDate")]
    public LocalDate? ImplementationDate { get; set; }

    /// <summary>The inter-state natureza de operação (<c>InterstateTransactionType</c>, <c>mgadm.emitente.nat-ope-ext</c>, up to 6).</summary>
    [JsonPropertyName("InterstateTransactionType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? InterstateTransactionType { get; set; }

    /// <summary>Last sale (<c>LastSale</c>, <c>mgadm.emitente.dt-ult-venda</c>).</summary>
    [JsonPropertyName("LastSale")]
    public LocalDate? LastSale { get; set; }

    /// <summary>The collection modality (modalidade) (<c>Modality</c>, <c>mgadm.emitente.modalidade</c>, up to 1).</summary>
    [JsonPropertyName("Modality")]
    [JsonConverter(typeof(IntegerEnumConverter<CollectionModality>))]
    public CollectionModality Modality { get; set; }

    /// <summary>Months inactive (<c>MonthsInactive</c>, <c>mgadm.emitente.nr-mesina</c>).</summary>
    [JsonPropertyName("MonthsInactive")]
    public int? MonthsInactive { get; set; }

    /// <summary>Municipal registration (<c>MunicipalRegistration</c>, <c>mgadm.emitente.ins-municipal</c>).</summary>
    [JsonPropertyName("MunicipalRegistration")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MunicipalRegistration { get; set; }

    /// <summary>The neighbourhood (<c>Neighborhood</c>, <c>mgadm.emitente.bairro</c>, up to 30).</summary>
    [JsonPropertyName("Neighborhood")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Neighborhood { get; set; }

    /// <summary>Where NF-e are sent (<c>NFeEmail</c>, <c>mgadm.emitente.cod-email-nfe</c>, up to 500).</summary>
    [JsonPropertyName("NFeEmail")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? NfeEmail { get; set; }

    /// <summary>Parent name (<c>ParentName</c>, <c>mgadm.emitente.nome-matriz</c>, up to 12).</summary>
    [JsonPropertyName("ParentName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ParentName { get; set; }

    /// <summary>Partial invoicing (<c>PartialInvoicing</c>, <c>mgadm.emitente.ind-fat-par</c>).</summary>
    [JsonPropertyName("PartialInvoicing")]
    public bool? PartialInvoicing { get; set; }

    /// <summary>Payment terms (<c>PaymentTerms</c>, <c>mgadm.emitente.cod-cond-pag</c>).</summary>
    [JsonPropertyName("PaymentTerms")]
    public int? PaymentTerms { get; set; }

    /// <summary>The CPF or CNPJ (mask allowed) (<c>PersonalId</c>, <c>mgadm.emitente.cgc</c>, up to 19).</summary>
    [JsonPropertyName("PersonalId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PersonalId { get; set; }

    /// <summary>Phone1 (<c>Phone1</c>, <c>mgadm.emitente.telefone[1]</c>).</summary>
    [JsonPropertyName("Phone1")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Phone1 { get; set; }

    /// <summary>Phone2 (<c>Phone2</c>, <c>mgadm.emitente.telefone[2]</c>).</summary>
    [JsonPropertyName("Phone2")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Phone2 { get; set; }

    /// <summary>The price table (<c>PriceTable</c>, <c>mgadm.emitente.nr-tabpre</c>, up to 8).</summary>
    [JsonPropertyName("PriceTable")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PriceTable { get; set; }

    /// <summary>Product line (<c>ProductLine</c>, <c>mgadm.emitente.linha-produt</c>, up to 8).</summary>
    [JsonPropertyName("ProductLine")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ProductLine { get; set; }

    /// <summary>Inss registration (<c>registrationINSS</c>, <c>mgadm.emitente.cod-inscr-inss</c>, up to 20).</summary>
    [JsonPropertyName("registrationINSS")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? InssRegistration { get; set; }

    /// <summary>Region code (<c>RegionCode</c>, <c>mgadm.micro-reg.nome-ab-reg</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("RegionCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RegionCode { get; set; }

    /// <summary>The representative's code. Required (<c>RepresentativeCode</c>, <c>mgadm.emitente.cod-rep</c>).</summary>
    [JsonPropertyName("RepresentativeCode")]
    public int RepresentativeCode { get; set; }

    /// <summary>Sales channel (<c>salesChannel</c>, <c>mgadm.emitente.cod-canal-venda</c>).</summary>
    [JsonPropertyName("salesChannel")]
    public int? SalesChannel { get; set; }

    /// <summary>The customer's short name (nome abreviado). Required (<c>ShortName</c>, <c>mgadm.emitente.nome-abrev</c>, up to 12).</summary>
    [JsonPropertyName("ShortName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string ShortName { get; set; } = string.Empty;

    /// <summary>Short region (<c>ShortRegion</c>, <c>mgadm.emitente.nome-mic-reg</c>, up to 12).</summary>
    [JsonPropertyName("ShortRegion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ShortRegion { get; set; }

    /// <summary>Standard carrier code (<c>StandardCarrierCode</c>, <c>mgadm.emitente.cod-transp</c>).</summary>
    [JsonPropertyName("StandardCarrierCode")]
    public int? StandardCarrierCode { get; set; }

    /// <summary>The UF (<c>State</c>, <c>mgadm.emitente.estado</c>, up to 4).</summary>
    [JsonPropertyName("State")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? State { get; set; }

    /// <summary>The state registration (inscrição estadual) (<c>StateRegistration</c>, <c>mgadm.emitente.ins-estadual</c>, up to 4).</summary>
    [JsonPropertyName("StateRegistration")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? StateRegistration { get; set; }

    /// <summary>Supplier group (<c>SupplierGroup</c>, <c>mgadm.emitente.cod-gr-forn</c>).</summary>
    [JsonPropertyName("SupplierGroup")]
    public int? SupplierGroup { get; set; }

    /// <summary>Trade name (<c>TradeName</c>, <c>mgadm.emitente.nom-fantasia</c>, up to 60).</summary>
    [JsonPropertyName("TradeName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TradeName { get; set; }

    /// <summary>The natureza de operação, chosen by the ERP's automatic suggestion when absent (<c>TransactionType</c>, <c>mgadm.emitente.nat-operacao</c>, up to 6).</summary>
    [JsonPropertyName("TransactionType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TransactionType { get; set; }

    /// <summary>Type (<c>Type</c>, <c>mgadm.emitente.nat-operacao</c>, up to 1).</summary>
    [JsonPropertyName("Type")]
    public int? Type { get; set; }

    /// <summary>Update date (<c>UpdateDate</c>, <c>mgadm.emitente.dt-atualiza</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UpdateDate")]
    public LocalDate? UpdateDate { get; set; }

    /// <summary>Update time (<c>UpdateTime</c>, <c>mgadm.emitente.hra-atualiz</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("UpdateTime")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UpdateTime { get; set; }

    /// <summary>The CEP (<c>ZipCode</c>, <c>mgadm.emitente.cep</c>, up to 12).</summary>
    [JsonPropertyName("ZipCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ZipCode { get; set; }

    /// <summary>Telefax (<c>Telefax</c>, <c>mgadm.emitente.telefax</c>, up to 15).</summary>
    [JsonPropertyName("Telefax")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Telefax { get; set; }

    /// <summary>Telex (<c>Telex</c>, <c>mgadm.emitente.telex</c>, up to 15).</summary>
    [JsonPropertyName("Telex")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Telex { get; set; }

    /// <summary>Billing customer (<c>BillingCustomer</c>, <c>mgadm.emitente.end-cobranca</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("BillingCustomer")]
    public long? BillingCustomer { get; set; }

    /// <summary>Standard revenue (<c>StandardRevenue</c>, <c>mgadm.emitente.tp-rec-padrao</c>).</summary>
    [JsonPropertyName("StandardRevenue")]
    public int? StandardRevenue { get; set; }

    /// <summary>Mailing address country (<c>MailingAddressCountry</c>).</summary>
    [JsonPropertyName("MailingAddressCountry")]
    public CountryInfo? MailingAddressCountry { get; set; }

    /// <summary>Billing address country (<c>BillingAddressCountry</c>).</summary>
    [JsonPropertyName("BillingAddressCountry")]
    public CountryInfo? BillingAddressCountry { get; set; }

    /// <summary>Contacts (<c>CustomerContacts</c>).</summary>
    [JsonPropertyName("CustomerContacts")]
    public IReadOnlyList<CustomerContact>? Contacts { get; set; }

    /// <summary>Delivery places (<c>DeliveryPlaces</c>).</summary>
    [JsonPropertyName("DeliveryPlaces")]
    public IReadOnlyList<DeliveryPlace>? DeliveryPlaces { get; set; }

    /// <summary>Custom fields (<c>CustomFields</c>).</summary>
    [JsonPropertyName("CustomFields")]
    public IReadOnlyList<CustomField>? CustomFields { get; set; }

    /// <summary>When the customer last changed in the ERP (<c>LastUpdate</c>; read-only).</summary>
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
        builder.Append("CustomerCode = ").Append(CustomerCode)
            .Append(", EntityType = ").Append(EntityType)
            .Append(", State = ").Append(State)
            .Append(", personal data hidden");
        return true;
    }
}
