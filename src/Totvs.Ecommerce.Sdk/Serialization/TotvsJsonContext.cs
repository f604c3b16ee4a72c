using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Http.Authentication;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Source-generated JSON metadata of every wire model: no reflection at run time, trim- and AOT-safe.
/// Models name their wire fields with <c>JsonPropertyName</c>; reading is case-insensitive because
/// Datasul mixes camelCase and UpperCamelCase between resources.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Family))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(OAuth2TokenResponse))]
internal sealed partial class TotvsJsonContext : JsonSerializerContext;
