using System.Text.Json;
using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.Testing.Faults;
using Totvs.Ecommerce.Sdk.Testing.Journal;

namespace Totvs.Ecommerce.Sdk.Testing.Vtex;

/// <summary>
/// A fake VTEX account, stateful, for testing a connector's VTEX half without VTEX: the catalog (categories, brands,
/// products, SKUs, EANs), prices per trade policy, inventory per warehouse, and orders with their feed, start handling,
/// invoices and cancellations — with VTEX's rules (a SKU needs its product, a product its category and brand, a warehouse
/// must exist, RefIds are unique). Its wire layer is its own: request bodies are checked by VTEX's published OpenAPI
/// descriptions (<c>docs/schemas/vtex</c>), never by the client's classes. Faults, a journal and a rate limit (429 with
/// <c>Retry-After</c>) as for the Datasul fake. Thread-safe.
/// </summary>
public sealed class FakeVtexServer
{
    /// <summary>The app key the fake accepts unless told otherwise.</summary>
    public const string DefaultAppKey = "vtexappkey-fakestore-ABCDEF";

    /// <summary>The app token the fake accepts unless told otherwise.</summary>
    public const string DefaultAppToken = "fake-vtex-app-token";

    private readonly VtexState state = new();
    private readonly VtexRouter router;

    /// <summary>Creates an empty account with one brand (<c>1</c>) and one warehouse (<c>1_1</c>).</summary>
    /// <param name="options">The clock, credentials and rate limit; the defaults when <see langword="null"/>.</param>
    public FakeVtexServer(FakeVtexServerOptions? options = null)
    {
        Options = options ?? new FakeVtexServerOptions();
        router = new VtexRouter(state, Options, Faults, Journal);
        AddBrand(1, "Marca padrão");
        AddWarehouse("1_1");
    }

    /// <summary>How the fake behaves.</summary>
    public FakeVtexServerOptions Options { get; }

    /// <summary>Every request received, with what the fake answered (app tokens are never kept).</summary>
    public RequestJournal Journal { get; } = new();

    /// <summary>Scripted faults: <c>Faults.On("PUT", "pricing/prices/1").Times(2).RespondWithStatus(503)</c> (routes without the leading slash).</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>The router, for hosts that serve the fake over a socket (the totvs-fake-datasul tool's <c>--vtex</c>).</summary>
    internal VtexRouter Router => router;

    /// <summary>A handler that serves the fake in memory: <c>new HttpClient(server.CreateHandler())</c>, or the primary handler of the client's pipeline.</summary>
    /// <returns>The handler.</returns>
    public HttpMessageHandler CreateHandler() => new InMemoryVtexHandler(router);

    /// <summary>Adds a brand (the catalog's products need one).</summary>
    /// <param name="id">The brand id.</param>
    /// <param name="name">The brand's name.</param>
    public void AddBrand(int id, string name)
    {
        lock (state.Sync)
        {
            state.Brands[id] = name;
        }
    }

    /// <summary>Adds a warehouse (inventory is kept per warehouse; VTEX refuses an unknown one).</summary>
    /// <param name="warehouseId">The warehouse id, e.g. <c>1_1</c>.</param>
    public void AddWarehouse(string warehouseId)
    {
        lock (state.Sync)
        {
            state.Warehouses.Add(warehouseId);
        }
    }

    /// <summary>
    /// Places an order in the store, as VTEX holds it (the OMS order JSON, e.g. the samples' order files): it is
    /// <c>ready-for-handling</c> and its event is on the feed.
    /// </summary>
    /// <param name="orderJson">The order, with at least its <c>orderId</c>.</param>
    /// <returns>The order id.</returns>
    /// <exception cref="ArgumentException">The JSON is not an order with an <c>orderId</c>, or the order exists.</exception>
    public string PlaceOrder(string orderJson)
    {
        var order = JsonNode.Parse(orderJson) as JsonObject ?? throw new ArgumentException("The order must be a JSON object.", nameof(orderJson));
        var orderId = VtexRouter.Text(order, "orderId") ?? throw new ArgumentException("The order has no orderId.", nameof(orderJson));
        lock (state.Sync)
        {
            if (state.Orders.ContainsKey(orderId))
            {
                throw new ArgumentException($"Order {orderId} is already in the store.", nameof(orderJson));
            }

            order["status"] = null;
            state.Orders[orderId] = order;
            router.SetStatus(order, "ready-for-handling");
        }

        return orderId;
    }

