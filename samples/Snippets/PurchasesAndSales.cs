using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PurchaseOrders;

namespace Totvs.Ecommerce.Sdk.Samples.Snippets;

/// <summary>The snippets of docs/purchases-and-sales.md.</summary>
public static class PurchasesAndSales
{
    public static async Task<PurchaseOrder> ReadPurchasesAsync(TotvsEcommerceClient client)
    {
        // snippet: list-purchase-orders
        var november = await client.PurchaseOrders.ListAsync(new PurchaseOrderListOptions
        {
            OrderedFrom = new LocalDate(2026, 11, 1),   // both days included
            OrderedTo = new LocalDate(2026, 11, 30),
            VendorId = 13,                              // optional: one vendor (its emitente code)
        });
        var order = await client.PurchaseOrders.GetAsync(november.Items[0].OrderNumber);   // with its Lines
        // end-snippet
        return order;
    }

    public static async Task<CreationResult<Order>> SellAsync(TotvsEcommerceClient client, LocalDate today)
    {
        // snippet: plain-sale
        var result = await client.Orders.CreateAsync(new Order
        {
            CustomerOrderId = "VENDA-0001",
            ShortName = "MARIA-SOUZA",
            EmissionDate = today,
            ImplantationDate = today,
            OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("SOJA-GRAO"), QuantityBilling = 30, OriginalPrice = 132.50m }],
        });
        // end-snippet
        return result;
    }
}
