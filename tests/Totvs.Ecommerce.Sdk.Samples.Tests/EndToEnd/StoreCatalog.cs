using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>
/// A store's catalog by the file storefront's keys: read from the ERP (what it should be) or from the storefront's files
/// (what the connector made of it; the last line of a key wins, a line cut short by a kill is skipped).
/// </summary>
internal sealed class StoreCatalog
{
    public Dictionary<string, string> Families { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Products { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Prices { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Stock { get; } = new(StringComparer.Ordinal);

    public static StoreCatalog ReadCopy(string storeFolder)
    {
        var copy = new StoreCatalog();
        Read(storeFolder, "families", copy.Families, v => $"{v!["description"]?.GetValue<string>()}|{v["active"]!.GetValue<bool>()}");
        Read(storeFolder, "products", copy.Products, v => $"{v!["description"]?.GetValue<string>()}|{v["family"]?.GetValue<string>()}|{v["active"]!.GetValue<bool>()}");
        Read(storeFolder, "prices", copy.Prices, v => v!.GetValue<decimal>().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Read(storeFolder, "stock-balances", copy.Stock, v => v!.GetValue<decimal>().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return copy;
    }

    /// <summary>
    /// What differs between what the store should show and the copy: every family and product (an item taken out of the
    /// store is published inactive), and the price and stock of every product still active — the ERP stops publishing
    /// those of an item it took out, which the store no longer sells.
    /// </summary>
    public static IReadOnlyList<string> Differences(StoreCatalog erp, StoreCatalog copy)
    {
        var differences = new List<string>();
        Compare("family", erp.Families, copy.Families, _ => true, differences);
        Compare("product", erp.Products, copy.Products, _ => true, differences);
        var active = erp.Products.Where(p => p.Value.EndsWith("|True", StringComparison.Ordinal)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Compare("price", erp.Prices, copy.Prices, key => active.Contains(key.Split('/')[1]), differences);
        Compare("stock", erp.Stock, copy.Stock, key => active.Contains(key.Split('/')[0]), differences);
        return differences;
    }

    private static void Compare(string kind, Dictionary<string, string> erp, Dictionary<string, string> copy, Func<string, bool> sold, List<string> differences)
    {
        foreach (var (key, value) in erp.Where(e => sold(e.Key)))
        {
            if (!copy.TryGetValue(key, out var copied) || copied != value)
            {
                differences.Add($"{kind} {key}: ERP {value}, store {copied ?? "(missing)"}");
            }
        }

        differences.AddRange(copy.Keys.Where(key => sold(key) && !erp.ContainsKey(key) && kind is "family" or "product").Select(key => $"{kind} {key}: not in the ERP"));
    }

    private static void Read(string storeFolder, string kind, Dictionary<string, string> into, Func<JsonNode?, string> describe)
    {
        var file = Path.Combine(storeFolder, "catalog", kind + ".jsonl");
        if (!File.Exists(file))
        {
            return;
        }

        foreach (var line in File.ReadLines(file))
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (System.Text.Json.JsonException)
            {
                continue; // cut short by a kill: the page it belonged to was delivered again
            }

            if (node?["key"]?.GetValue<string>() is { } key)
            {
                into[key] = describe(node["value"]);
            }
        }
    }
}
