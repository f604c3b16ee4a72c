using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Builds the JSON context of one client: the generated metadata plus NodaTime converters for its server zone.</summary>
internal static class TotvsJson
{
    public static TotvsJsonContext CreateContext(DateTimeZone serverZone) => new(CreateOptions(serverZone));

    /// <summary>
    /// The options requests are written with: the same metadata and converters, with the fields Datasul does not accept
    /// on write (<see cref="ReadOnlyWireFields"/>) left out.
    /// </summary>
    public static JsonSerializerOptions CreateWriteOptions(DateTimeZone serverZone, FieldRenames? renames = null)
    {
        var options = CreateOptions(serverZone);
        var resolver = TotvsJsonContext.Default.WithAddedModifier(ReadOnlyWireFields.Exclude);
        options.TypeInfoResolver = renames is null ? resolver : resolver.WithAddedModifier(renames.Apply);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The options records are read with when the client renames fields (<see cref="TotvsEcommerceOptions.FieldNames"/>).</summary>
    public static JsonSerializerOptions CreateRenamingOptions(DateTimeZone serverZone, FieldRenames renames)
    {
        var options = CreateOptions(serverZone);
        options.TypeInfoResolver = TotvsJsonContext.Default.WithAddedModifier(renames.Apply);
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateOptions(DateTimeZone serverZone)
    {
        // Same settings as the [JsonSourceGenerationOptions] of the context, plus the zone-aware converters.
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            // A null where the model has no null (e.g. "skus": null) is a broken record, not a NullReferenceException later.
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new DatasulInstantConverter(serverZone));
        options.Converters.Add(new IsoLocalDateConverter());

        // The domain's value types know nothing of JSON; their converters are registered here.
        options.Converters.Add(new GtinJsonConverter());
        options.Converters.Add(new ItemCodeJsonConverter());
        options.Converters.Add(new ReferenceCodeJsonConverter());
        options.Converters.Add(new UnitOfMeasureJsonConverter());
        options.Converters.Add(new StockControlJsonConverter());
        options.Converters.Add(new NfeAccessKeyJsonConverter());
        options.Converters.Add(new CpfOrCnpjJsonConverter());
        options.Converters.Add(new UfJsonConverter());
        options.Converters.Add(new CepJsonConverter());
        return options;
    }
}
