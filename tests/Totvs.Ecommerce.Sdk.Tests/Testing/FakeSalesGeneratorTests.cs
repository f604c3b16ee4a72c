using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

public sealed class FakeSalesGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_valid_data()
    {
        var first = new FakeSalesGenerator(7);
        var again = new FakeSalesGenerator(7);

        for (var i = 0; i < 50; i++)
        {
            var customer = first.Customer();
            Assert.Equal(customer, again.Customer());
            Assert.True(Cpf.TryParse(customer.PersonalId, out _));
            Assert.Empty(Sdk.Customers.CustomerValidation.Validate(customer));
            Assert.True(Cnpj.TryParse(first.Cnpj(alphanumeric: i % 2 == 0).Value, out _));
            again.Cnpj(alphanumeric: i % 2 == 0);
        }

        var key = first.AccessKey(Cnpj.Parse("11222333000181"), new YearMonth(2026, 3));
        Assert.Equal(key, NfeAccessKey.Parse(key.Value));
    }

    [Fact]
    public async Task Generated_orders_for_a_generated_catalog_are_all_admitted()
    {
        var catalog = new FakeCatalogGenerator(3).Items(30).Select(i => (i.Item.ItemCode, i.Price)).ToList();
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithPriceTable("ECOM", "1").WithGeneratedCatalog(30, seed: 3));
        var generator = new FakeSalesGenerator(3);

        for (var i = 0; i < 40; i++)
        {
            var order = generator.Order(catalog, "1", new LocalDate(2026, 3, 1));
            Assert.Empty(OrderValidation.Validate(order));
            Assert.Equal(CreationOutcome.Created, (await harness.Client.Orders.CreateAsync(order)).Outcome);
        }

        Assert.Equal(40, harness.Server.Orders.Count);
    }
}
