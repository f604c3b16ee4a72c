namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>Wire names of an <see cref="OrderItem"/>'s fields (TOTVS's published <c>OrderItems</c>, plus <c>IsGift</c>).</summary>
public static class OrderItemFields
{
    /// <summary><c>Aliquot</c>.</summary>
    public const string Aliquot = "Aliquot";

    /// <summary><c>IpiValue</c>.</summary>
    public const string IpiValue = "IpiValue";

    /// <summary><c>AllocationSituation</c>. Read-only.</summary>
    public const string AllocationSituation = "AllocationSituation";

    /// <summary><c>CampaignId</c>. Read-only.</summary>
    public const string CampaignId = "CampaignId";

    /// <summary><c>CancelationItemDate</c>. Read-only.</summary>
    public const string CancelationItemDate = "CancelationItemDate";

    /// <summary><c>CancelationUser</c>. Read-only.</summary>
    public const string CancelationUser = "CancelationUser";

    /// <summary><c>Comments</c>.</summary>
    public const string Comments = "Comments";

    /// <summary><c>CommercialSituation</c>.</summary>
    public const string CommercialSituation = "CommercialSituation";

    /// <summary><c>CustomerOrderId</c>.</summary>
    public const string CustomerOrderId = "CustomerOrderId";

    /// <summary><c>DateCancel</c>. Read-only.</summary>
    public const string DateCancel = "DateCancel";

    /// <summary><c>DateDevol</c>. Read-only.</summary>
    public const string DateDevol = "DateDevol";

    /// <summary><c>DeliveryDate</c>.</summary>
    public const string DeliveryDate = "DeliveryDate";

    /// <summary><c>DeliveryCode</c>.</summary>
    public const string DeliveryCode = "DeliveryCode";

    /// <summary><c>DescCancel</c>. Read-only.</summary>
    public const string DescCancel = "DescCancel";

    /// <summary><c>DescDevol</c>. Read-only.</summary>
    public const string DescDevol = "DescDevol";

    /// <summary><c>DevolutionItemDate</c>. Read-only.</summary>
    public const string DevolutionItemDate = "DevolutionItemDate";

    /// <summary><c>DevolutionUser</c>. Read-only.</summary>
    public const string DevolutionUser = "DevolutionUser";

    /// <summary><c>DiscountPercentage</c>.</summary>
    public const string DiscountPercentage = "DiscountPercentage";

    /// <summary><c>DiscountPrice</c>. Read-only.</summary>
    public const string DiscountPrice = "DiscountPrice";

    /// <summary><c>InformedDiscount</c>.</summary>
    public const string InformedDiscount = "InformedDiscount";

    /// <summary><c>InsurancePrice</c>. Read-only.</summary>
    public const string InsurancePrice = "InsurancePrice";

    /// <summary><c>ItemCode</c>.</summary>
    public const string ItemCode = "ItemCode";

    /// <summary><c>ItemDescription</c>. Read-only.</summary>
    public const string ItemDescription = "ItemDescription";

    /// <summary><c>ItemPercentageDiscount</c>. Read-only.</summary>
    public const string ItemPercentageDiscount = "ItemPercentageDiscount";

    /// <summary><c>LastChangeUser</c>. Read-only.</summary>
    public const string LastChangeUser = "LastChangeUser";

    /// <summary><c>LiquidMerchandise</c>. Read-only.</summary>
    public const string LiquidMerchandise = "LiquidMerchandise";

    /// <summary><c>MsrUnit</c>. Read-only.</summary>
    public const string MeasureUnit = "MsrUnit";

    /// <summary><c>OpenAmount</c>. Read-only.</summary>
    public const string OpenAmount = "OpenAmount";

    /// <summary><c>OpenLiquidMerchandise</c>. Read-only.</summary>
    public const string OpenLiquidMerchandise = "OpenLiquidMerchandise";

    /// <summary><c>OrderItemSituation</c>. Read-only.</summary>
    public const string OrderItemSituation = "OrderItemSituation";

    /// <summary><c>OriginalDeliveryDate</c>.</summary>
    public const string OriginalDeliveryDate = "OriginalDeliveryDate";

