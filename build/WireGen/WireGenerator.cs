using System.Text;

namespace Totvs.Ecommerce.WireGen;

/// <summary>
/// Generates, from the schema tables in <c>docs/schemas</c> (TOTVS's published ones and the SDK's own rows in
/// <c>docs/schemas/sdk</c>), each wire fact written once: the wire properties of the order and customer models, their
/// field-name constants, the fields Datasul fills but never takes on write, and the list of generated models. The output
/// is checked in; a test fails when it is stale.
/// </summary>
public static class WireGenerator
{
    /// <summary>One object of a schema and the model it becomes.</summary>
    /// <param name="Schema">The table's name (<c>docs/schemas/{Schema}.tsv</c> and <c>docs/schemas/sdk/{Schema}.sdk.tsv</c>).</param>
    /// <param name="Object">The object in the table.</param>
    /// <param name="Namespace">The model's namespace.</param>
    /// <param name="Type">The model's name.</param>
    /// <param name="Folder">The model's folder below <c>src/Totvs.Ecommerce.Sdk</c>.</param>
    /// <param name="Usings">The namespaces the model's property types come from.</param>
    /// <param name="FieldsClass">The field-name constants class, when the model is filtered and sorted by name.</param>
    /// <param name="FieldsSummary">That class's summary.</param>
    /// <param name="SameAs">Another object of the same model (TOTVS publishes custom fields twice): its fields must match.</param>
    private sealed record Target(
        string Schema, string Object, string Namespace, string Type, string Folder, string[] Usings,
        string? FieldsClass = null, string? FieldsSummary = null, (string Schema, string Object)? SameAs = null);

    private const string Sdk = "Totvs.Ecommerce.Sdk";

