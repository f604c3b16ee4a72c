using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Purchases;

/// <summary>
/// How the fake writes purchase orders and their lines: the names TOTVS's examples of <c>ccp/v2/purchaseOrderLines</c>
/// show, and the wire contract's reading of the header (docs/schemas/PurchaseOrders.md). Written by hand, apart from
/// the SDK's models, so that a wire mistake on one side shows on the other.
/// </summary>
internal static class PurchaseOrderWire
{
    public static WireProjection<PurchaseOrderRecord> Orders(DateTimeZone zone) => new(order => order.LastUpdate, order => Header(order, zone));

    public static WireProjection<PurchaseOrderLineRecord> Lines { get; } = new(_ => Instant.MinValue, Line);

    private static JsonObject Header(PurchaseOrderRecord order, DateTimeZone zone) => new()
    {
        ["orderNumber"] = order.OrderNumber,
        ["orderDate"] = LocalDatePattern.Iso.Format(order.OrderDate),
        ["vendorId"] = order.VendorCode,
        ["vendorShortName"] = order.VendorShortName,
        ["vendorName"] = order.VendorName,
        ["vendorPersonalId"] = order.VendorDocument,
        ["nature"] = order.Nature,
        ["status"] = order.Status,
        ["deliveryBranchId"] = order.DeliveryBranchId,
        ["comments"] = order.Comments,
        ["lastUpdate"] = LocalDateTimePattern.ExtendedIso.Format(order.LastUpdate.InZone(zone).LocalDateTime),
    };

    private static JsonObject Line(PurchaseOrderLineRecord line) => new()
    {
        ["orderLineNumber"] = line.LineNumber,
        ["orderNumber"] = line.OrderNumber,
        ["orderType"] = 1,
        ["businessUnit"] = line.BranchId,
        ["itemCode"] = line.ItemCode,
        ["vendorId"] = line.VendorCode,
        ["groupId"] = 0,
        ["quantity"] = line.Quantity,
        ["unitOfMeasure"] = line.UnitOfMeasure,
        ["unitPrice"] = line.UnitPrice,
        ["totalPriceInDefaultCurrency"] = line.Quantity * line.UnitPrice,
        ["freightPriceInDefaultCurrency"] = 0m,
        ["status"] = line.Status,
    };
}
