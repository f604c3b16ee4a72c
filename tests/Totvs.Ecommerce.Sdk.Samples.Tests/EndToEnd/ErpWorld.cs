using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>
/// The ERP side of an end-to-end run: the <c>totvs-fake-datasul</c> tool as its own process, paced and faulty, changed
/// through its admin API as the ERP's users would, and read from outside — its orders by the admin API, its catalog and
/// invoices through the Datasul routes — to check what the connector did.
/// </summary>
internal sealed class ErpWorld : IAsyncDisposable
{
    /// <summary>The items the store's orders buy: never changed, so every order stays admissible.</summary>
    public const int OrderedItems = 10;

    private readonly ToolProcess tool;
    private readonly HttpClient admin;
    private readonly ServiceProvider services;
    private readonly Random random = new(2026_12_07);
    private readonly HashSet<long> invoiced = [];

    private ErpWorld(ToolProcess tool, ServiceProvider services)
    {
        this.tool = tool;
        this.services = services;
        admin = new HttpClient { BaseAddress = new Uri(tool.Address, "__admin/") };
        Client = services.GetRequiredService<TotvsEcommerceClient>();
    }

    public Uri Address => tool.Address;

    /// <summary>A client of the tool's Datasul routes, for reading what the ERP holds.</summary>
    public TotvsEcommerceClient Client { get; }

    /// <summary>
    /// Starts the tool with store 1 and a generated catalog, answering at a measured pace (every answer a few ms, an order
    /// 30 ms) and refusing at random: 1 % of orders created with their answer lost, 2 % refused with 503 + Retry-After.
    /// </summary>
    public static async Task<ErpWorld> StartAsync(string command, int items)
    {
        var tool = await ToolProcess.StartAsync(command, $"--urls http://127.0.0.1:0 --items {items}");
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(options =>
        {
            options.BaseAddress = tool.Address;
            options.AllowInsecureHttp = true;
            options.PageSize = 1000;
            options.Authentication = new TotvsAuthenticationOptions { Username = "integration", Password = "fake-password" };
        });
        var world = new ErpWorld(tool, services.BuildServiceProvider());
        foreach (var item in Enumerable.Range(1, OrderedItems))
        {
            await world.PostAsync("erp/balances", new { itemCode = ItemCode(item), branchId = "1", warehouseCode = "ECO", quantity = 10_000_000 });
        }

        await world.PostAsync("capacity", new
        {
            serviceTimeMs = 2,
            routes = new Dictionary<string, object>
            {
                ["POST pdp/v1/ordersPublic"] = new { fixedMs = 30, jitterMs = 10 },
                ["GET cdp/v1/productPublic/ecommerce"] = new { fixedMs = 100, jitterMs = 0 }, // a catalog pull at Datasul's pace
            },
        });
        await world.PostAsync("faults", new { method = "POST", route = "pdp/v1/ordersPublic", kind = "lost-answer", always = true, probability = 0.01, seed = 7 });
        await world.PostAsync("faults", new { method = "POST", route = "pdp/v1/ordersPublic", kind = "status", status = 503, retryAfterSeconds = 1, always = true, probability = 0.02, seed = 11 });
        return world;
    }

    public static string ItemCode(int number) => "IT" + number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Drops the store's orders into the file storefront's inbox: each buys one of the first items at its ERP price.</summary>
    public async Task WriteOrdersAsync(string storeFolder, int count)
    {
        var prices = new Dictionary<string, decimal>();
        await foreach (var price in Client.PriceItems.ListAllAsync(new PriceItemListOptions { StoreCode = "1" }))
        {
            prices[price.ItemCode.Value] = price.Price;
        }

        var inbox = Directory.CreateDirectory(Path.Combine(storeFolder, "orders")).FullName;
        for (var i = 1; i <= count; i++)
        {
            var item = ItemCode(1 + (i % OrderedItems));
            var order = new JsonObject
            {
                ["id"] = $"S-{i:D6}",
                ["cpf"] = "145.382.206-20",
                ["state"] = i % 3 == 0 ? "RJ" : "SP",
                ["items"] = new JsonArray(new JsonObject { ["code"] = item, ["quantity"] = 1, ["price"] = prices[item] }),
            };
            await File.WriteAllTextAsync(Path.Combine(inbox, $"S-{i:D6}.json"), order.ToJsonString());
        }
    }

    /// <summary>What the ERP's users do between two looks: new prices and stock, an item taken out of the store.</summary>
    public async Task ChangeCatalogAsync(int items)
    {
        for (var i = 0; i < 5; i++)
        {
            var item = ItemCode(random.Next(OrderedItems + 1, items + 1));
            await PostAsync("erp/prices", new { priceTable = "ECOM", itemCode = item, price = Math.Round(1 + (random.NextDouble() * 500), 2) });
            await PostAsync("erp/balances", new { itemCode = ItemCode(random.Next(OrderedItems + 1, items + 1)), branchId = "1", warehouseCode = "ECO", quantity = random.Next(0, 500) });
        }

        await PostAsync("erp/items/unlink", new { store = "1", itemCode = ItemCode(random.Next(OrderedItems + 1, items + 1)) });
    }

