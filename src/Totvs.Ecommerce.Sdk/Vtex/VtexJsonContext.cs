using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>Source-generated JSON for reading VTEX orders (camelCase, unknown fields ignored).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(VtexOrder))]
internal sealed partial class VtexJsonContext : JsonSerializerContext;
