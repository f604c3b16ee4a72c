using NodaTime;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.StatusPage;

/// <summary>
/// A connector's state with a realistic mix, made the way a connector makes it: orders sent through the ledger to the
/// fake Datasul (one synced, one refused for an unmapped carrier, one for an unregistered payment method, one given up,
/// one pending), an order refused with 57382 as a real ERP answers it, synced invoices, and two pulls.
/// </summary>
internal sealed class StatusPageSeed
{
    private StatusPageSeed(SdkHarness harness, InMemorySyncStore store, Dictionary<string, Order> orders)
    {
        Harness = harness;
        Store = store;
        Orders = orders;
    }

    public SdkHarness Harness { get; }

    public InMemorySyncStore Store { get; }

    /// <summary>The store's orders by key, as the connector would read them from the storefront.</summary>
    public IReadOnlyDictionary<string, Order> Orders { get; }

    public Instant Now => Instant.FromDateTimeOffset(Harness.Clock.GetUtcNow());

    /// <summary>Makes the state.</summary>
    /// <param name="history">What happened before the orders (it may move the clock on), e.g. a day of invoices.</param>
    public static async Task<StatusPageSeed> CreateAsync(Func<StatusPageSeed, Task>? history = null)
    {
        var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var store = new InMemorySyncStore();
        var orders = new Dictionary<string, Order>
        {
            ["V-1001"] = SalesSeed.Order("V-1001") with { EcommerceOrderId = "1001-01" },
            ["V-1002"] = SalesSeed.Order("V-1002") with { EcommerceOrderId = "1002-01", CarrierEcommerceId = "jadlog-x" },
            ["V-1003"] = SalesSeed.Order("V-1003", payment: "BOLETO-X") with { EcommerceOrderId = "1003-01" },
            ["V-1005"] = SalesSeed.Order("V-1005") with { EcommerceOrderId = "1005-01", CarrierEcommerceId = "loggi-x" },
        };
        var seed = new StatusPageSeed(harness, store, orders);
        if (history is not null)
        {
            await history(seed);
        }

        var ledger = seed.Ledger("orders");
        foreach (var key in orders.Keys)
        {
            await ledger.SendAsync(key, ct => seed.SendAsync(key, ct));
            harness.Clock.Advance(TimeSpan.FromMinutes(20));
        }

        await ledger.GiveUpAsync("V-1005", "Pedido cancelado pelo cliente na loja");
        await ledger.AddAsync(["V-1004"]);
        await seed.AddStatusAsync(new DocumentSyncStatus
        {
            Kind = "orders", DocumentKey = "V-1006", State = DocumentSyncState.Problem, Attempts = 3, FailureKind = DocumentFailureKind.Rejected,
            ErrorCode = "57382", Description = "Não foi encontrada natureza de operação para o pedido (cliente 145.382.206-20).",
            NextAttemptAt = seed.Now + Duration.FromHours(1), CreatedAt = seed.Now - Duration.FromHours(5), UpdatedAt = seed.Now - Duration.FromHours(2),
        });
        var invoices = seed.Ledger("invoices");
        await invoices.AddAsync(["NF-000101", "NF-000102"]);
        await invoices.ProcessDueAsync((_, _) => Task.CompletedTask);
        await store.SaveAsync("products-store-1", new SyncCheckpoint
        {
            ChangedSince = seed.Now,
            LastRun = new SyncRunRecord { StartedAt = seed.Now - Duration.FromSeconds(95), FinishedAt = seed.Now - Duration.FromSeconds(3), Records = 1200, Pages = 3 },
        }, 0, default);
        await store.SaveAsync("stock-store-1", new SyncCheckpoint
        {
            RunStartedAt = seed.Now - Duration.FromMinutes(1), NextPage = 7,
            LastFailure = new SyncRunFailure { At = seed.Now - Duration.FromSeconds(30), Code = "503", Message = "Datasul answered 503 Service Unavailable." },
        }, 0, default);
        return seed;
    }

    public DocumentSyncLedger Ledger(string kind) => new(Store, kind, new DocumentLedgerOptions { Holder = "test-replica", TimeProvider = Harness.Clock });

    /// <summary>Sends an order as the connector does: by its natural key, so a repeat finds it instead of creating it twice.</summary>
    public Task SendAsync(string key, CancellationToken cancellationToken) => Harness.Client.Orders.CreateAsync(Orders[key], cancellationToken);

    /// <summary>Stores a status as a ledger would have left it.</summary>
    public Task AddStatusAsync(DocumentSyncStatus status) => Store.SaveAsync(status, 0, default);
}