    /// <summary>Bills some of the orders the ERP holds (all with <paramref name="all"/>), and cancels one invoice in ten.</summary>
    public async Task InvoiceAsync(bool all)
    {
        foreach (var order in await OrdersAsync())
        {
            if (invoiced.Contains(order.OrderId) || (!all && random.Next(3) != 0))
            {
                continue;
            }

            await PostAsync($"erp/orders/{order.OrderId}/invoice", new { });
            invoiced.Add(order.OrderId);
            if (random.Next(10) == 0)
            {
                await PostAsync($"erp/orders/{order.OrderId}/invoice/cancel", new { });
            }
        }
    }

    /// <summary>Adds to store 1 an item controlled by reference (CD1506) in a family of its own: the grid the store shows as variations.</summary>
    public Task AddReferencedItemAsync(string itemCode, params (string Code, decimal Price, decimal Stock)[] references) => PostAsync("seed", new
    {
        stores = new[]
        {
            new
            {
                code = "1",
                priceTables = new[] { "ECOM" },
                deposits = new[] { new { branchId = "1", warehouseCode = "ECO" } },
                families = new[] { new { code = "VES", description = "Vestuário", isActive = true } },
                items = new[]
                {
                    new
                    {
                        code = itemCode, description = "Camiseta", family = "VES", price = 0m, stock = 0m,
                        references = references.Select(r => new { code = r.Code, description = $"Camiseta {r.Code}", price = r.Price, stock = r.Stock }).ToArray(),
                    },
                },
            },
        },
    });

    /// <summary>Takes an item out of store 1 (PD0623 / Central): it is published again as inactive.</summary>
    public Task UnlinkItemAsync(string itemCode) => PostAsync("erp/items/unlink", new { store = "1", itemCode });

    /// <summary>Bills one order (as the ERP's users do in FT4002).</summary>
    public Task InvoiceOrderAsync(long orderId) => PostAsync($"erp/orders/{orderId}/invoice", new { });

    /// <summary>Cancels one order in the ERP, with a reason.</summary>
    public Task CancelOrderAsync(long orderId, string reason) => PostAsync($"erp/orders/{orderId}/cancel", new { reason });

    /// <summary>Moves the ERP's clock on: for the ERP, the connector was down (or its pull ran) that much longer.</summary>
    public Task AdvanceClockAsync(TimeSpan by) => PostAsync("clock/advance", new { seconds = by.TotalSeconds });

    /// <summary>The orders the ERP holds (admin API).</summary>
    public async Task<IReadOnlyList<ErpOrder>> OrdersAsync() =>
        await admin.GetFromJsonAsync<List<ErpOrder>>("erp/orders", JsonSerializerOptions.Web) ?? [];

    /// <summary>The tool's journal as it answers it, for a failure's investigation.</summary>
    public Task<string> JournalTextAsync() => admin.GetStringAsync("journal");

    /// <summary>Every User-Agent the ERP saw (admin journal).</summary>
    public async Task<IReadOnlySet<string>> UserAgentsAsync()
    {
        var journal = await admin.GetFromJsonAsync<List<JsonObject>>("journal", JsonSerializerOptions.Web) ?? [];
        return journal.Select(e => e["userAgent"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The catalog as the store should show it: what the ERP publishes to store 1, by the file storefront's keys.</summary>
    public async Task<StoreCatalog> CatalogAsync()
    {
        var catalog = new StoreCatalog();
        await foreach (var family in Client.Families.ListAllAsync(new FamilyListOptions { StoreCode = "1" }))
        {
            catalog.Families[family.Code] = $"{family.Description}|{family.IsActive ?? true}";
        }

        await foreach (var product in Client.Products.ListAllAsync(new ProductListOptions { StoreCode = "1" }))
        {
            catalog.Products[product.ItemCode.Value] = $"{product.Description}|{product.FamilyCode}|{product.IsActive ?? true}";
        }

        await foreach (var price in Client.PriceItems.ListAllAsync(new PriceItemListOptions { StoreCode = "1" }))
        {
            catalog.Prices[$"{price.PriceTable}/{price.ItemCode.Value}"] = price.Price.ToString(CultureInfo.InvariantCulture);
        }

        await foreach (var balance in Client.StockBalances.ListAllAsync(new StockBalanceListOptions { StoreCode = "1" }))
        {
            catalog.Stock[$"{balance.ItemCode.Value}/{balance.BranchId}/{balance.WarehouseCode}"] = balance.AvailableQuantity.ToString(CultureInfo.InvariantCulture);
        }

        return catalog;
    }

    /// <summary>Every invoice of store 1 with its status now (key as the file storefront writes it).</summary>
    public async Task<Dictionary<string, string>> InvoicesAsync()
    {
        var invoices = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var invoice in Client.Invoices.ListAllAsync(new InvoiceListOptions { StoreCode = "1" }))
        {
            invoices[$"{invoice.BranchId}/{invoice.Series}/{invoice.InvoiceNumber}"] = invoice.Status.ToString();
        }

        return invoices;
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await services.DisposeAsync();
        await tool.DisposeAsync();
    }

    private async Task PostAsync(string path, object body)
    {
        using var answer = await admin.PostAsJsonAsync(path, body, JsonSerializerOptions.Web);
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /__admin/{path} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }
}
