using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>Source-generated JSON for reading VTEX orders (camelCase, unknown fields ignored).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(VtexOrder))]
[JsonSerializable(typeof(VtexInvoiceNotification))]
[JsonSerializable(typeof(VtexOrderCancellation))]
internal sealed partial class VtexJsonContext : JsonSerializerContext;
