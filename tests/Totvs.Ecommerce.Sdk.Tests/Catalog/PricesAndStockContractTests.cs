using NodaTime;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Catalog;

public sealed class PricesAndStockContractTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Prices_are_the_store_tables_prices_for_the_store_items(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);

        var page = await harness.Client.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "1" });

        Assert.Equal(["CAM-001/M", "CAM-001/P", "FUR-001", "MAR-001"],
            page.Items.Select(p => p.ReferenceCode is { } r ? $"{p.ItemCode}/{r}" : p.ItemCode.Value));
        var drill = page.Items.Single(p => p.ItemCode.Value == "FUR-001");
        Assert.Equal(399.90m, drill.Price);
        Assert.Equal("ECOM", drill.PriceTable);
        Assert.Equal(new LocalDate(2026, 3, 1), drill.ValidFrom);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Price_tables_linked_to_the_store_come_with_their_trade_policies(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);

        var table = Assert.Single((await harness.Client.PriceTables.ListAsync(new PriceTableListOptions { StoreCode = "1" })).Items);

        Assert.Equal("ECOM", table.Code);
        Assert.Equal(["1", "2"], table.TradePolicies);
        Assert.Equal("BRL", table.Currency);
        Assert.Null(table.ValidTo);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Stock_is_the_available_balance_of_the_store_deposits_only(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);

        var balances = new List<StockBalance>();
        await foreach (var balance in harness.Client.StockBalances.ListAllAsync(new StockBalanceListOptions { StoreCode = "1", PageSize = 2 }))
        {
            balances.Add(balance);
        }

        Assert.All(balances, b => Assert.Equal(("10101", "ECO"), (b.BranchId, b.WarehouseCode)));
        Assert.Equal(12m, balances.Single(b => b.ItemCode.Value == "FUR-001").AvailableQuantity);
        Assert.Equal(4, balances.Count);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_incremental_sync_sees_a_changed_price_and_balance_and_nothing_older(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var checkpoint = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        harness.Server.SetPrice("ECOM", "MAR-001", 44.9m);
        harness.Server.SetBalance("FUR-001", "10101", "ECO", 7);

        var prices = await harness.Client.PriceItems.ListAsync(new PriceItemListOptions { ChangedSince = checkpoint });
        var stock = await harness.Client.StockBalances.ListAsync(new StockBalanceListOptions { ChangedSince = checkpoint });

        Assert.Equal(44.9m, Assert.Single(prices.Items).Price);
        Assert.Equal(7m, Assert.Single(stock.Items).AvailableQuantity);
    }
}
