using System.Globalization;
using System.Text.Json;
using NodaTime;
using Totvs.Ecommerce.Sdk.Invoices;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>Turns an ERP invoice into the store's invoice notification (cents, access key, items by SKU id).</summary>
public static class VtexInvoiceMapper
{
    /// <summary>Maps an invoice.</summary>
    /// <param name="invoice">The invoice from <c>client.Invoices</c>.</param>
    /// <param name="serverTimeZone">The zone of the issue date; <c>America/Sao_Paulo</c> by default.</param>
    /// <returns>The notification.</returns>
    public static VtexInvoiceNotification ToNotification(Invoice invoice, string serverTimeZone = TotvsEcommerceOptions.DefaultServerTimeZone)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var zone = DateTimeZoneProviders.Tzdb[serverTimeZone];
        return new VtexInvoiceNotification
        {
            Type = invoice.Direction == InvoiceDirection.Output ? "Output" : "Input",
            IssuanceDate = invoice.IssueDate.InZone(zone).Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            InvoiceNumber = invoice.InvoiceNumber,
            InvoiceValue = Cents(invoice.TotalValue).ToString(CultureInfo.InvariantCulture),
            InvoiceKey = invoice.AccessKey.Value,
            Courier = invoice.Carrier,
            TrackingNumber = invoice.TrackingNumber,
            Items = invoice.Items
                .Select(i => new VtexInvoiceItem(i.ReferenceCode is { } r ? $"{i.ItemCode}/{r}" : i.ItemCode.Value, Cents(i.UnitPrice), i.Quantity))
                .ToList(),
        };
    }

    /// <summary>The notification as the JSON the store's API takes.</summary>
    /// <param name="notification">The notification.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(VtexInvoiceNotification notification) => JsonSerializer.Serialize(notification, VtexJsonContext.Default.VtexInvoiceNotification);

    private static long Cents(decimal value) => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);
}
