namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>Wire names of an <see cref="Order"/>'s fields (TOTVS's published <c>OrdersInfo</c>, plus the SDK's e-commerce extension), for <c>$filter</c>, <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class OrderFields
{
    /// <summary><c>AllocationSituation</c>. Read-only.</summary>
    public const string AllocationSituation = "AllocationSituation";

    /// <summary><c>BranchId</c>.</summary>
    public const string BranchId = "BranchId";

    /// <summary><c>CampaignId</c>. Read-only.</summary>
    public const string CampaignId = "CampaignId";

    /// <summary><c>CancellationDate</c>. Read-only.</summary>
    public const string CancellationDate = "CancellationDate";

    /// <summary><c>CancellationReason</c>. Read-only.</summary>
    public const string CancellationReason = "CancellationReason";

    /// <summary><c>CarrierName</c>.</summary>
    public const string CarrierName = "CarrierName";

    /// <summary><c>CifCity</c>.</summary>
    public const string CifCity = "CifCity";

    /// <summary><c>CodeCarrier</c>.</summary>
    public const string CodeCarrier = "CodeCarrier";

    /// <summary><c>CodeReshipmentTransp</c>. Read-only.</summary>
    public const string CodeReshipmentTransp = "CodeReshipmentTransp";

    /// <summary><c>CollectorCode</c>.</summary>
    public const string CollectorCode = "CollectorCode";

    /// <summary><c>Comments</c>.</summary>
    public const string Comments = "Comments";

    /// <summary><c>CommercialSituation</c>. Read-only.</summary>
    public const string CommercialSituation = "CommercialSituation";

    /// <summary><c>CompleteAddress</c>. Read-only.</summary>
    public const string CompleteAddress = "CompleteAddress";

    /// <summary><c>CreditApprovalDate</c>. Read-only.</summary>
    public const string CreditApprovalDate = "CreditApprovalDate";

    /// <summary><c>CreditLockReason</c>. Read-only.</summary>
    public const string CreditLockReason = "CreditLockReason";

    /// <summary><c>CurrencyBillingCode</c>. Read-only.</summary>
    public const string CurrencyBillingCode = "CurrencyBillingCode";

    /// <summary><c>CurrencyCode</c>.</summary>
    public const string CurrencyCode = "CurrencyCode";

    /// <summary><c>CustomerCode</c>. Read-only.</summary>
    public const string CustomerCode = "CustomerCode";

    /// <summary><c>CustomerDiscount</c>.</summary>
    public const string CustomerDiscount = "CustomerDiscount";

    /// <summary><c>CustomerOrderId</c>.</summary>
    public const string CustomerOrderId = "CustomerOrderId";

    /// <summary><c>CustomerOrderType</c>.</summary>
    public const string CustomerOrderType = "CustomerOrderType";

    /// <summary><c>DateUpdatedSituation</c>. Read-only.</summary>
    public const string DateUpdatedSituation = "DateUpdatedSituation";

    /// <summary><c>DeliveryCity</c>. Read-only.</summary>
    public const string DeliveryCity = "DeliveryCity";

    /// <summary><c>DeliveryCode</c>.</summary>
    public const string DeliveryCode = "DeliveryCode";

    /// <summary><c>DeliveryCountry</c>. Read-only.</summary>
    public const string DeliveryCountry = "DeliveryCountry";

    /// <summary><c>DeliveryDate</c>.</summary>
    public const string DeliveryDate = "DeliveryDate";

    /// <summary><c>DeliveryNeighborhood</c>. Read-only.</summary>
    public const string DeliveryNeighborhood = "DeliveryNeighborhood";

    /// <summary><c>DeliveryPlace</c>. Read-only.</summary>
    public const string DeliveryPlace = "DeliveryPlace";

    /// <summary><c>DeliveryState</c>. Read-only.</summary>
    public const string DeliveryState = "DeliveryState";

    /// <summary><c>DeliveryZipCode</c>. Read-only.</summary>
    public const string DeliveryZipCode = "DeliveryZipCode";

    /// <summary><c>DiscountAmt</c>. Read-only.</summary>
    public const string DiscountAmt = "DiscountAmt";

    /// <summary><c>DiscountPercentage</c>.</summary>
    public const string DiscountPercentage = "DiscountPercentage";

    /// <summary><c>Email</c>. Read-only.</summary>
    public const string Email = "Email";

    /// <summary><c>EmissionDate</c>.</summary>
    public const string EmissionDate = "EmissionDate";

    /// <summary><c>EvaluationSituation</c>.</summary>
    public const string EvaluationSituation = "EvaluationSituation";

    /// <summary><c>FinancingTable</c>.</summary>
    public const string FinancingTable = "FinancingTable";

    /// <summary><c>FinancingTableSequence</c>.</summary>
    public const string FinancingTableSequence = "FinancingTableSequence";

    /// <summary><c>ForcedApprover</c>. Read-only.</summary>
    public const string ForcedApprover = "ForcedApprover";

    /// <summary><c>ForcedReleaseReason</c>. Read-only.</summary>
    public const string ForcedReleaseReason = "ForcedReleaseReason";

    /// <summary><c>FreightMode</c>.</summary>
    public const string FreightMode = "FreightMode";

    /// <summary><c>ImplantationDate</c>.</summary>
    public const string ImplantationDate = "ImplantationDate";

    /// <summary><c>LimitBillingDate</c>. Read-only.</summary>
    public const string LimitBillingDate = "LimitBillingDate";

    /// <summary><c>MerchandiseDescription</c>.</summary>
    public const string MerchandiseDescription = "MerchandiseDescription";

    /// <summary><c>MinimumBillingDate</c>. Read-only.</summary>
    public const string MinimumBillingDate = "MinimumBillingDate";

    /// <summary><c>Modality</c>.</summary>
    public const string Modality = "Modality";

    /// <summary><c>OpenAmount</c>. Read-only.</summary>
    public const string OpenAmount = "OpenAmount";

    /// <summary><c>OperationTypeCode</c>.</summary>
    public const string OperationTypeCode = "OperationTypeCode";

    /// <summary><c>OperationTypeDetail</c>. Read-only.</summary>
    public const string OperationTypeDetail = "OperationTypeDetail";

    /// <summary><c>OrderAmount</c>. Read-only.</summary>
    public const string OrderAmount = "OrderAmount";

    /// <summary><c>OrderCompleted</c>. Read-only.</summary>
    public const string OrderCompleted = "OrderCompleted";

    /// <summary><c>OrderId</c>. Read-only.</summary>
    public const string OrderId = "OrderId";

    /// <summary><c>OrderSituation</c>. Read-only.</summary>
    public const string OrderSituation = "OrderSituation";

    /// <summary><c>OrderType</c>.</summary>
    public const string OrderType = "OrderType";

    /// <summary><c>Origin</c>. Read-only.</summary>
    public const string Origin = "Origin";

    /// <summary><c>OriginalDeliveryDate</c>.</summary>
    public const string OriginalDeliveryDate = "OriginalDeliveryDate";

    /// <summary><c>PaymentTerms</c>.</summary>
    public const string PaymentTerms = "PaymentTerms";

    /// <summary><c>PaymentTermsDetail</c>. Read-only.</summary>
    public const string PaymentTermsDetail = "PaymentTermsDetail";

    /// <summary><c>PercentageFreight</c>. Read-only.</summary>
    public const string PercentageFreight = "PercentageFreight";

    /// <summary><c>PercentageInsurance</c>. Read-only.</summary>
    public const string PercentageInsurance = "PercentageInsurance";

    /// <summary><c>PercentagePacking</c>. Read-only.</summary>
    public const string PercentagePacking = "PercentagePacking";

    /// <summary><c>PriceOrderType</c>.</summary>
    public const string PriceOrderType = "PriceOrderType";

    /// <summary><c>PriceReason</c>. Read-only.</summary>
    public const string PriceReason = "PriceReason";

    /// <summary><c>PriceSituation</c>. Read-only.</summary>
    public const string PriceSituation = "PriceSituation";

    /// <summary><c>PriceTableDiscPerc</c>.</summary>
    public const string PriceTableDiscPerc = "PriceTableDiscPerc";

    /// <summary><c>PriceTableOrder</c>.</summary>
    public const string PriceTableOrder = "PriceTableOrder";

    /// <summary><c>PriceTableOrderDetail</c>. Read-only.</summary>
    public const string PriceTableOrderDetail = "PriceTableOrderDetail";

    /// <summary><c>PersonalId</c>. Read-only.</summary>
    public const string PersonalId = "PersonalId";

    /// <summary><c>PriorityCode</c>.</summary>
    public const string PriorityCode = "PriorityCode";

    /// <summary><c>ReactivationDate</c>. Read-only.</summary>
    public const string ReactivationDate = "ReactivationDate";

    /// <summary><c>ReactivationReason</c>. Read-only.</summary>
    public const string ReactivationReason = "ReactivationReason";

    /// <summary><c>RepresentativeName</c>. Read-only.</summary>
    public const string RepresentativeName = "RepresentativeName";

    /// <summary><c>RepresentativeOrderId</c>.</summary>
    public const string RepresentativeOrderId = "RepresentativeOrderId";

    /// <summary><c>RepresentativeShortName</c>.</summary>
    public const string RepresentativeShortName = "RepresentativeShortName";

    /// <summary><c>ReshipmentTransp</c>. Read-only.</summary>
    public const string ReshipmentTransp = "ReshipmentTransp";

    /// <summary><c>SalesChannel</c>.</summary>
    public const string SalesChannel = "SalesChannel";

    /// <summary><c>ShortName</c>.</summary>
    public const string ShortName = "ShortName";

    /// <summary><c>SuspensionDate</c>. Read-only.</summary>
    public const string SuspensionDate = "SuspensionDate";

    /// <summary><c>SuspensionReason</c>. Read-only.</summary>
    public const string SuspensionReason = "SuspensionReason";

    /// <summary><c>TotalDiscount</c>. Read-only.</summary>
    public const string TotalDiscount = "TotalDiscount";

    /// <summary><c>TotalDiscountPercentage</c>. Read-only.</summary>
    public const string TotalDiscountPercentage = "TotalDiscountPercentage";

    /// <summary><c>TotalDiscountValue</c>. Read-only.</summary>
    public const string TotalDiscountValue = "TotalDiscountValue";

    /// <summary><c>TotalOrderAmount</c>. Read-only.</summary>
    public const string TotalOrderAmount = "TotalOrderAmount";

    /// <summary><c>TransactionType</c>.</summary>
    public const string TransactionType = "TransactionType";

    /// <summary><c>UnitBusinessCod</c>. Read-only.</summary>
    public const string UnitBusinessCod = "UnitBusinessCod";

    /// <summary><c>UseBillingAddress</c>. Read-only.</summary>
    public const string UseBillingAddress = "UseBillingAddress";

    /// <summary><c>UseDiscountTable</c>.</summary>
    public const string UseDiscountTable = "UseDiscountTable";

    /// <summary><c>UserApprover</c>. Read-only.</summary>
    public const string UserApprover = "UserApprover";

    /// <summary><c>UserCancel</c>. Read-only.</summary>
    public const string UserCancel = "UserCancel";

    /// <summary><c>UserCreditApprover</c>. Read-only.</summary>
    public const string UserCreditApprover = "UserCreditApprover";

    /// <summary><c>UserLastChange</c>. Read-only.</summary>
    public const string UserLastChange = "UserLastChange";

    /// <summary><c>UserUpdatedSituation</c>. Read-only.</summary>
    public const string UserUpdatedSituation = "UserUpdatedSituation";

    /// <summary><c>ValueFreight</c>. Read-only.</summary>
    public const string ValueFreight = "ValueFreight";

    /// <summary><c>ValueInsurance</c>. Read-only.</summary>
    public const string ValueInsurance = "ValueInsurance";

    /// <summary><c>ValuePacking</c>. Read-only.</summary>
    public const string ValuePacking = "ValuePacking";

    /// <summary><c>OrderRepresentatives</c>.</summary>
    public const string Representatives = "OrderRepresentatives";

    /// <summary><c>PreInvoicing</c>. Read-only.</summary>
    public const string PreInvoicing = "PreInvoicing";

    /// <summary><c>OrderItems</c>.</summary>
    public const string OrderItems = "OrderItems";

    /// <summary><c>CustomFields</c>.</summary>
    public const string CustomFields = "CustomFields";

    /// <summary><c>EcommerceStoreCode</c>: the e-commerce store (SDK extension).</summary>
    public const string EcommerceStoreCode = "EcommerceStoreCode";

    /// <summary><c>EcommerceOrderId</c>: the store's order id (SDK extension).</summary>
    public const string EcommerceOrderId = "EcommerceOrderId";

    /// <summary><c>TradePolicyId</c>: the trade policy (SDK extension).</summary>
    public const string TradePolicyId = "TradePolicyId";

    /// <summary><c>CarrierEcommerceId</c>: the carrier's e-commerce id (SDK extension).</summary>
    public const string CarrierEcommerceId = "CarrierEcommerceId";

    /// <summary><c>EcommerceCustomerPersonalId</c>: the customer's CPF or CNPJ (SDK extension).</summary>
    public const string EcommerceCustomerPersonalId = "EcommerceCustomerPersonalId";

    /// <summary><c>EcommerceDeliveryAddress</c>: where the store delivers (SDK extension).</summary>
    public const string EcommerceDeliveryAddress = "EcommerceDeliveryAddress";

    /// <summary><c>EcommerceFreight</c>: the freight the customer paid (SDK extension).</summary>
    public const string EcommerceFreight = "EcommerceFreight";

    /// <summary><c>Intermediary</c>: the marketplace (SDK extension).</summary>
    public const string Intermediary = "Intermediary";

    /// <summary><c>PaymentMethod</c>: the payment (SDK extension).</summary>
    public const string PaymentMethod = "PaymentMethod";

    /// <summary><c>BillingHold</c>: why billing waits (SDK extension, read-only).</summary>
    public const string BillingHold = "BillingHold";

    /// <summary><c>LastUpdate</c>: when the order last changed (read-only).</summary>
    public const string LastUpdate = "LastUpdate";
}
