using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>Source-generated JSON of the VTEX wire models (names as VTEX spells them; unknown fields ignored).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(VtexOrder))]
[JsonSerializable(typeof(VtexInvoiceNotification))]
[JsonSerializable(typeof(VtexOrderCancellation))]
[JsonSerializable(typeof(VtexCategory))]
[JsonSerializable(typeof(VtexBrand))]
[JsonSerializable(typeof(VtexProduct))]
[JsonSerializable(typeof(VtexSku))]
[JsonSerializable(typeof(VtexSkuSpecification))]
[JsonSerializable(typeof(VtexPrice))]
[JsonSerializable(typeof(VtexInventory))]
[JsonSerializable(typeof(List<VtexFeedItem>))]
[JsonSerializable(typeof(VtexFeedCommit))]
internal sealed partial class VtexJsonContext : JsonSerializerContext;
