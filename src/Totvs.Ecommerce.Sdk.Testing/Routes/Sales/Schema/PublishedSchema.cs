using System.Collections.Frozen;
using System.Globalization;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales.Schema;

/// <summary>
/// TOTVS's published schemas of ordersPublic and customerPublic (docs/schemas, embedded), plus the SDK's e-commerce
/// extension of the order (wire contract §4.7, <c>[sdk]</c>): the fake checks and serves orders and customers by
/// these, never by the SDK's model classes.
/// </summary>
internal sealed class PublishedSchema
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, SchemaField>> objects;

    private PublishedSchema(Dictionary<string, Dictionary<string, SchemaField>> objects) =>
        this.objects = objects.ToFrozenDictionary(o => o.Key, o => o.Value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

    /// <summary><c>OrdersInfo</c> and its nested objects, with the e-commerce extension.</summary>
    public static PublishedSchema Orders { get; } = Load("Schemas.OrdersPublic.tsv", EcommerceExtension.AddTo);

    /// <summary><c>CustomersInfo</c> and its nested objects.</summary>
    public static PublishedSchema Customers { get; } = Load("Schemas.CustomerPublic.tsv", _ => { });

    /// <summary>The fields of one schema object, by JSON name (case-insensitive, as Datasul reads them).</summary>
    public IReadOnlyDictionary<string, SchemaField> this[string objectName] => objects[objectName];

    private static PublishedSchema Load(string resource, Action<Dictionary<string, Dictionary<string, SchemaField>>> extend)
    {
        using var stream = typeof(PublishedSchema).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema {resource} is missing from the Testing package.");
        using var reader = new StreamReader(stream);
        var objects = new Dictionary<string, Dictionary<string, SchemaField>>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            if (columns.Length < 7 || columns[0].Length == 0)
            {
                continue;
            }

            var (objectName, name, type) = (columns[0], columns[1], columns[2]);
            var nested = type.StartsWith("array of ", StringComparison.Ordinal) ? type["array of ".Length..]
                : type == "object" ? "DeliveryContry"
                : null;
            var field = new SchemaField(
                name, type, int.TryParse(columns[3], NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null,
                columns[4] == "true", columns[6] != "false", nested);
            if (!objects.TryGetValue(objectName, out var fields))
            {
                objects[objectName] = fields = new Dictionary<string, SchemaField>(StringComparer.OrdinalIgnoreCase);
            }

            fields.TryAdd(name, field);
        }

        extend(objects);
        return new PublishedSchema(objects);
    }
}
