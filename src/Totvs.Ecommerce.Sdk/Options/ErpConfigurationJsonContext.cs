using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Source-generated JSON metadata of <see cref="ErpEcommerceConfiguration"/>, for reading it from configuration: its
/// records are immutable (<c>init</c>, <c>required</c>), which the configuration binder's generator cannot fill.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(Serialization.UfJsonConverter), typeof(Serialization.LenientBooleanJsonConverter)])]
[JsonSerializable(typeof(ErpEcommerceConfiguration))]
internal sealed partial class ErpConfigurationJsonContext : JsonSerializerContext;
