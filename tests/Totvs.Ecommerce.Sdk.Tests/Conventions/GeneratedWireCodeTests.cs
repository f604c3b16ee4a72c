using System.Reflection;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Totvs.Ecommerce.WireGen;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>
/// Each wire fact once (issue 29): every record's wire properties, its field-name constants and the read-only sets are
/// generated from the schema tables (<c>docs/schemas</c>, <c>build/generate-wire.sh</c>), and the models' wire names and
/// .NET names follow those tables and the one naming rule.
/// </summary>
public sealed class GeneratedWireCodeTests
{
    [Fact]
    public void The_checked_in_generated_code_is_what_the_schema_tables_give()
    {
        var generated = WireGenerator.Generate(RepositoryPaths.Root);

        Assert.NotEmpty(generated);
        Assert.All(generated, file => Assert.True(
            File.Exists(Path.Combine(RepositoryPaths.Root, file.Key)) && File.ReadAllText(Path.Combine(RepositoryPaths.Root, file.Key)) == file.Value,
            $"{file.Key} is stale: run build/generate-wire.sh and check the result in."));
    }

    [Fact]
    public void A_schema_table_changed_without_regenerating_is_caught()
    {
        var copy = Directory.CreateTempSubdirectory("totvs-wire-");
        try
        {
            CopyDirectory(Path.Combine(RepositoryPaths.Root, "docs", "schemas"), Path.Combine(copy.FullName, "docs", "schemas"));
            var table = Path.Combine(copy.FullName, "docs", "schemas", "OrdersPublic.tsv");
            File.WriteAllText(table, File.ReadAllText(table).Replace("OrdersInfo\tCifCity\tstring", "OrdersInfo\tCifTown\tstring", StringComparison.Ordinal));

            var generated = WireGenerator.Generate(copy.FullName);

            var orderFields = generated["src/Totvs.Ecommerce.Sdk/Orders/OrderFields.g.cs"];
            Assert.Contains("public const string CifTown = \"CifTown\";", orderFields, StringComparison.Ordinal);
            Assert.NotEqual(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src/Totvs.Ecommerce.Sdk/Orders/OrderFields.g.cs")), orderFields);
            var order = generated["src/Totvs.Ecommerce.Sdk/Orders/Order.g.cs"];
            Assert.Contains("[JsonPropertyName(\"CifTown\")]\n    public string? CifTown { get; set; }", order, StringComparison.Ordinal);
            Assert.DoesNotContain("\"CifCity\"", order, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_row_of_the_SDKs_table_for_a_field_no_table_has_is_refused_by_name()
    {
        var copy = Directory.CreateTempSubdirectory("totvs-wire-");
        try
        {
            CopyDirectory(Path.Combine(RepositoryPaths.Root, "docs", "schemas"), Path.Combine(copy.FullName, "docs", "schemas"));
            var table = Path.Combine(copy.FullName, "docs", "schemas", "OrdersPublic.tsv");
            File.WriteAllText(table, File.ReadAllText(table).Replace("OrdersInfo\tBranchId\tstring", "OrdersInfo\tBranchCode\tstring", StringComparison.Ordinal));

            var error = Assert.Throws<InvalidDataException>(() => WireGenerator.Generate(copy.FullName));

            Assert.Contains("OrdersInfo.BranchId", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_NET_name_is_the_wire_name_with_its_first_letter_upper_cased_unless_the_SDKs_table_names_it()
    {
        Assert.Equal("OrderId", WireGenerator.DotnetName("OrderId", new Dictionary<string, string>()));
        Assert.Equal("UnitMeasureStockDesc", WireGenerator.DotnetName("unitMeasureStockDesc", new Dictionary<string, string>()));
        Assert.Equal("BirthDate", WireGenerator.DotnetName("birthdate", new Dictionary<string, string> { ["birthdate"] = "BirthDate" }));
    }

    public static TheoryData<Type, string, string> Models => new()
    {
        { typeof(Order), "OrdersPublic", "OrdersInfo" },
        { typeof(OrderItem), "OrdersPublic", "OrderItems" },
        { typeof(OrderRepresentative), "OrdersPublic", "OrderRepresentatives" },
        { typeof(OrderPreInvoicing), "OrdersPublic", "PreInvoicing" },
        { typeof(Customer), "CustomerPublic", "CustomersInfo" },
        { typeof(CustomerContact), "CustomerPublic", "CustomerContacts" },
        { typeof(DeliveryPlace), "CustomerPublic", "DeliveryPlaces" },
        { typeof(CountryInfo), "CustomerPublic", "DeliveryContry" },
        { typeof(OrderCancellation), "OrdersPublic", "OrderCancelationInfos" },
        { typeof(CustomField), "OrdersPublic", "OrderCustomFields" },
        { typeof(CustomField), "CustomerPublic", "CustomerCustomFields" },
        { typeof(OrderDeliveryAddress), "OrdersPublic", "EcommerceDeliveryAddress" },
        { typeof(OrderIntermediary), "OrdersPublic", "Intermediary" },
        { typeof(OrderPaymentMethod), "OrdersPublic", "PaymentMethod" },
        { typeof(Family), "BusinessFamilyPublic", "Family" },
        { typeof(Product), "ProductPublic", "Product" },
        { typeof(Sku), "ProductSkuPublic", "Sku" },
        { typeof(RootSku), "ProductRootSkuPublic", "RootSku" },
        { typeof(RootSkuVariant), "ProductRootSkuPublic", "RootSkuVariant" },
        { typeof(PriceItem), "PriceItemPublic", "PriceItem" },
        { typeof(PriceTable), "PriceTablePublic", "PriceTable" },
        { typeof(StockBalance), "StockBalancePublic", "StockBalance" },
        { typeof(Invoice), "InvoicePublic", "Invoice" },
        { typeof(InvoiceItem), "InvoicePublic", "InvoiceItem" },
    };

    [Fact]
    public void No_wire_property_of_a_record_is_written_by_hand()
    {
        var handWritten = new[] { "Families", "Products", "Skus", "RootSkus", "PriceItems", "PriceTables", "StockBalances", "Invoices", "Orders", "Customers", "Records" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Totvs.Ecommerce.Sdk", folder), "*.cs"))
            .Where(file => !file.EndsWith(".g.cs", StringComparison.Ordinal) && File.ReadAllText(file).Contains("[JsonPropertyName(", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(handWritten.Count == 0, $"{string.Join(", ", handWritten)} declare wire properties by hand: add the fields to docs/schemas/sdk and run build/generate-wire.sh.");
    }

    [Fact]
    public void Every_wire_property_of_a_generated_model_comes_from_the_schema_tables_and_nothing_else()
    {
        foreach (var (model, schema, obj) in Models.Select(row => ((Type)row[0], (string)row[1], (string)row[2])))
        {
            var expected = WireGenerator.FieldsOf(RepositoryPaths.Root, schema, obj).Select(f => f.Name).Order(StringComparer.Ordinal);
            var actual = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
                .OfType<string>()
                .Order(StringComparer.Ordinal);

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void No_public_model_names_a_JSON_converter()
    {
        var named = ShippedAssemblies.ExportedTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<JsonConverterAttribute>() is not null)
                .Select(p => $"{type.Name}.{p.Name}")
                .Concat(type.GetCustomAttribute<JsonConverterAttribute>() is null ? [] : [type.Name]))
            .ToList();

        Assert.True(named.Count == 0, $"{string.Join(", ", named)} name a converter in a public attribute: register it in TotvsJson instead, so the converter stays internal.");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_wire_property_of_a_model_is_a_field_of_its_schema_tables(Type model, string schema, string obj)
    {
        var fields = WireGenerator.FieldsOf(RepositoryPaths.Root, schema, obj).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        var unknown = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>()
            .Where(name => !fields.Contains(name))
            .ToList();

        Assert.True(unknown.Count == 0, $"{model.Name} reads or writes {string.Join(", ", unknown)}, which no schema table of {obj} has: add it to docs/schemas/sdk/{schema}.sdk.tsv.");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_wire_property_of_a_model_is_named_by_the_naming_rule(Type model, string schema, string obj)
    {
        var names = WireGenerator.FieldsOf(RepositoryPaths.Root, schema, obj).ToDictionary(f => f.Name, f => f.DotnetName, StringComparer.Ordinal);

        var misnamed = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p.Name, Wire: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(p => p.Wire is not null && names.TryGetValue(p.Wire, out var expected) && expected != p.Property)
            .Select(p => $"{p.Property} ({p.Wire}: {names[p.Wire!]})")
            .ToList();

        Assert.True(misnamed.Count == 0, $"{model.Name}: {string.Join(", ", misnamed)}; name it by the rule or give its dotnet_name in docs/schemas/sdk/{schema}.sdk.tsv.");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
