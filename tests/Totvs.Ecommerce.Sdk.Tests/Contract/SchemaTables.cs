using System.Globalization;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>Reads TOTVS's published schema tables (docs/schemas/*.tsv), the facts every wire model is held against.</summary>
public static class SchemaTables
{
    public static IReadOnlyList<SchemaRow> Orders { get; } = Read("OrdersPublic.tsv");

    public static IReadOnlyList<SchemaRow> Customers { get; } = Read("CustomerPublic.tsv");

    public static IEnumerable<SchemaRow> All => Orders.Concat(Customers);

    private static List<SchemaRow> Read(string file) =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "schemas", file))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length >= 7 && columns[0].Length > 0)
            .Select(c => new SchemaRow(c[0], c[1], c[2], int.TryParse(c[3], CultureInfo.InvariantCulture, out var length) ? length : null, c[4] == "true", c[6] != "false"))
            .ToList();
}
