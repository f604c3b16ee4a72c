using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Testing.Vtex;

/// <summary>The fake VTEX account's data, as VTEX's JSON documents; guarded by <see cref="Sync"/>.</summary>
internal sealed class VtexState
{
    public Lock Sync { get; } = new();

    public SortedDictionary<int, JsonObject> Categories { get; } = [];

    public SortedDictionary<int, string> Brands { get; } = [];

    public SortedDictionary<int, JsonObject> Products { get; } = [];

    public SortedDictionary<int, JsonObject> Skus { get; } = [];

    public Dictionary<int, List<string>> Eans { get; } = [];

    public Dictionary<int, JsonObject> Prices { get; } = [];

    public HashSet<string> Warehouses { get; } = new(StringComparer.Ordinal);

    public Dictionary<(int SkuId, string WarehouseId), JsonObject> Inventory { get; } = [];

    public Dictionary<string, JsonObject> Orders { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<JsonObject>> Invoices { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Cancellations { get; } = new(StringComparer.Ordinal);

    /// <summary>The order feed: events not committed yet, oldest first.</summary>
    public List<JsonObject> Feed { get; } = [];

    public int NextCategoryId { get; set; } = 1;

    public int NextProductId { get; set; } = 1;

    public int NextSkuId { get; set; } = 1;

    public long NextEvent { get; set; } = 1;
}
