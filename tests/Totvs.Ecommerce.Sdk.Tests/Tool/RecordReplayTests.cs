using System.Text;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Prices;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Stock;

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

        // The replay answers the session again; only the scrubbed values differ, consistently and still valid.
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

        // A fresh fake imported from the recording serves the same catalog and orders (as recorded: scrubbed).
        Assert.Equal(recorded.Catalog, imported.Catalog);
        Assert.Equal(replayed.Orders.Select(o => (o.OrderId, o.CustomerOrderId, o.ShortName, o.OrderItems.Single().ItemCode)),
            imported.Orders.Select(o => (o.OrderId, o.CustomerOrderId, o.ShortName, o.OrderItems.Single().ItemCode)));
        Assert.Equal(scrubbedCustomer.CustomerName, imported.Customers.Single(c => c.CustomerCode == maria).CustomerName);
        File.Delete(recording);
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

    /// <summary>What a connector reads in one session: the catalog (as comparable text), the orders and the customers.</summary>
    private sealed record Session(IReadOnlyList<string> Catalog, IReadOnlyList<Order> Orders, IReadOnlyList<Customer> Customers)
    {
        public static async Task<Session> RunAsync(TotvsEcommerceClient client, TotvsEcommerceClient? basic)
        {
            var families = (await client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items;
            var products = (await client.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items;
            var prices = (await client.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "1" })).Items;
            var stock = (await client.StockBalances.ListAsync(new StockBalanceListOptions { StoreCode = "1" })).Items;
            var orders = (await client.Orders.ListAsync()).Items;
            var customers = (await client.Customers.ListAsync()).Items;
            if (basic is not null)
            {
                await basic.Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = 1 }); // Basic credentials travel too
            }

            return new Session(
                [
                    .. families.Select(f => $"family {f.Code} {f.Description} {f.IsActive}"),
                    .. products.Select(p => $"product {p.ItemCode} {p.Description} {p.IsActive} {p.NetWeightKg} {p.GrossWeightKg} {p.HeightCm} {p.WidthCm} {p.LengthCm}"),
                    .. prices.Select(p => $"price {p.PriceTable} {p.ItemCode} {p.Price}"),
                    .. stock.Select(b => $"stock {b.ItemCode} {b.BranchId} {b.WarehouseCode} {b.AvailableQuantity}"),
                ],
                orders,
                customers);
        }
    }
}
