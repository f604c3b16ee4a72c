using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// The fields Datasul returns but does not accept on write (<c>available=false</c> in TOTVS's published schemas, and
/// the SDK's own read-only extensions). The SDK's write serializer leaves them out of every POST, PUT and PATCH.
/// </summary>
internal static class ReadOnlyWireFields
{
    /// <summary>The read-only JSON names of each wire model.</summary>
    public static FrozenDictionary<Type, FrozenSet<string>> ByType { get; } = new Dictionary<Type, FrozenSet<string>>
    {
        [typeof(Orders.Order)] = FrozenSet.Create(StringComparer.Ordinal, "AllocationSituation", "CampaignId", "CancellationDate", "CancellationReason", "CodeReshipmentTransp", "CommercialSituation", "CompleteAddress", "CreditApprovalDate", "CreditLockReason", "CurrencyBillingCode", "CustomerCode", "DateUpdatedSituation", "DeliveryCity", "DeliveryCountry", "DeliveryNeighborhood", "DeliveryPlace", "DeliveryState", "DeliveryZipCode", "DiscountAmt", "Email", "ForcedApprover", "ForcedReleaseReason", "LimitBillingDate", "MinimumBillingDate", "OpenAmount", "OperationTypeDetail", "OrderAmount", "OrderCompleted", "OrderId", "OrderSituation", "Origin", "PaymentTermsDetail", "PercentageFreight", "PercentageInsurance", "PercentagePacking", "PriceReason", "PriceSituation", "PriceTableOrderDetail", "PersonalId", "ReactivationDate", "ReactivationReason", "RepresentativeName", "ReshipmentTransp", "SuspensionDate", "SuspensionReason", "TotalDiscount", "TotalDiscountPercentage", "TotalDiscountValue", "TotalOrderAmount", "UnitBusinessCod", "UseBillingAddress", "UserApprover", "UserCancel", "UserCreditApprover", "UserLastChange", "UserUpdatedSituation", "ValueFreight", "ValueInsurance", "ValuePacking", "PreInvoicing", "BillingHold", "LastUpdate"),
        [typeof(Orders.OrderItem)] = FrozenSet.Create(StringComparer.Ordinal, "AllocationSituation", "CampaignId", "CancelationItemDate", "CancelationUser", "DateCancel", "DateDevol", "DescCancel", "DescDevol", "DevolutionItemDate", "DevolutionUser", "DiscountPrice", "InsurancePrice", "ItemDescription", "ItemPercentageDiscount", "LastChangeUser", "LiquidMerchandise", "MsrUnit", "OpenAmount", "OpenLiquidMerchandise", "OrderItemSituation", "OriginalPriceBilling", "PeriodDiscount", "PriceSituation", "PriceTableValue", "PriceUnitary", "QuantityAttentive", "QuantityPending", "QuantityRequested", "ReactivationDate", "SuspensionDate", "SuspensionItemDate", "TermDiscount", "TotalOrderItemAmount", "TotalPercentageDiscount", "TotalValueDiscount", "TransactionType", "UnitBusinessCod", "UnitMeasureBillingDesc", "UnitMeasureStock", "unitMeasureStockDesc"),
        [typeof(Orders.OrderRepresentative)] = FrozenSet.Create(StringComparer.Ordinal, "name"),
        [typeof(Orders.OrderPreInvoicing)] = FrozenSet.Create(StringComparer.Ordinal, "CustomerOrderId", "ShipmentNo", "ShipmentSit", "ShortName", "SummaryNo"),
        [typeof(Customers.Customer)] = FrozenSet.Create(StringComparer.Ordinal, "CreditSuspendedCustomer", "CustomerBalance", "CustomerCode", "RegionCode", "UpdateDate", "UpdateTime", "BillingCustomer", "LastUpdate"),
        [typeof(Customers.CustomerContact)] = FrozenSet.Create(StringComparer.Ordinal, "CustomerCode", "Telefax"),
        [typeof(Customers.DeliveryPlace)] = FrozenSet.Create(StringComparer.Ordinal, "ShortName", "Country"),
    }.ToFrozenDictionary();

    /// <summary>A <see cref="JsonTypeInfo"/> modifier that never writes a read-only field.</summary>
    /// <param name="type">The metadata to change.</param>
    public static void Exclude(JsonTypeInfo type)
    {
        if (!ByType.TryGetValue(type.Type, out var readOnly))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (readOnly.Contains(property.Name))
            {
                property.ShouldSerialize = static (_, _) => false;
            }
        }
    }
}
