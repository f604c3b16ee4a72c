using NodaTime;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Stock;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Samples.Snippets;

/// <summary>The snippets of docs/connector-recipes.md.</summary>
public static class ConnectorRecipes
{
    public static async Task SyncStockAsync(TotvsEcommerceClient client, Func<StockBalance, Task> upsertInStore)
    {
        // snippet: incremental-stock
        var pull = new IncrementalPull(new FileSyncCheckpointStore("./checkpoints"));
        var run = await pull.RunAsync("stock-store-1", client.Stock, new StockBalanceListOptions { StoreCode = "1", PageSize = 500 },
            async (page, ct) =>
            {
                foreach (var balance in page)
                {
                    await upsertInStore(balance);
                }
            });
        Console.WriteLine($"{run.Records} balance(s); next run from {run.Watermark}");
        // end-snippet
    }

    public static async Task IngestVtexOrderAsync(TotvsEcommerceClient client, string vtexJson, DocumentSyncLedger ledger)
    {
        // snippet: vtex-order
        var vtex = VtexOrderMapper.Parse(vtexJson);
        var order = VtexOrderMapper.ToDatasulOrder(vtex, new VtexMappingOptions { StoreCode = "1" }, LocalDate.FromDateTime(DateTime.Today));
        await ledger.SendAsync(vtex.OrderId!, ct => client.Orders.CreateAsync(order, ct));
        // end-snippet
    }

    public static async Task NotifyInvoicesAsync(TotvsEcommerceClient client, Instant since, Func<string, string, Task> postToStore)
    {
        // snippet: invoice-notification
        var invoices = await client.Invoices.ListAsync(new InvoiceListOptions { StoreCode = "1", ChangedSince = since, Direction = InvoiceDirection.Output });
        foreach (var invoice in invoices.Items)
        {
            var notification = VtexInvoiceMapper.ToNotification(invoice);
            await postToStore(invoice.EcommerceOrderId!, VtexInvoiceMapper.ToJson(notification));
        }
        // end-snippet
    }
}
