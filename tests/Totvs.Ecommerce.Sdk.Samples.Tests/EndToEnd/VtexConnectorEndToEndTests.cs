using System.Globalization;
using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>
/// Seed 001's whole flow as users run it: the connector <c>dotnet new totvs-connector --store vtex</c> makes, built from the
/// packed packages, between two <c>totvs-fake-datasul</c> processes — one the ERP, one (<c>--vtex</c>) the VTEX account —
/// both answering faults. The catalog (families, items, SKUs, prices, stock) appears in VTEX; each VTEX order becomes one
/// Datasul order; its NF-e reaches VTEX once; an order cancelled in the ERP is cancelled in VTEX; an item taken out of the
/// store is deactivated in VTEX. The connector is killed in the middle and the ERP changes while it is down.
/// </summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed class VtexConnectorEndToEndTests(LocalFeed feed, ITestOutputHelper log)
{
    private const int Orders = 30;
    private const int Items = 120;

    [Fact]
    public async Task The_guides_whole_flow_reaches_VTEX_and_comes_back_once_through_faults_and_a_crash()
    {
        var connector = await feed.VtexConnectorAsync();
        var tool = await feed.ToolAsync();
        await using var erp = await ErpWorld.StartAsync(tool, Items);
        await using var vtex = await VtexWorld.StartAsync(tool);
        await erp.AddReferencedItemAsync("CAM-001", ("P", 59.90m, 7), ("M", 64.90m, 3)); // reference mode besides item mode
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await foreach (var price in erp.Client.PriceItems.ListAllAsync(new PriceItemListOptions { StoreCode = "1" }))
        {
            prices[price.ItemCode.Value] = price.Price;
        }

        var vtexOrders = new List<string>();
        for (var i = 1; i <= Orders; i++)
        {
            var item = ErpWorld.ItemCode(1 + (i % ErpWorld.OrderedItems));
            vtexOrders.Add(await vtex.PlaceOrderAsync(i, item, prices[item]));
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var state = Path.Combine(feed.NewFolder("e2e-vtex"), "state.db");
        string[] arguments =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Totvs:Ecommerce:BaseAddress={erp.Address}",
            "--Totvs:Ecommerce:AllowInsecureHttp=true",
            "--Totvs:Ecommerce:Authentication:Username=integration",
            "--Totvs:Ecommerce:Authentication:Password=fake-password",
            "--Vtex:Account=fakestore",
            "--Vtex:AppKey=vtexappkey-fakestore-ABCDEF",
            "--Vtex:AppToken=fake-vtex-app-token",
            $"--Vtex:AccountAddress={vtex.Address}",
            $"--Vtex:PricingAddress={vtex.Address}",
            "--Connector:CatalogInterval=00:00:01",
            "--Connector:OrderInterval=00:00:01",
            "--Connector:StatusInterval=00:00:01",
            "--Connector:StoreConcurrency=8",
            "--Connector:ReplicaName=vtex-1",
            $"--Connector:StateFile={state}",
        ]; // no Connector:Storefront: the template made with --store vtex defaults to VTEX

        await using (var first = ConnectorRun.Start(connector, arguments))
        {
            Assert.True(await first.WaitForLineAsync(line => Task.FromResult(line.Contains("VTEX: published", StringComparison.Ordinal) && line.Contains(" skus", StringComparison.Ordinal)), patience.Token),
                $"The connector never published SKUs to VTEX:\n{first.Tail}");
            Assert.True(await first.ReadLinesAsync(15, patience.Token), $"The connector ended before its kill:\n{first.Tail}");
            await first.KillAsync(); // in the middle of the work
        }

        // While the connector is down the ERP changes prices and stock, and takes out of the store an item VTEX already shows.
        var shown = (await vtex.CatalogAsync())["products"]!.AsArray().Select(p => (string)p!["RefId"]!)
            .First(code => string.CompareOrdinal(code, ErpWorld.ItemCode(ErpWorld.OrderedItems)) > 0);
        await erp.UnlinkItemAsync(shown);
        await erp.ChangeCatalogAsync(Items);
        await erp.AdvanceClockAsync(TimeSpan.FromMinutes(1));

        await using var last = ConnectorRun.Start(connector, arguments);
        var cancelled = CustomerOrderIdOf(vtexOrders[0]);
        var phase = 0;
        IReadOnlyList<string> differences = ["not checked yet"];
        var checking = new SemaphoreSlim(1, 1);
        async Task<bool> DoneAsync(string line)
        {
            if (!line.Contains(": cycle done", StringComparison.Ordinal))
            {
                return false;
            }

            await checking.WaitAsync(patience.Token);
            try
            {
                var erpOrders = await erp.OrdersAsync();
                if (phase == 0 && erpOrders.Count >= Orders)
                {
                    // Every VTEX order is in the ERP: the ERP cancels one and bills the others.
                    foreach (var order in erpOrders)
                    {
                        if (order.CustomerOrderId == cancelled)
                        {
                            await erp.CancelOrderAsync(order.OrderId, "Cliente desistiu");
                        }
                        else
                        {
                            await erp.InvoiceOrderAsync(order.OrderId);
                        }
                    }

                    phase = 1;
                    return false;
                }

                differences = phase == 1 ? await DifferencesAsync(erp, vtex, vtexOrders, cancelled) : ["orders not all in the ERP yet"];
                return phase == 1 && differences.Count == 0;
            }
            finally
            {
                checking.Release();
            }
        }

        try
        {
            Assert.True(await last.WaitForLineAsync(DoneAsync, patience.Token), $"The connector ended before the work was done:\n{last.Tail}");
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No convergence within the patience (phase {phase}); differences:\n{string.Join("\n", differences.Take(20))}\n" +
                $"VTEX journal (last 3000 chars): {(await vtex.JournalTextAsync())[^3000..]}\nlast output:\n{last.Tail[^Math.Min(last.Tail.Length, 4000)..]}");
        }

        Assert.Equal(0, await last.StopAsync());
        Assert.Empty(await DifferencesAsync(erp, vtex, vtexOrders, cancelled));
        var erpOrdersAtEnd = await erp.OrdersAsync();
        Assert.Equal(vtexOrders.Select(CustomerOrderIdOf).Order(StringComparer.Ordinal), erpOrdersAtEnd.Select(o => o.CustomerOrderId).Order(StringComparer.Ordinal)); // each once
        var catalog = await vtex.CatalogAsync();
        var products = catalog["products"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.False((bool)products.Single(p => (string?)p["RefId"] == shown)["IsActive"]!); // out of the store: deactivated in VTEX
        var grid = catalog["skus"]!.AsArray().OfType<JsonObject>().Where(s => ((string)s["RefId"]!).StartsWith("CAM-001/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["M", "P"], grid.Select(s => (string)s["Specifications"]!["Grade/Referência"]!).Order(StringComparer.Ordinal)); // the references as the grid's variations
        Assert.Single(grid.Select(s => (int)s["ProductId"]!).Distinct()); // of one product
        var skus = catalog["skus"]!.AsArray().Count;
        Assert.True(skus >= Items - 10, $"only {skus} SKUs in VTEX for {Items} items");
        log.WriteLine($"{Orders} VTEX orders into Datasul once each, {Orders - 1} NF-e and 1 cancellation back; {products.Count} products and {skus} SKUs " +
            $"in VTEX equal to the ERP's (prices and stock compared), {products.Count(p => (bool?)p["IsActive"] == false)} deactivated.");
    }

    /// <summary>The Datasul customer order number of a VTEX order, as the connector's VTEX mapping makes it.</summary>
    private static string CustomerOrderIdOf(string vtexOrderId) => new Totvs.Ecommerce.Sdk.Vtex.VtexMappingOptions().CustomerOrderIdOf(vtexOrderId);

    /// <summary>Everything that differs between what the ERP holds and what VTEX shows; empty when the two agree.</summary>
    private static async Task<IReadOnlyList<string>> DifferencesAsync(ErpWorld erp, VtexWorld vtex, IReadOnlyList<string> vtexOrders, string cancelled)
    {
        var differences = new List<string>();
        var catalog = await vtex.CatalogAsync();
        var products = catalog["products"]!.AsArray().OfType<JsonObject>().ToDictionary(p => (string)p["RefId"]!, StringComparer.Ordinal);
        var skus = catalog["skus"]!.AsArray().OfType<JsonObject>().ToDictionary(s => (string)s["RefId"]!, StringComparer.Ordinal);
        var erpProducts = new Dictionary<string, Product>(StringComparer.Ordinal);
        await foreach (var product in erp.Client.Products.ListAllAsync(new ProductListOptions { StoreCode = "1" }))
        {
            erpProducts[product.ItemCode.Value] = product;
        }

        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await foreach (var price in erp.Client.PriceItems.ListAllAsync(new PriceItemListOptions { StoreCode = "1" }))
        {
            prices[price.ReferenceCode is { } r ? $"{price.ItemCode.Value}/{r.Value}" : price.ItemCode.Value] = price.Price;
        }

        var stock = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await foreach (var balance in erp.Client.StockBalances.ListAllAsync(new StockBalanceListOptions { StoreCode = "1" }))
        {
            stock[balance.ReferenceCode is { } r ? $"{balance.ItemCode.Value}/{r.Value}" : balance.ItemCode.Value] = balance.AvailableQuantity;
        }

        await foreach (var sku in erp.Client.Skus.ListAllAsync(new SkuListOptions { StoreCode = "1" }))
        {
            var refId = sku.ReferenceCode is { } r ? $"{sku.ItemCode.Value}/{r.Value}" : sku.ItemCode.Value;
            var active = erpProducts.TryGetValue(sku.ItemCode.Value, out var item) && item.IsActive != false && sku.IsActive != false;
            if (!active)
            {
                // Taken out of the store: deactivated in VTEX (its product or itself), or never published.
                if (skus.TryGetValue(refId, out var gone) && (bool?)gone["IsActive"] == true && products.TryGetValue(sku.ItemCode.Value, out var product) && (bool?)product["IsActive"] == true)
                {
                    differences.Add($"{refId}: out of the store in the ERP, still active in VTEX");
                }

                continue;
            }

            if (!skus.TryGetValue(refId, out var inVtex))
            {
                differences.Add($"{refId}: no SKU in VTEX");
                continue;
            }

            if (prices.TryGetValue(refId, out var price) && VtexWorld.FixedPrice(inVtex, "1") != price)
            {
                differences.Add($"{refId}: price {VtexWorld.FixedPrice(inVtex, "1")} in VTEX, {price} in the ERP");
            }

            var quantity = (long?)inVtex["Inventory"]?["1_ECO"];
            if (stock.TryGetValue(refId, out var balance) && quantity != (long)Math.Max(0, decimal.Floor(balance)))
            {
                differences.Add($"{refId}: stock {quantity} in VTEX, {balance} in the ERP");
            }
        }

        foreach (var orderId in vtexOrders)
        {
            var order = await vtex.OrderAsync(orderId);
            var invoices = order["invoices"]!.AsArray();
            if (CustomerOrderIdOf(orderId) == cancelled)
            {
                if ((string?)order["status"] != "canceled" || (string?)order["cancellationReason"] != "Cliente desistiu")
                {
                    differences.Add($"{orderId}: cancelled in the ERP, {(string?)order["status"]} in VTEX");
                }
            }
            else if ((string?)order["status"] != "invoiced" || invoices.Count != 1)
            {
                differences.Add($"{orderId}: invoiced in the ERP, {(string?)order["status"]} with {invoices.Count} invoice(s) in VTEX");
            }
        }

        return differences;
    }
}
