using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Orders;
using NodaTime;
using Totvs.Ecommerce.Sdk.Serialization;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>
/// Every row of TOTVS's published schemas of ordersPublic and customerPublic against the SDK's models: a property with
/// that JSON name whose type reads the published JSON type (and the other kind Datasul sends) and writes it back as
/// published. Removing or mistyping one property fails here.
/// </summary>
public sealed class SdkSchemaConformanceTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = TotvsJson.CreateReadOptions(DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]);

    /// <summary>The SDK model of each published schema object.</summary>
    public static JsonTypeInfo ModelOf(string schemaObject) => schemaObject switch
    {
        "OrdersInfo" => Json.GetTypeInfo(typeof(Order)),
        "OrderItems" => Json.GetTypeInfo(typeof(OrderItem)),
        "OrderRepresentatives" => Json.GetTypeInfo(typeof(OrderRepresentative)),
        "OrderCancelationInfos" => Json.GetTypeInfo(typeof(OrderCancellation)),
        "OrderCustomFields" or "CustomerCustomFields" => Json.GetTypeInfo(typeof(CustomField)),
        "PreInvoicing" => Json.GetTypeInfo(typeof(OrderPreInvoicing)),
        "CustomersInfo" => Json.GetTypeInfo(typeof(Customer)),
        "CustomerContacts" => Json.GetTypeInfo(typeof(CustomerContact)),
        "DeliveryPlaces" => Json.GetTypeInfo(typeof(DeliveryPlace)),
        "DeliveryContry" => Json.GetTypeInfo(typeof(CountryInfo)),
        _ => throw new InvalidOperationException($"No SDK model for the schema object {schemaObject}."),
    };

    [Fact]
    public void Every_published_field_has_a_property_that_reads_and_writes_its_published_JSON_type()
    {
        var failures = new List<string>();
        foreach (var group in SchemaTables.All.GroupBy(row => row.Object))
        {
            var covered = 0;
            foreach (var row in group)
            {
                var problem = Check(row);
                if (problem is null)
                {
                    covered++;
                }
                else
                {
                    failures.Add($"{row}: {problem}");
                }
            }

            output.WriteLine($"{group.Key}: {covered} of {group.Count()} published fields read and written as published.");
        }

        output.WriteLine($"Coverage: {SchemaTables.All.Count() - failures.Count} of {SchemaTables.All.Count()} rows.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_check_fails_for_a_missing_or_mistyped_property()
    {
        // The check itself must be able to fail: a name no model has, and an integer field read as a boolean.
        Assert.NotNull(Check(new SchemaRow("OrdersInfo", "NoSuchField", "string", null, false, true)));
        Assert.NotNull(Check(new SchemaRow("OrdersInfo", "CodeCarrier", "boolean", null, false, true)));
    }

    /// <summary>Why the model does not carry <paramref name="row"/> as published, or <see langword="null"/> when it does.</summary>
    internal static string? Check(SchemaRow row)
    {
        var type = ModelOf(row.Object);
        if (!type.Properties.Any(p => p.Name == row.Field))
        {
            return $"the model {type.Type.Name} has no property named '{row.Field}'.";
        }

        var published = WireSamples.Published(row);
        return RoundTrip(type, row, published, published)
            ?? (WireSamples.OtherKind(row) is { } other ? RoundTrip(type, row, other, published) : null);
    }

    private static string? RoundTrip(JsonTypeInfo type, SchemaRow row, JsonNode sent, JsonNode expected)
    {
        var record = Base(row.Object);
        record[row.Field] = sent.DeepClone();
        JsonObject written;
        try
        {
            var model = JsonSerializer.Deserialize(record.ToJsonString(), type);
            written = (JsonObject)JsonSerializer.SerializeToNode(model, type)!;
        }
        catch (JsonException ex)
        {
            return $"{sent.ToJsonString()} ({sent.GetValueKind()}) does not read: {ex.Message}";
        }

        var back = written[row.Field];
        if (back is null || back.GetValueKind() != expected.GetValueKind())
        {
            return $"{sent.ToJsonString()} was written back as {back?.ToJsonString() ?? "nothing"}, not as a JSON {expected.GetValueKind()}.";
        }

        if (row.Field == "LastUpdate")
        {
            // A timestamp is written in the server's offset, perhaps spelt differently ("-03" for "-03:00"): the instant must match.
            return DateTimeOffset.Parse(back.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
                == DateTimeOffset.Parse(expected.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
                ? null
                : $"{sent.ToJsonString()} was written back as {back.ToJsonString()}, another instant.";
        }

        return back is JsonValue && back.ToJsonString() != expected.ToJsonString()
            ? $"{sent.ToJsonString()} was written back as {back.ToJsonString()}, expected {expected.ToJsonString()}."
            : null;
    }

    /// <summary>A record of the object with the fields its model cannot read without (C# <c>required</c>), so each row is checked alone.</summary>
    private static JsonObject Base(string schemaObject)
    {
        var type = ModelOf(schemaObject);
        var record = new JsonObject();
        foreach (var row in SchemaTables.All.Where(r => r.Object == schemaObject && type.Properties.Any(p => p.Name == r.Field && p.IsRequired)))
        {
            record[row.Field] = WireSamples.Published(row);
        }

        return record;
    }
}
