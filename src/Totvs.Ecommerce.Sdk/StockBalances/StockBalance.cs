using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.StockBalances;

/// <summary>
/// The available balance of an item (or reference) in one depósito (warehouse) linked to the store. Only
/// deposits and items linked to the store are published (PD0628/PD0623).
/// </summary>
public sealed record StockBalance
{
    /// <summary>The item (<c>itemCode</c>).</summary>
    [JsonPropertyName(StockBalanceFields.ItemCode)]
    public ItemCode ItemCode { get; set; }

    /// <summary>The reference, for an item controlled by reference (<c>referenceCode</c>).</summary>
    [JsonPropertyName(StockBalanceFields.ReferenceCode)]
    [JsonConverter(typeof(BlankAsNullJsonConverter<ReferenceCode, ReferenceCodeJsonConverter>))]
    public ReferenceCode? ReferenceCode { get; set; }

    /// <summary>The establishment holding the deposit (<c>branchId</c>, up to 5 characters).</summary>
    [JsonPropertyName(StockBalanceFields.BranchId)]
    public string BranchId { get; set; } = string.Empty;

    /// <summary>The depósito (<c>warehouseCode</c>, up to 3 characters).</summary>
    [JsonPropertyName(StockBalanceFields.WarehouseCode)]
    public string WarehouseCode { get; set; } = string.Empty;

    /// <summary>The quantity available to sell, up to 4 decimals; never negative (<c>availableQuantity</c>).</summary>
    [JsonPropertyName(StockBalanceFields.AvailableQuantity)]
    public decimal AvailableQuantity { get; set; }

    /// <summary>When the balance last changed in the ERP (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(StockBalanceFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }
}
