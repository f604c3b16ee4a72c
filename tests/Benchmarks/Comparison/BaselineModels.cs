using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Benchmarks.Comparison;

// What an integrator writes by hand for the same calls: plain DTOs and a source-generated STJ context.
// The same DTOs serve Refit and RestSharp, so the four clients read the same bytes into the same shapes.

public sealed class FamilyDto
{
    [JsonPropertyName("categoryParentCode")]
    public string? Code { get; set; }

    [JsonPropertyName("categoryErpDesc")]
    public string? Description { get; set; }

    [JsonPropertyName("isActive")]
    public bool? IsActive { get; set; }

    [JsonPropertyName("lastUpdate")]
    public DateTimeOffset? LastUpdate { get; set; }
}

public sealed class FamilyPageDto
{
    [JsonPropertyName("hasNext")]
    public bool HasNext { get; set; }

    [JsonPropertyName("items")]
    public List<FamilyDto> Items { get; set; } = [];
}

public sealed class OrderItemDto
{
    public int? Sequence { get; set; }

    public string? ItemCode { get; set; }

    public decimal OriginalPrice { get; set; }

    public decimal QuantityBilling { get; set; }

    public string? TransactionType { get; set; }
}

public sealed class OrderDto
{
    public long? OrderId { get; set; }

    public string? CustomerOrderId { get; set; }

    public string? ShortName { get; set; }

    public string? EmissionDate { get; set; }

    public string? ImplantationDate { get; set; }

    public string? PersonalId { get; set; }

    public string? DeliveryState { get; set; }

    public string? EcommerceStoreCode { get; set; }

    public int? OrderSituation { get; set; }

    public DateTimeOffset? LastUpdate { get; set; }

    public List<OrderItemDto> OrderItems { get; set; } = [];
}

public sealed class OrderPageDto
{
    public bool HasNext { get; set; }

    public List<OrderDto> Orders { get; set; } = [];
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FamilyPageDto))]
[JsonSerializable(typeof(OrderPageDto))]
[JsonSerializable(typeof(OrderDto))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
