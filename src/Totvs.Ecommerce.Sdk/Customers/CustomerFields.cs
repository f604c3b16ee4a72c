namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>Wire names of a <see cref="Customer"/>'s fields (TOTVS's published <c>CustomersInfo</c>), for <c>$filter</c>, <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class CustomerFields
{
    /// <summary><c>ActivityBranch</c>.</summary>
    public const string ActivityBranch = "ActivityBranch";

    /// <summary><c>AdditionalCredit</c>.</summary>
    public const string AdditionalCredit = "AdditionalCredit";

    /// <summary><c>Address</c>.</summary>
    public const string Address = "Address";

    /// <summary><c>Bank</c>.</summary>
    public const string Bank = "Bank";

    /// <summary><c>BankBranch</c>.</summary>
    public const string BankBranch = "BankBranch";

    /// <summary><c>BillingAddress</c>.</summary>
    public const string BillingAddress = "BillingAddress";

    /// <summary><c>BillingCity</c>.</summary>
    public const string BillingCity = "BillingCity";

    /// <summary><c>BillingCompleteAddress</c>.</summary>
    public const string BillingCompleteAddress = "BillingCompleteAddress";

    /// <summary><c>BillingCountry</c>.</summary>
    public const string BillingCountry = "BillingCountry";

    /// <summary><c>BillingIbgeCode</c>.</summary>
    public const string BillingIbgeCode = "BillingIbgeCode";

    /// <summary><c>BillingNeighborhood</c>.</summary>
    public const string BillingNeighborhood = "BillingNeighborhood";

    /// <summary><c>BillingPersonalId</c>.</summary>
    public const string BillingPersonalId = "BillingPersonalId";

    /// <summary><c>BillingState</c>.</summary>
    public const string BillingState = "BillingState";

    /// <summary><c>BillingZipCode</c>.</summary>
    public const string BillingZipCode = "BillingZipCode";

    /// <summary><c>birthdate</c>.</summary>
    public const string BirthDate = "birthdate";

    /// <summary><c>Category</c>.</summary>
    public const string Category = "Category";

    /// <summary><c>CheckingAccount</c>.</summary>
    public const string CheckingAccount = "CheckingAccount";

    /// <summary><c>City</c>.</summary>
    public const string City = "City";

    /// <summary><c>Comments</c>.</summary>
    public const string Comments = "Comments";

    /// <summary><c>CompleteAddress</c>.</summary>
    public const string CompleteAddress = "CompleteAddress";

    /// <summary><c>Country</c>.</summary>
    public const string Country = "Country";

    /// <summary><c>Credit</c>.</summary>
    public const string Credit = "Credit";

    /// <summary><c>CreditLimit</c>.</summary>
    public const string CreditLimit = "CreditLimit";

    /// <summary><c>CreditLimitCurrency</c>.</summary>
    public const string CreditLimitCurrency = "CreditLimitCurrency";

    /// <summary><c>CreditLimitDate</c>.</summary>
    public const string CreditLimitDate = "CreditLimitDate";

    /// <summary><c>CreditLimitEnd</c>.</summary>
    public const string CreditLimitEnd = "CreditLimitEnd";

    /// <summary><c>CreditSuspendedCustomer</c>. Read-only.</summary>
    public const string CreditSuspendedCustomer = "CreditSuspendedCustomer";

    /// <summary><c>CustomerClassification</c>.</summary>
    public const string CustomerClassification = "CustomerClassification";

    /// <summary><c>CustomerBalance</c>. Read-only.</summary>
    public const string CustomerBalance = "CustomerBalance";

    /// <summary><c>CustomerCode</c>. Read-only.</summary>
    public const string CustomerCode = "CustomerCode";

    /// <summary><c>CustomerGroup</c>.</summary>
    public const string CustomerGroup = "CustomerGroup";

    /// <summary><c>CustomerName</c>.</summary>
    public const string CustomerName = "CustomerName";

    /// <summary><c>DefaultHolder</c>.</summary>
    public const string DefaultHolder = "DefaultHolder";

    /// <summary><c>DefaultModality</c>.</summary>
    public const string DefaultModality = "DefaultModality";

    /// <summary><c>DeliveryCode</c>.</summary>
    public const string DeliveryCode = "DeliveryCode";

    /// <summary><c>Email</c>.</summary>
    public const string Email = "Email";

    /// <summary><c>EntityType</c>.</summary>
    public const string EntityType = "EntityType";

    /// <summary><c>Extension1</c>.</summary>
    public const string Extension1 = "Extension1";

    /// <summary><c>Extension2</c>.</summary>
    public const string Extension2 = "Extension2";

    /// <summary><c>Holder</c>.</summary>
    public const string Holder = "Holder";

    /// <summary><c>HomePage</c>.</summary>
    public const string HomePage = "HomePage";

    /// <summary><c>IbgeCode</c>.</summary>
    public const string IbgeCode = "IbgeCode";

    /// <summary><c>ICMSTaxpayer</c>.</summary>
    public const string IcmsTaxpayer = "ICMSTaxpayer";

    /// <summary><c>ImplementationDate</c>.</summary>
    public const string ImplementationDate = "ImplementationDate";

    /// <summary><c>InterstateTransactionType</c>.</summary>
    public const string InterstateTransactionType = "InterstateTransactionType";

    /// <summary><c>LastSale</c>.</summary>
    public const string LastSale = "LastSale";

    /// <summary><c>Modality</c>.</summary>
    public const string Modality = "Modality";

    /// <summary><c>MonthsInactive</c>.</summary>
    public const string MonthsInactive = "MonthsInactive";

    /// <summary><c>MunicipalRegistration</c>.</summary>
    public const string MunicipalRegistration = "MunicipalRegistration";

    /// <summary><c>Neighborhood</c>.</summary>
    public const string Neighborhood = "Neighborhood";

    /// <summary><c>NFeEmail</c>.</summary>
    public const string NfeEmail = "NFeEmail";

    /// <summary><c>ParentName</c>.</summary>
    public const string ParentName = "ParentName";

    /// <summary><c>PartialInvoicing</c>.</summary>
    public const string PartialInvoicing = "PartialInvoicing";

    /// <summary><c>PaymentTerms</c>.</summary>
    public const string PaymentTerms = "PaymentTerms";

    /// <summary><c>PersonalId</c>.</summary>
    public const string PersonalId = "PersonalId";

    /// <summary><c>Phone1</c>.</summary>
    public const string Phone1 = "Phone1";

    /// <summary><c>Phone2</c>.</summary>
    public const string Phone2 = "Phone2";

    /// <summary><c>PriceTable</c>.</summary>
    public const string PriceTable = "PriceTable";

    /// <summary><c>ProductLine</c>.</summary>
    public const string ProductLine = "ProductLine";

    /// <summary><c>registrationINSS</c>.</summary>
    public const string InssRegistration = "registrationINSS";

    /// <summary><c>RegionCode</c>. Read-only.</summary>
    public const string RegionCode = "RegionCode";

    /// <summary><c>RepresentativeCode</c>.</summary>
    public const string RepresentativeCode = "RepresentativeCode";

    /// <summary><c>salesChannel</c>.</summary>
    public const string SalesChannel = "salesChannel";

    /// <summary><c>ShortName</c>.</summary>
    public const string ShortName = "ShortName";

    /// <summary><c>ShortRegion</c>.</summary>
    public const string ShortRegion = "ShortRegion";

    /// <summary><c>StandardCarrierCode</c>.</summary>
    public const string StandardCarrierCode = "StandardCarrierCode";

    /// <summary><c>State</c>.</summary>
    public const string State = "State";

    /// <summary><c>StateRegistration</c>.</summary>
    public const string StateRegistration = "StateRegistration";

    /// <summary><c>SupplierGroup</c>.</summary>
    public const string SupplierGroup = "SupplierGroup";

    /// <summary><c>TradeName</c>.</summary>
    public const string TradeName = "TradeName";

    /// <summary><c>TransactionType</c>.</summary>
    public const string TransactionType = "TransactionType";

    /// <summary><c>Type</c>.</summary>
    public const string Type = "Type";

    /// <summary><c>UpdateDate</c>. Read-only.</summary>
    public const string UpdateDate = "UpdateDate";

    /// <summary><c>UpdateTime</c>. Read-only.</summary>
    public const string UpdateTime = "UpdateTime";

    /// <summary><c>ZipCode</c>.</summary>
    public const string ZipCode = "ZipCode";

    /// <summary><c>Telefax</c>.</summary>
    public const string Telefax = "Telefax";

    /// <summary><c>Telex</c>.</summary>
    public const string Telex = "Telex";

    /// <summary><c>LastUpdate</c>. Read-only.</summary>
    public const string LastUpdate = "LastUpdate";

    /// <summary><c>BillingCustomer</c>. Read-only.</summary>
    public const string BillingCustomer = "BillingCustomer";

    /// <summary><c>StandardRevenue</c>.</summary>
    public const string StandardRevenue = "StandardRevenue";

    /// <summary><c>MailingAddressCountry</c>.</summary>
    public const string MailingAddressCountry = "MailingAddressCountry";

    /// <summary><c>BillingAddressCountry</c>.</summary>
    public const string BillingAddressCountry = "BillingAddressCountry";

    /// <summary><c>CustomerContacts</c>.</summary>
    public const string Contacts = "CustomerContacts";

    /// <summary><c>DeliveryPlaces</c>.</summary>
    public const string DeliveryPlaces = "DeliveryPlaces";

    /// <summary><c>CustomFields</c>.</summary>
    public const string CustomFields = "CustomFields";
}