    /// <summary>The categories, as VTEX holds them.</summary>
    public IReadOnlyList<JsonObject> Categories => Snapshot(() => state.Categories.Values);

    /// <summary>The products, as VTEX holds them.</summary>
    public IReadOnlyList<JsonObject> Products => Snapshot(() => state.Products.Values);

    /// <summary>The SKUs, as VTEX holds them (each with its <c>Eans</c>).</summary>
    public IReadOnlyList<JsonObject> Skus => Snapshot(() => state.Skus.Select(s =>
    {
        var sku = (JsonObject)s.Value.DeepClone();
        sku["Eans"] = new JsonArray([.. state.Eans.GetValueOrDefault(s.Key, []).Select(e => (JsonNode)e)]);
        return sku;
    }));

    /// <summary>A SKU's prices (the pricing API's document), or <see langword="null"/>.</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <returns>The prices.</returns>
    public JsonObject? PriceOf(int skuId)
    {
        lock (state.Sync)
        {
            return state.Prices.GetValueOrDefault(skuId)?.DeepClone() as JsonObject;
        }
    }

    /// <summary>A SKU's stock in a warehouse, or <see langword="null"/> when never set.</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <param name="warehouseId">The warehouse.</param>
    /// <returns>The quantity.</returns>
    public long? QuantityOf(int skuId, string warehouseId)
    {
        lock (state.Sync)
        {
            return state.Inventory.TryGetValue((skuId, warehouseId), out var inventory) ? inventory["quantity"]!.GetValue<long>() : null;
        }
    }

    /// <summary>A SKU's stock in every warehouse it has some.</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <returns>The quantity by warehouse.</returns>
    public IReadOnlyDictionary<string, long> InventoryOf(int skuId)
    {
        lock (state.Sync)
        {
            return state.Inventory.Where(i => i.Key.SkuId == skuId).ToDictionary(i => i.Key.WarehouseId, i => i.Value["quantity"]!.GetValue<long>(), StringComparer.Ordinal);
        }
    }

    /// <summary>An order's status (<c>ready-for-handling</c>, <c>handling</c>, <c>invoiced</c>, <c>canceled</c>), or <see langword="null"/>.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The status.</returns>
    public string? StatusOf(string orderId)
    {
        lock (state.Sync)
        {
            return state.Orders.TryGetValue(orderId, out var order) ? VtexRouter.Text(order, "status") : null;
        }
    }

    /// <summary>The invoices notified for an order, as sent (each number and type once).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The invoices.</returns>
    public IReadOnlyList<JsonObject> InvoicesOf(string orderId) => Snapshot(() => state.Invoices.GetValueOrDefault(orderId, []));

    /// <summary>The reason an order was cancelled with, or <see langword="null"/> when it was not.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The reason.</returns>
    public string? CancellationReasonOf(string orderId)
    {
        lock (state.Sync)
        {
            return state.Cancellations.GetValueOrDefault(orderId);
        }
    }

    /// <summary>How many events of the feed are not committed.</summary>
    public int PendingFeedEvents
    {
        get
        {
            lock (state.Sync)
            {
                return state.Feed.Count;
            }
        }
    }

    private IReadOnlyList<JsonObject> Snapshot(Func<IEnumerable<JsonObject>> records)
    {
        lock (state.Sync)
        {
            return records().Select(r => (JsonObject)r.DeepClone()).ToList();
        }
    }
}
