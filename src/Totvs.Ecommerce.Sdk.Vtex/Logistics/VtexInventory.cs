using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// A SKU's stock in one VTEX warehouse (<c>PUT /api/logistics/pvt/inventory/skus/{skuId}/warehouses/{warehouseId}</c>):
/// a Datasul available balance of a depósito linked to the store.
/// </summary>
public sealed record VtexInventory
{
    /// <summary>The quantity available (VTEX takes whole units).</summary>
    [JsonPropertyName("quantity")]
    public required long Quantity { get; init; }

    /// <summary>Whether the SKU never runs out in this warehouse.</summary>
    [JsonPropertyName("unlimitedQuantity")]
    public bool UnlimitedQuantity { get; init; }

    /// <summary>The lead time before shipping, as VTEX writes it (<c>00:00:00</c>: none).</summary>
    [JsonPropertyName("leadTime")]
    public string LeadTime { get; init; } = "00:00:00";

    /// <summary>When the ERP stamped this balance (ISO 8601, UTC): VTEX discounts the reservations made after it.</summary>
    [JsonPropertyName("dateUtcOnBalanceSystem")]
    public string? DateUtcOnBalanceSystem { get; init; }
}
