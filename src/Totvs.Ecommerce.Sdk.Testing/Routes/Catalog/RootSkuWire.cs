using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>apiProductRootSkuPublic on the wire (§4.3, Root/SKU mode): roots with their published SKUs.</summary>
internal static class RootSkuWire
{
    public static IEnumerable<RootRecord> Published(DatasulState state, StoreRecord store)
    {
        var published = state.PublishedItems(store).Select(item => item.Code.Value).ToHashSet(StringComparer.Ordinal);
        return state.Roots.Values
            .Select(root => root with { Variants = root.Variants.Where(v => published.Contains(v.ItemCode.Value)).ToList() })
            .Where(root => root.Variants.Count > 0);
    }

    public static WireProjection<RootRecord> Projection(DateTimeZone zone) => new(
        root => root.LastUpdate,
        root =>
        {
            var skus = new JsonArray();
            foreach (var variant in root.Variants)
            {
                var grid = new JsonObject();
                foreach (var (name, value) in variant.GridValues)
                {
                    grid[name] = value;
                }

                skus.Add((JsonNode)new JsonObject { ["itemCode"] = variant.ItemCode.Value, ["gridValues"] = grid, ["gtin"] = variant.Gtin?.Value });
            }

            return new JsonObject
            {
                ["rootCode"] = root.Code,
                ["description"] = root.Description,
                ["categoryParentCode"] = root.FamilyCode,
                ["isActive"] = root.IsActive,
                ["lastUpdate"] = WireFormat.FormatTimestamp(root.LastUpdate, zone),
                ["skus"] = skus,
            };
        });
}
