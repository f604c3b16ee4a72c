using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Builds the JSON options of one client: the generated metadata, the converters of the domain's value types and
/// enums (registered here, so no public model names an internal converter), and NodaTime converters for its server zone.
/// </summary>
internal static class TotvsJson
{
    /// <summary>The options records are read with; with <paramref name="renames"/>, in the ERP's names (<see cref="TotvsEcommerceOptions.FieldNames"/>).</summary>
    public static JsonSerializerOptions CreateReadOptions(DateTimeZone serverZone, FieldRenames? renames = null)
    {
        var options = CreateOptions(serverZone);
        var resolver = TotvsJsonContext.Default.WithAddedModifier(LenientStrings.Apply);
        options.TypeInfoResolver = renames is null ? resolver : resolver.WithAddedModifier(renames.Apply);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// The options requests are written with: the same metadata and converters, with the fields Datasul does not accept
    /// on write (<see cref="ReadOnlyWireFields"/>) left out.
    /// </summary>
    public static JsonSerializerOptions CreateWriteOptions(DateTimeZone serverZone, FieldRenames? renames = null)
    {
        var options = CreateOptions(serverZone);
        var resolver = TotvsJsonContext.Default.WithAddedModifier(LenientStrings.Apply).WithAddedModifier(ReadOnlyWireFields.Exclude);
        options.TypeInfoResolver = renames is null ? resolver : resolver.WithAddedModifier(renames.Apply);
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateOptions(DateTimeZone serverZone)
    {
        // Same settings as the [JsonSourceGenerationOptions] of the context, plus the converters below.
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

        // The domain's value types know nothing of JSON; their converters are registered here. An optional GTIN,
        // reference or unit that Progress sends as "" reads as absent.
        options.Converters.Add(new BlankAsNullJsonConverter<Gtin, GtinJsonConverter>());
        options.Converters.Add(new BlankAsNullJsonConverter<ReferenceCode, ReferenceCodeJsonConverter>());
        options.Converters.Add(new BlankAsNullJsonConverter<UnitOfMeasure, UnitOfMeasureJsonConverter>());
        options.Converters.Add(new GtinJsonConverter());
        options.Converters.Add(new ItemCodeJsonConverter());
        options.Converters.Add(new ReferenceCodeJsonConverter());
        options.Converters.Add(new UnitOfMeasureJsonConverter());
        options.Converters.Add(new StockControlJsonConverter());
        options.Converters.Add(new NfeAccessKeyJsonConverter());
        options.Converters.Add(new CpfOrCnpjJsonConverter());
        options.Converters.Add(new UfJsonConverter());
        options.Converters.Add(new CepJsonConverter());
        options.Converters.Add(new PaymentMethodTypeJsonConverter());

        // Datasul's situations and codes are numbers on the wire; the SDK's own states are camelCase words.
        options.Converters.Add(new IntegerEnumConverter<OrderSituation>());
        options.Converters.Add(new IntegerEnumConverter<CollectionModality>());
        options.Converters.Add(new IntegerEnumConverter<EntityType>());
        options.Converters.Add(new IntegerEnumConverter<CreditSituation>());
        options.Converters.Add(new CamelCaseEnumConverter<BillingHold>());
        options.Converters.Add(new CamelCaseEnumConverter<InvoiceDirection>());
        options.Converters.Add(new CamelCaseEnumConverter<InvoiceStatus>());
        return options;
    }
}
