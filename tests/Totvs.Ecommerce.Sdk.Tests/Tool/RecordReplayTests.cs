using System.Text;
using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>
/// Record → scrub → replay → import, with the fake itself as the "real" ERP: the recording keeps no credential, token or
/// personal data; a replay answers the session again (scrubbed values aside); an import serves the same catalog and orders.
/// </summary>
public sealed class RecordReplayTests
{
    private const string Password = "s3cr3t-pw";
    private const string ClientSecret = "cl1ent-s3cret";

    [Fact]
    public async Task A_recorded_session_holds_no_secret_nor_personal_data_replays_its_answers_and_imports_into_a_fresh_fake()
    {
        var recording = Path.Combine(Path.GetTempPath(), $"totvs-recording-{Guid.NewGuid():N}.jsonl");
        var (customer, order) = await SeedBodies.FromSdkAsync();
        await using var erp = await ToolHost.StartAsync("--items", "0", "--user", $"integration:{Password}", "--oauth-client", $"connector:{ClientSecret}");
        await erp.PostAsync("/__admin/seed", $$"""{"stores":[{{SeedBodies.Store}}],"customers":[{{customer}}],"orders":[{{order}}]}""");
        AddReferenceModeItem(erp.App.Erp.Server);

        Session recorded, replayed, imported;
        await using (var recorder = await ToolHost.StartAsync("--record", recording, "--target", erp.Address.ToString()))
        {
            recorded = await Session.RunAsync(OAuthClient(recorder), basic: BasicClient(recorder));
        }

        var text = await File.ReadAllTextAsync(recording);
        await using (var replayer = await ToolHost.StartAsync("--replay", recording))
        {
            replayed = await Session.RunAsync(OAuthClient(replayer), basic: null);
        }

        await using (var importer = await ToolHost.StartAsync("--import", recording))
        {
            imported = await Session.RunAsync(importer.Client, basic: null);
        }

        // Nothing secret or personal was written.
        string[] secrets =
        [
            Password, ClientSecret, Convert.ToBase64String(Encoding.UTF8.GetBytes($"integration:{Password}")),
            "529.982.247-25", "52998224725", "145.382.206-20", "14538220620", "maria@example.com", "Maria de Souza", "MARIA-SOUZA", "Rua das Flores",
            .. erp.App.Erp.Server.IssuedTokens(),
        ];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));

        // The replay answers the session again; only the scrubbed values differ, consistently and still valid; every order
        // still finds its customer, by the look-ups the SDK makes, with the values the replay answered.
        Assert.Equal(recorded.Relations, replayed.Relations);
        Assert.All(replayed.Relations, relation => Assert.True(relation.Found, $"order {relation.OrderId} finds its customer after scrubbing"));
        Assert.Equal(recorded.Catalog, replayed.Catalog);
        Assert.Equal(recorded.Orders.Select(o => (o.OrderId, o.CustomerOrderId, o.OrderItems.Count)), replayed.Orders.Select(o => (o.OrderId, o.CustomerOrderId, o.OrderItems.Count)));
        var original = recorded.Orders.Single();
        var scrubbed = replayed.Orders.Single();
        Assert.NotEqual(original.ShortName, scrubbed.ShortName);
        Assert.NotEqual(original.EcommerceCustomerPersonalId, scrubbed.EcommerceCustomerPersonalId);
        Assert.True(Cpf.TryParse(scrubbed.EcommerceCustomerPersonalId.ToString(), out _), "the fake CPF has valid check digits");
        var maria = recorded.Customers.Single(c => c.CustomerName == "Maria de Souza").CustomerCode;
        var scrubbedCustomer = replayed.Customers.Single(c => c.CustomerCode == maria);
        Assert.Equal(recorded.Customers.Select(c => c.CustomerCode), replayed.Customers.Select(c => c.CustomerCode));
        Assert.True(Cpf.TryParse(scrubbedCustomer.PersonalId, out _));
        Assert.NotEqual("Maria de Souza", scrubbedCustomer.CustomerName);

        // A fresh fake imported from the recording serves the same catalog, every field, and orders (as recorded: scrubbed).
        Assert.Equal(recorded.Catalog, imported.Catalog);
        Assert.Contains(recorded.Catalog, line => line.StartsWith("sku CAM-001/AZUL-P", StringComparison.Ordinal) && line.Contains(" 0.18 0.25 2 30 40 ", StringComparison.Ordinal));
        Assert.Equal(recorded.Relations, imported.Relations);
        Assert.Equal(replayed.Orders.Select(o => (o.OrderId, o.CustomerOrderId, o.ShortName, o.OrderItems.Single().ItemCode)),
            imported.Orders.Select(o => (o.OrderId, o.CustomerOrderId, o.ShortName, o.OrderItems.Single().ItemCode)));
        Assert.Equal(scrubbedCustomer.CustomerName, imported.Customers.Single(c => c.CustomerCode == maria).CustomerName);
        File.Delete(recording);
    }

    [Fact]
    public async Task An_imported_RootSku_catalog_serves_its_roots_with_their_grid_values()
    {
        var recording = Path.Combine(Path.GetTempPath(), $"totvs-recording-{Guid.NewGuid():N}.jsonl");
        await using var erp = await ToolHost.StartAsync("--items", "0");
        await erp.PostAsync("/__admin/seed", $$"""{"stores":[{{SeedBodies.Store}}]}""");
        var server = erp.App.Erp.Server;
        server.SetCatalogMode(CatalogMode.RootSku);
        foreach (var (code, size) in new[] { ("TEN-38", "38"), ("TEN-39", "39") })
        {
            server.UpsertItem(new FakeItem { ItemCode = code, Description = $"Tênis {size}", FamilyCode = "FER" });
            server.SetPrice("ECOM", code, 199.90m);
            server.LinkItem("1", code);
        }

        server.UpsertRoot("TENIS", "Tênis de corrida", "FER", [new FakeRootVariant("TEN-38", new Dictionary<string, string> { ["Tamanho"] = "38" }, "7891000315507"), new FakeRootVariant("TEN-39", new Dictionary<string, string> { ["Tamanho"] = "39" })]);
        static async Task<string[]> RootsAsync(TotvsEcommerceClient client)
        {
            await client.Products.ListAsync(new ProductListOptions { StoreCode = "1" });
            await client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" }); // an item is published where its family is,
            await client.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "1" }); // and where it is priced
            var roots = (await client.RootSkus.ListAsync(new RootSkuListOptions { StoreCode = "1" })).Items;
            return [.. roots.Select(r => $"{r.RootCode} {r.Description} {r.FamilyCode} {r.IsActive} " + string.Join(";", r.Skus.Select(v => $"{v.ItemCode} {v.Gtin} {string.Join(",", v.GridValues.Select(g => $"{g.Key}={g.Value}"))}")))];
        }

        string[] recorded;
        await using (var recorder = await ToolHost.StartAsync("--record", recording, "--target", erp.Address.ToString()))
        {
            recorded = await RootsAsync(new TotvsEcommerceClient(new HttpClient(), server.CreateClientOptions(recorder.Address)));
        }

        await using var importer = await ToolHost.StartAsync("--import", recording);
        Assert.Equal("TENIS Tênis de corrida FER True TEN-38 7891000315507 Tamanho=38;TEN-39  Tamanho=39", Assert.Single(recorded));
        Assert.Equal(recorded, await RootsAsync(importer.Client));
        File.Delete(recording);
    }

    /// <summary>An item controlled by reference (CD1506): two SKUs, one with its own measures and GTIN; a price table with its validity and trade policy.</summary>
    private static void AddReferenceModeItem(FakeDatasulServer server)
    {
        server.UpsertItem(new FakeItem
        {
            ItemCode = "CAM-001", Description = "Camiseta", FamilyCode = "FER", ControlledByReference = true,
            NetWeightKg = 0.2m, GrossWeightKg = 0.3m, HeightCm = 3, WidthCm = 25, LengthCm = 35,
        });
        server.AddReference("CAM-001", "AZUL-P", "Azul P", "7891000315507", new FakeMeasures(0.18m, 0.25m, 2, 30, 40));
        server.AddReference("CAM-001", "AZUL-M", "Azul M");
        server.UpsertPriceTable("ECOM", "Tabela da loja", new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31), "1");
        server.SetPrice("ECOM", "FUR-001", 399.90m);
        server.SetPrice("ECOM", "CAM-001", 59.90m, "AZUL-P");
        server.SetPrice("ECOM", "CAM-001", 64.90m, "AZUL-M");
        server.SetBalance("CAM-001", "1", "ECO", 5, "AZUL-P");
        server.SetBalance("CAM-001", "1", "ECO", 7, "AZUL-M");
        server.LinkItem("1", "CAM-001");
    }

    private static TotvsEcommerceClient OAuthClient(ToolHost host)
    {
        var options = host.App.Erp.Server.CreateClientOptions(host.Address, TotvsAuthenticationMode.OAuth2ClientCredentials);
        options.Authentication.ClientId = "connector";
        options.Authentication.ClientSecret = ClientSecret;
        return new TotvsEcommerceClient(new HttpClient(), options);
    }

    private static TotvsEcommerceClient BasicClient(ToolHost host)
    {
        var options = host.App.Erp.Server.CreateClientOptions(host.Address);
        options.Authentication.Password = Password;
        return new TotvsEcommerceClient(new HttpClient(), options);
    }

    /// <summary>An order and whether the SDK's look-ups found its customer (by short name, by code) and the order again (by short name and store order).</summary>
    private sealed record Relation(long OrderId, bool Found);

    /// <summary>What a connector reads in one session: the catalog (as comparable text, every field but lastUpdate), the orders, the customers and how they relate.</summary>
    private sealed record Session(IReadOnlyList<string> Catalog, IReadOnlyList<Order> Orders, IReadOnlyList<Customer> Customers, IReadOnlyList<Relation> Relations)
    {
        public static async Task<Session> RunAsync(TotvsEcommerceClient client, TotvsEcommerceClient? basic)
        {
            // Orders first, as a connector that starts with its backlog: their customers are met later.
            var orders = (await client.Orders.ListAsync()).Items;
            var families = (await client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items;
            var products = (await client.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items;
            var skus = (await client.Skus.ListAsync(new SkuListOptions { StoreCode = "1" })).Items;
            var tables = (await client.PriceTables.ListAsync(new PriceTableListOptions { StoreCode = "1" })).Items;
            var prices = (await client.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "1" })).Items;
            var stock = (await client.StockBalances.ListAsync(new StockBalanceListOptions { StoreCode = "1" })).Items;
            var customers = (await client.Customers.ListAsync()).Items;
            var relations = new List<Relation>();
            foreach (var order in orders)
            {
                var customer = await client.Customers.FindAsync(order.ShortName);
                var again = await client.Orders.FindAsync(order.ShortName, order.CustomerOrderId);
                var byCode = customer is null ? null : await client.Customers.GetAsync(customer.CustomerCode!.Value);
                var sameDocument = customer is not null && order.EcommerceCustomerPersonalId is { } document
                    && new string(customer.PersonalId!.Where(char.IsAsciiDigit).ToArray()) == document.Value;
                relations.Add(new Relation(order.OrderId!.Value, customer is not null && sameDocument && again?.OrderId == order.OrderId && byCode?.ShortName == order.ShortName));
            }

            if (basic is not null)
            {
                await basic.Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = 1 }); // Basic credentials travel too
            }

            return new Session(
                [
                    .. families.Select(f => $"family {f.Code} {f.Description} {f.IsActive}"),
                    .. products.Select(p => $"product {p.ItemCode} {p.Description} {p.FamilyCode} {p.UnitOfMeasure} {p.StockControl} {p.Gtin} {p.NetWeightKg} {p.GrossWeightKg} {p.HeightCm} {p.WidthCm} {p.LengthCm} {p.IsActive}"),
                    .. skus.Select(k => $"sku {k.SkuId} {k.ItemCode} {k.ReferenceCode} {k.Description} {k.Gtin} {k.NetWeightKg} {k.GrossWeightKg} {k.HeightCm} {k.WidthCm} {k.LengthCm} {k.IsActive}"),
                    .. tables.Select(t => $"table {t.Code} {t.Description} {t.ValidFrom} {t.ValidTo} {t.Currency} {string.Join(',', t.TradePolicies)}"),
                    .. prices.Select(p => $"price {p.PriceTable} {p.ItemCode} {p.ReferenceCode} {p.UnitOfMeasure} {p.Price} {p.ValidFrom}"),
                    .. stock.Select(b => $"stock {b.ItemCode} {b.ReferenceCode} {b.BranchId} {b.WarehouseCode} {b.AvailableQuantity}"),
                ],
                orders,
                customers,
                relations);
        }
    }
}
