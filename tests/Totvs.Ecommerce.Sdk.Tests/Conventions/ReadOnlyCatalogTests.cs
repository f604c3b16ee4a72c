using System.Reflection;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>
/// Seed 001: "changes made in the store are never replicated back to the ERP" (rule 2.13). The catalog clients can only
/// read: no public method of theirs (or of their base) writes, and the transport they use is asked only with GET.
/// </summary>
public sealed class ReadOnlyCatalogTests
{
    public static TheoryData<Type> CatalogClients => new()
    {
        typeof(FamiliesClient), typeof(ProductsClient), typeof(SkusClient), typeof(RootSkusClient),
        typeof(PriceItemsClient), typeof(PriceTablesClient), typeof(StockBalancesClient),
    };

    private static readonly string[] ReadVerbs = ["Get", "List", "Find"];

    [Theory]
    [MemberData(nameof(CatalogClients))]
    public void A_catalog_client_has_no_method_that_writes(Type client)
    {
        var writers = client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType != typeof(object) && !m.IsSpecialName)
            .Where(m => !ReadVerbs.Any(verb => m.Name.StartsWith(verb, StringComparison.Ordinal)))
            .Select(m => m.Name)
            .ToList();

        Assert.True(writers.Count == 0, $"{client.Name} has {string.Join(", ", writers)}: the catalog is published by the ERP and never written by the store.");
    }

    [Fact]
    public async Task Reading_the_whole_catalog_sends_only_GET()
    {
        await using var harness = await Support.SdkHarness.CreateAsync(seed: Support.CatalogSeed.Standard);
        var client = harness.Client;

        await client.Families.ListAsync();
        await client.Products.ListAsync();
        await client.Skus.ListAsync();
        await client.PriceItems.ListAsync();
        await client.PriceTables.ListAsync();
        await client.StockBalances.ListAsync();

        Assert.NotEmpty(harness.Server.Journal.Entries);
        Assert.All(harness.Server.Journal.Entries, e => Assert.Equal("GET", e.Method));
    }
}