    private static readonly Target[] Targets =
    [
        // The catalog and invoices: TOTVS publishes no schema; the SDK's own tables (docs/schemas/sdk) are the source.
        new("BusinessFamilyPublic", "Family", $"{Sdk}.Families", "Family", "Families", ["NodaTime"], "FamilyFields",
            "Wire names of a <see cref=\"Family\"/>'s fields, for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("ProductPublic", "Product", $"{Sdk}.Products", "Product", "Products", ["NodaTime", $"{Sdk}.Domain.Catalog", $"{Sdk}.Domain.Identifiers"], "ProductFields",
            "Wire names of a <see cref=\"Product\"/>'s fields, for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("ProductSkuPublic", "Sku", $"{Sdk}.Skus", "Sku", "Skus", ["NodaTime", $"{Sdk}.Domain.Catalog", $"{Sdk}.Domain.Identifiers"], "SkuFields",
            "Wire names of a <see cref=\"Sku\"/>'s fields, for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("ProductRootSkuPublic", "RootSku", $"{Sdk}.RootSkus", "RootSku", "RootSkus", ["NodaTime"], "RootSkuFields",
            "Wire names of a <see cref=\"RootSku\"/>'s fields, for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("ProductRootSkuPublic", "RootSkuVariant", $"{Sdk}.RootSkus", "RootSkuVariant", "RootSkus", [$"{Sdk}.Domain.Catalog", $"{Sdk}.Domain.Identifiers"]),
        new("PriceItemPublic", "PriceItem", $"{Sdk}.PriceItems", "PriceItem", "PriceItems", ["NodaTime", $"{Sdk}.Domain.Catalog"], "PriceItemFields",
            "Wire names of a <see cref=\"PriceItem\"/>'s fields, for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("PriceTablePublic", "PriceTable", $"{Sdk}.PriceTables", "PriceTable", "PriceTables", ["NodaTime"], "PriceTableFields",
            "Wire names of a <see cref=\"PriceTable\"/>'s fields, for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("StockBalancePublic", "StockBalance", $"{Sdk}.StockBalances", "StockBalance", "StockBalances", ["NodaTime", $"{Sdk}.Domain.Catalog"], "StockBalanceFields",
            "Wire names of a <see cref=\"StockBalance\"/>'s fields, for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("InvoicePublic", "Invoice", $"{Sdk}.Invoices", "Invoice", "Invoices", ["NodaTime", $"{Sdk}.Domain.Identifiers"], "InvoiceFields",
            "Wire names of an <see cref=\"Invoice\"/>'s fields (wire contract §4.9), for <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("InvoicePublic", "InvoiceItem", $"{Sdk}.Invoices", "InvoiceItem", "Invoices", [$"{Sdk}.Domain.Catalog"]),
        new("PurchaseOrder", "PurchaseOrder", $"{Sdk}.PurchaseOrders", "PurchaseOrder", "PurchaseOrders", ["NodaTime"]),
        new("PurchaseOrder", "PurchaseOrderLine", $"{Sdk}.PurchaseOrders", "PurchaseOrderLine", "PurchaseOrders", []),

        // Orders and customers: TOTVS's published schemas, with the SDK's rows beside them.
        new("OrdersPublic", "OrdersInfo", $"{Sdk}.Orders", "Order", "Orders",
            ["NodaTime", $"{Sdk}.Customers", $"{Sdk}.Domain.Identifiers"], "OrderFields",
            "Wire names of an <see cref=\"Order\"/>'s fields (TOTVS's published <c>OrdersInfo</c>, plus the SDK's e-commerce extension), for <c>$filter</c>, <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("OrdersPublic", "OrderItems", $"{Sdk}.Orders", "OrderItem", "Orders", ["NodaTime", $"{Sdk}.Domain.Catalog"], "OrderItemFields",
            "Wire names of an <see cref=\"OrderItem\"/>'s fields (TOTVS's published <c>OrderItems</c>, plus <c>IsGift</c>)."),
        new("OrdersPublic", "OrderRepresentatives", $"{Sdk}.Orders", "OrderRepresentative", "Orders", []),
        new("OrdersPublic", "PreInvoicing", $"{Sdk}.Orders", "OrderPreInvoicing", "Orders", []),
        new("OrdersPublic", "OrderCancelationInfos", $"{Sdk}.Orders", "OrderCancellation", "Orders", ["NodaTime"]),
        new("OrdersPublic", "OrderCustomFields", Sdk, "CustomField", "Records", [], SameAs: ("CustomerPublic", "CustomerCustomFields")),
        new("OrdersPublic", "EcommerceDeliveryAddress", $"{Sdk}.Orders", "OrderDeliveryAddress", "Orders", [$"{Sdk}.Domain.Identifiers"]),
        new("OrdersPublic", "Intermediary", $"{Sdk}.Orders", "OrderIntermediary", "Orders", []),
        new("OrdersPublic", "PaymentMethod", $"{Sdk}.Orders", "OrderPaymentMethod", "Orders", [$"{Sdk}.Domain.Payments"]),
        new("CustomerPublic", "CustomersInfo", $"{Sdk}.Customers", "Customer", "Customers", ["NodaTime", $"{Sdk}.Domain.Stores"], "CustomerFields",
            "Wire names of a <see cref=\"Customer\"/>'s fields (TOTVS's published <c>CustomersInfo</c>), for <c>$filter</c>, <see cref=\"EcommerceListOptions.Fields\"/> and <see cref=\"EcommerceListOptions.OrderBy\"/>."),
        new("CustomerPublic", "CustomerContacts", $"{Sdk}.Customers", "CustomerContact", "Customers", []),
        new("CustomerPublic", "DeliveryPlaces", $"{Sdk}.Customers", "DeliveryPlace", "Customers", []),
        new("CustomerPublic", "DeliveryContry", $"{Sdk}.Customers", "CountryInfo", "Customers", []),
    ];

    private const string Header = "// <auto-generated>\n// Generated by build/generate-wire.sh from docs/schemas: edit the schema tables and run it again, not this file.\n// </auto-generated>\n";

    /// <summary>One field of an object: TOTVS's row, merged with the SDK's own.</summary>
    /// <param name="Name">The exact JSON name.</param>
    /// <param name="DotnetName">The property's name (<see cref="DotnetName(string, IReadOnlyDictionary{string, string})"/>).</param>
    /// <param name="ReadOnly">Datasul fills it and never takes it on write (<c>available=false</c>).</param>
    /// <param name="Summary">The property's XML summary.</param>
    /// <param name="DotnetType">The property's C# type.</param>
    /// <param name="Default">The initializer, or <c>required</c> for a required member, or empty.</param>
    public sealed record Field(string Name, string DotnetName, bool ReadOnly, string Summary, string DotnetType, string Default);

    /// <summary>The generated files: path (from the repository root, with '/') and content.</summary>
    public static IReadOnlyDictionary<string, string> Generate(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var readOnly = new StringBuilder();
        var models = new StringBuilder();
        var lenient = new StringBuilder();
        foreach (var target in Targets)
        {
            var fields = FieldsOf(root, target.Schema, target.Object);
            if (target.SameAs is { } twin && !FieldsOf(root, twin.Schema, twin.Object).Select(f => (f.Name, f.DotnetType)).SequenceEqual(fields.Select(f => (f.Name, f.DotnetType))))
            {
                throw new InvalidDataException($"{twin.Schema}.{twin.Object} and {target.Schema}.{target.Object} share the model {target.Type} but their fields differ: give {twin.Object} a model of its own.");
            }

            files[$"src/Totvs.Ecommerce.Sdk/{target.Folder}/{target.Type}.g.cs"] = Model(target, fields);
            if (target.FieldsClass is { } fieldsClass)
            {
                files[$"src/Totvs.Ecommerce.Sdk/{target.Folder}/{fieldsClass}.g.cs"] = FieldsClass(target, fieldsClass, fields);
            }

            var typeName = QualifiedType(target);
            var names = fields.Where(f => f.ReadOnly).Select(f => $", \"{f.Name}\"");
            readOnly.Append(Invariant($"        [typeof({typeName})] = FrozenSet.Create<string>(StringComparer.Ordinal{string.Concat(names)}),\n"));
            models.Append(Invariant($"        typeof({typeName}),\n"));
            if (IsPublished(root, target.Schema))
            {
                lenient.Append(Invariant($"        typeof({typeName}),\n"));
            }
        }

        files["src/Totvs.Ecommerce.Sdk/Serialization/ReadOnlyWireFields.g.cs"] =
            Header + "using System.Collections.Frozen;\n\nnamespace Totvs.Ecommerce.Sdk.Serialization;\n\ninternal static partial class ReadOnlyWireFields\n{\n" +
            "    /// <summary>The read-only JSON names of each wire model: <c>available=false</c> in the schema tables.</summary>\n" +
            "    public static FrozenDictionary<Type, FrozenSet<string>> ByType { get; } = new Dictionary<Type, FrozenSet<string>>\n    {\n" +
            readOnly + "    }.ToFrozenDictionary();\n}\n";
        files["src/Totvs.Ecommerce.Sdk/Serialization/GeneratedWireModels.g.cs"] =
            Header + "using System.Collections.Frozen;\n\nnamespace Totvs.Ecommerce.Sdk.Serialization;\n\ninternal static partial class GeneratedWireModels\n{\n" +
            "    /// <summary>The models whose wire properties are generated from the schema tables.</summary>\n" +
            "    public static FrozenSet<Type> All { get; } = FrozenSet.Create(\n" + models.ToString().TrimEnd(',', '\n') + ");\n\n" +
            "    /// <summary>The models of TOTVS's published schemas (orders, customers): their text fields read a number as its digits.</summary>\n" +
            "    public static FrozenSet<Type> ReadLeniently { get; } = FrozenSet.Create(\n" + lenient.ToString().TrimEnd(',', '\n') + ");\n}\n";
        return files;
    }

    /// <summary>The fields of one object: TOTVS's rows in their order, then the SDK's extension rows; the SDK's rows rename, retype and document.</summary>
    public static IReadOnlyList<Field> FieldsOf(string root, string schema, string obj)
    {
        var isPublished = IsPublished(root, schema);
        var published = isPublished ? Rows(PublishedTable(root, schema)).Where(r => r["object"] == obj).ToList() : [];
        var own = Rows(Path.Combine(root, "docs", "schemas", "sdk", $"{schema}.sdk.tsv")).Where(r => r["object"] == obj).ToList();
        var ownByField = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var row in own)
        {
            if (!ownByField.TryAdd(row["field"], row))
            {
                throw new InvalidDataException($"docs/schemas/sdk/{schema}.sdk.tsv has {obj}.{row["field"]} twice: keep one row.");
            }
        }

        var renames = own.Where(r => r["dotnet_name"].Length > 0).ToDictionary(r => r["field"], r => r["dotnet_name"], StringComparer.Ordinal);
        var fields = new List<Field>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in published)
        {
            known.Add(row["field"]);
            ownByField.TryGetValue(row["field"], out var sdk);
            if (sdk is not null && (sdk["json_type"].Length > 0 || sdk["available"].Length > 0))
            {
                throw new InvalidDataException($"docs/schemas/sdk/{schema}.sdk.tsv gives {obj}.{row["field"]} a json_type or availability, which TOTVS's table already has: give only dotnet_name, dotnet_type, default or summary.");
            }

            fields.Add(FieldOf(schema, row, sdk, renames, extension: false));
        }

        foreach (var row in own.Where(r => !known.Contains(r["field"])))
        {
            if (row["json_type"].Length == 0)
            {
                throw new InvalidDataException($"docs/schemas/sdk/{schema}.sdk.tsv names {obj}.{row["field"]}, which no table has: give its json_type to add it as a field of its own.");
            }

            fields.Add(FieldOf(schema, row, row, renames, extension: isPublished));
        }

        return fields;
    }

