using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>apiInvoicePublic on the wire (§4.9, camelCase), written from the contract.</summary>
internal static class InvoiceWire
{
    public static WireProjection<InvoiceRecord> Projection(DateTimeZone zone) => new(invoice => invoice.LastUpdate, invoice => ToJson(invoice, zone));

    public static JsonObject ToJson(InvoiceRecord invoice, DateTimeZone zone)
    {
        var items = new JsonArray();
        foreach (var line in invoice.Items)
        {
            var item = new JsonObject
            {
                ["sequence"] = line.Sequence,
                ["itemCode"] = line.ItemCode,
                ["quantity"] = line.Quantity,
                ["unitPrice"] = line.UnitPrice,
                ["totalValue"] = line.TotalValue,
            };
            if (line.ReferenceCode is not null)
            {
                item["referenceCode"] = line.ReferenceCode;
            }

            items.Add((JsonNode)item);
        }

        var json = new JsonObject
        {
            ["branchId"] = invoice.BranchId,
            ["series"] = invoice.Series,
            ["invoiceNumber"] = invoice.InvoiceNumber,
            ["accessKey"] = invoice.AccessKey.Value,
            ["issueDate"] = WireFormat.FormatTimestamp(invoice.IssueDate, zone),
            ["direction"] = invoice.IsOutput ? "output" : "input",
            ["status"] = invoice.IsCancelled ? "cancelled" : "authorized",
            ["totalValue"] = invoice.TotalValue,
        };
        Add(json, "cfop", invoice.Cfop);
        if (invoice.OrderId is { } orderId)
        {
            json["orderId"] = orderId;
        }

        Add(json, "customerOrderId", invoice.CustomerOrderId);
        Add(json, "ecommerceOrderId", invoice.EcommerceOrderId);
        Add(json, "storeCode", invoice.StoreCode);
        Add(json, "carrier", invoice.Carrier);
        Add(json, "trackingNumber", invoice.TrackingNumber);
        json["items"] = items;
        json["lastUpdate"] = WireFormat.FormatTimestamp(invoice.LastUpdate, zone);
        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