    /// <summary><c>OriginalPrice</c>.</summary>
    public const string OriginalPrice = "OriginalPrice";

    /// <summary><c>OriginalPriceBilling</c>. Read-only.</summary>
    public const string OriginalPriceBilling = "OriginalPriceBilling";

    /// <summary><c>PeriodDiscount</c>. Read-only.</summary>
    public const string PeriodDiscount = "PeriodDiscount";

    /// <summary><c>PriceSituation</c>. Read-only.</summary>
    public const string PriceSituation = "PriceSituation";

    /// <summary><c>PriceTable</c>.</summary>
    public const string PriceTable = "PriceTable";

    /// <summary><c>PriceTableDiscount</c>.</summary>
    public const string PriceTableDiscount = "PriceTableDiscount";

    /// <summary><c>PriceTableValue</c>. Read-only.</summary>
    public const string PriceTableValue = "PriceTableValue";

    /// <summary><c>PriceUnitary</c>. Read-only.</summary>
    public const string PriceUnitary = "PriceUnitary";

    /// <summary><c>PurchaseOrder</c>.</summary>
    public const string PurchaseOrder = "PurchaseOrder";

    /// <summary><c>QuantityAttentive</c>. Read-only.</summary>
    public const string QuantityAttentive = "QuantityAttentive";

    /// <summary><c>QuantityBilling</c>.</summary>
    public const string QuantityBilling = "QuantityBilling";

    /// <summary><c>QuantityPending</c>. Read-only.</summary>
    public const string QuantityPending = "QuantityPending";

    /// <summary><c>QuantityRequested</c>. Read-only.</summary>
    public const string QuantityRequested = "QuantityRequested";

    /// <summary><c>ReactivationDate</c>. Read-only.</summary>
    public const string ReactivationDate = "ReactivationDate";

    /// <summary><c>ReferenceCode</c>.</summary>
    public const string ReferenceCode = "ReferenceCode";

    /// <summary><c>Sequence</c>.</summary>
    public const string Sequence = "Sequence";

    /// <summary><c>ShortName</c>.</summary>
    public const string ShortName = "ShortName";

    /// <summary><c>SuspensionDate</c>. Read-only.</summary>
    public const string SuspensionDate = "SuspensionDate";

    /// <summary><c>SuspensionItemDate</c>. Read-only.</summary>
    public const string SuspensionItemDate = "SuspensionItemDate";

    /// <summary><c>TermDiscount</c>. Read-only.</summary>
    public const string TermDiscount = "TermDiscount";

    /// <summary><c>TotalOrderItemAmount</c>. Read-only.</summary>
    public const string TotalOrderItemAmount = "TotalOrderItemAmount";

    /// <summary><c>TotalPercentageDiscount</c>. Read-only.</summary>
    public const string TotalPercentageDiscount = "TotalPercentageDiscount";

    /// <summary><c>TotalValueDiscount</c>. Read-only.</summary>
    public const string TotalValueDiscount = "TotalValueDiscount";

    /// <summary><c>TransactionType</c>. Read-only.</summary>
    public const string TransactionType = "TransactionType";

    /// <summary><c>TypeAttendance</c>.</summary>
    public const string TypeAttendance = "TypeAttendance";

    /// <summary><c>UnitBusinessCod</c>. Read-only.</summary>
    public const string UnitBusinessCod = "UnitBusinessCod";

    /// <summary><c>UnitMeasureBilling</c>.</summary>
    public const string UnitMeasureBilling = "UnitMeasureBilling";

    /// <summary><c>UnitMeasureBillingDesc</c>. Read-only.</summary>
    public const string UnitMeasureBillingDesc = "UnitMeasureBillingDesc";

    /// <summary><c>UnitMeasureStock</c>. Read-only.</summary>
    public const string UnitMeasureStock = "UnitMeasureStock";

    /// <summary><c>unitMeasureStockDesc</c>. Read-only.</summary>
    public const string UnitMeasureStockDescription = "unitMeasureStockDesc";

    /// <summary><c>IsGift</c>: whether the item is a gift (SDK extension).</summary>
    public const string IsGift = "IsGift";
}