    /// <summary>The documented rule: the wire name with its first letter upper-cased, unless the SDK's table names it.</summary>
    public static string DotnetName(string field, IReadOnlyDictionary<string, string> renames) =>
        renames.TryGetValue(field, out var name) ? name : char.ToUpperInvariant(field[0]) + field[1..];

    /// <summary>
    /// The C# type of a JSON type, unless the SDK's table gives one: text, whole numbers, numbers and flags are optional
    /// (<c>string?</c>, <c>int?</c>, <c>decimal?</c>, <c>bool?</c>); an array is a read-only list of its object's model.
    /// </summary>
    public static string DotnetType(string schema, string jsonType)
    {
        const string ArrayOf = "array of ";
        if (jsonType.StartsWith(ArrayOf, StringComparison.Ordinal))
        {
            var element = jsonType[ArrayOf.Length..];
            var model = Targets.FirstOrDefault(t => t.Schema == schema && t.Object == element)
                ?? Targets.FirstOrDefault(t => t.SameAs is { } twin && twin.Schema == schema && twin.Object == element)
                ?? throw new InvalidDataException($"{schema}: no model is generated for {element}: add it to the generator's targets.");
            return $"IReadOnlyList<{model.Type}>?";
        }

        return jsonType switch
        {
            "string" => "string?",
            "integer" => "int?",
            "decimal" or "number" => "decimal?",
            "boolean" => "bool?",
            _ => throw new InvalidDataException($"{schema}: no C# type for the JSON type '{jsonType}': give the field a dotnet_type in docs/schemas/sdk/{schema}.sdk.tsv."),
        };
    }

    private static Field FieldOf(string schema, IReadOnlyDictionary<string, string> row, IReadOnlyDictionary<string, string>? sdk, IReadOnlyDictionary<string, string> renames, bool extension)
    {
        var name = row["field"];
        var dotnetName = DotnetName(name, renames);
        var readOnly = row["available"] == "false";
        var type = sdk?["dotnet_type"] is { Length: > 0 } given ? given : DotnetType(schema, row["json_type"]);
        var lead = sdk?["summary"] is { Length: > 0 } summary ? summary : Humanize(dotnetName);
        var facts = new StringBuilder(Invariant($"<c>{name}</c>"));
        if (extension)
        {
            facts.Append(", SDK extension");
        }
        else
        {
            if (row.GetValueOrDefault("datasul_column") is { Length: > 0 } column)
            {
                facts.Append(Invariant($", <c>{column}</c>"));
            }

            if (row.GetValueOrDefault("length") is { Length: > 0 } length)
            {
                facts.Append(Invariant($", up to {length}"));
            }
        }

        if (readOnly)
        {
            facts.Append("; read-only: Datasul fills it and the SDK never sends it");
        }

        var required = row.GetValueOrDefault("required") == "true" ? ". Required" : string.Empty;
        return new Field(name, dotnetName, readOnly, $"{lead}{required} ({facts}).", type, sdk?["default"] ?? string.Empty);
    }

    /// <summary>"CodeReshipmentTransp" reads "Code reshipment transp".</summary>
    private static string Humanize(string dotnetName)
    {
        var text = new StringBuilder();
        for (var i = 0; i < dotnetName.Length; i++)
        {
            var c = dotnetName[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(dotnetName[i - 1]) || (i + 1 < dotnetName.Length && char.IsLower(dotnetName[i + 1])));
            if (startsWord)
            {
                text.Append(' ');
            }

            text.Append(i == 0 ? c : char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Model(Target target, IReadOnlyList<Field> fields)
    {
        var text = new StringBuilder(Header).Append("#nullable enable\n\nusing System.Text.Json.Serialization;\n");
        foreach (var ns in target.Usings.Order(StringComparer.Ordinal))
        {
            text.Append(Invariant($"using {ns};\n"));
        }

        text.Append(Invariant($"\nnamespace {target.Namespace};\n\npublic sealed partial record {target.Type}\n{{\n"));
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var required = field.Default == "required" ? "required " : string.Empty;
            var initializer = field.Default is { Length: > 0 } value && value != "required" ? $" = {value};" : string.Empty;
            text.Append(Invariant($"    /// <summary>{field.Summary}</summary>\n    [JsonPropertyName(\"{field.Name}\")]\n"))
                .Append(Invariant($"    public {required}{field.DotnetType} {field.DotnetName} {{ get; set; }}{initializer}\n"));
            if (i < fields.Count - 1)
            {
                text.Append('\n');
            }
        }

        return text.Append("}\n").ToString();
    }

    private static string FieldsClass(Target target, string fieldsClass, IReadOnlyList<Field> fields)
    {
        var text = new StringBuilder(Header)
            .Append(Invariant($"namespace {target.Namespace};\n\n/// <summary>{target.FieldsSummary}</summary>\npublic static class {fieldsClass}\n{{\n"));
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            text.Append(Invariant($"    /// <summary>{field.Summary}</summary>\n    public const string {field.DotnetName} = \"{field.Name}\";\n"));
            if (i < fields.Count - 1)
            {
                text.Append('\n');
            }
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>Whether TOTVS publishes the schema (its table is in <c>docs/schemas</c>), or the SDK's own table is the only one.</summary>
    private static bool IsPublished(string root, string schema) => File.Exists(PublishedTable(root, schema));

    private static string PublishedTable(string root, string schema) => Path.Combine(root, "docs", "schemas", $"{schema}.tsv");

    private static string QualifiedType(Target target) =>
        target.Namespace == Sdk ? target.Type : $"{target.Namespace[(Sdk.Length + 1)..]}.{target.Type}";

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            yield return header.Select((name, i) => (name, value: i < cells.Length ? cells[i] : string.Empty))
                .ToDictionary(c => c.name, c => c.value, StringComparer.Ordinal);
        }
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
