using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Tests.Rules;

/// <summary>Customers from the store: a VTEX buyer as a Datasul customer, and the customer order intake creates from the default group.</summary>
public sealed class CustomersFromTheStoreTests
{
    private static readonly DefaultCustomerGroup Group = new() { Group = 10, Portador = "341", Modality = 1, Natureza = "5102", Representative = "7", HasCashPaymentCondition = true };

    /// <summary>A group none of whose settings equals a default of the fake or the mapper, so a placeholder cannot pass.</summary>
    private static readonly DefaultCustomerGroup DistinctGroup = new()
    {
        Group = 23, Natureza = "5405", Portador = "237", Modality = 4, Representative = "19", Activity = "VAREJO", RevenueType = "8",
        DiscountPercentage = 2.5m, HasCashPaymentCondition = true,
    };

    [Fact]
    public async Task A_VTEX_buyer_becomes_a_Datasul_customer_that_order_intake_then_finds()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(10, seed: 42); // the store of samples/OrderIngestion
            server.AddCarrier("correios-pac", 12, "CORREIOS");
        });
        var vtex = VtexOrderMapper.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "OrderIngestion", "orders", "1001-boleto.json")));

        var customer = VtexCustomerMapper.ToDatasulCustomer(vtex, Group, ibgeCodeOf: (city, uf) => city == "São Paulo" && uf == Uf.Parse("SP") ? 3550308 : null);
        var created = await harness.Client.Customers.CreateAsync(customer);
        await harness.Client.Orders.CreateAsync(VtexOrderMapper.ToDatasulOrder(vtex, new VtexMappingOptions { StoreCode = "1" }, new LocalDate(2026, 3, 1)));

        Assert.Equal(("14538220620", EntityType.Individual, "SP", "01310100", 3550308), (customer.PersonalId, customer.EntityType, customer.State, customer.ZipCode, customer.IbgeCode));
        Assert.Equal((10, 341, "5102", 7), (customer.CustomerGroup, customer.Holder, customer.TransactionType, customer.RepresentativeCode));
        Assert.Equal("São Paulo", created.Record.City);
        Assert.Single(harness.Server.Customers); // order intake found the customer instead of creating another
    }

    /// <summary>
    /// The published delivery path: the address as a delivery place of the customer (customerPublic <c>DeliveryPlaces</c>)
    /// that the order names by <c>DeliveryCode</c>; the ERP takes the place's address and UF (inter-state here: 6108).
    /// </summary>
    [Fact]
    public async Task A_VTEX_order_delivered_to_a_customer_place_takes_the_places_address_and_UF()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(10, seed: 42); // the store of samples/OrderIngestion
            server.AddCarrier("correios-pac", 12, "CORREIOS");
        });
        var vtex = VtexOrderMapper.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "OrderIngestion", "orders", "1001-boleto.json")));
        var options = new VtexMappingOptions { StoreCode = "1", DeliverToCustomerPlace = true };
        vtex = vtex with { ShippingData = vtex.ShippingData! with { Address = vtex.ShippingData!.Address! with { State = "RJ", City = "Rio de Janeiro", PostalCode = "20040-020", Number = "1" } } };

        await harness.Client.Customers.CreateAsync(VtexCustomerMapper.ToDatasulCustomer(vtex, Group, options));
        var order = VtexOrderMapper.ToDatasulOrder(vtex, options, new LocalDate(2026, 3, 1));
        var created = await harness.Client.Orders.CreateAsync(order);

        Assert.Null(order.EcommerceDeliveryAddress); // nothing of the e-commerce extension for the address
        Assert.Equal("200400201", order.DeliveryCode);
        Assert.Equal(("RJ", "Rio de Janeiro", "20040020"), (created.Record.DeliveryState, created.Record.DeliveryCity, created.Record.DeliveryZipCode));
        Assert.All(created.Record.OrderItems, i => Assert.Equal("6108", i.TransactionType));
    }

    [Fact]
    public async Task An_order_naming_a_place_its_customer_lacks_is_refused_with_what_to_add()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store, configure: o => o.AcceptLanguage = "en-US");
        await harness.Client.Customers.CreateAsync(SalesSeed.Customer());

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CreateAsync(
            SalesSeed.Order() with { ShortName = "MARIA-SOUZA", EcommerceCustomerPersonalId = CpfOrCnpj.Parse("529.982.247-25"), EcommerceDeliveryAddress = null, DeliveryCode = "CASA" }));

        Assert.Equal("DELIVERY_PLACE_NOT_FOUND", error.Code);
        Assert.Contains("'MARIA-SOUZA' has no delivery place 'CASA'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_buyer_that_cannot_be_mapped_is_named_field_by_field()
    {
        var vtex = new VtexOrder
        {
            OrderId = "1-01",
            ClientProfileData = new VtexClientProfile { Document = "111.111.111-11" },
            ShippingData = new VtexShippingData { Address = new VtexAddress { State = "XX", PostalCode = "123" } },
        };

        var error = Assert.Throws<TotvsValidationException>(() => VtexCustomerMapper.ToDatasulCustomer(vtex, Group));

        Assert.Equal(["clientProfileData.document", "shippingData.address.state", "shippingData.address.postalCode"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task The_customer_order_intake_creates_takes_the_default_group_and_the_delivery_address()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);

        await harness.Client.Orders.CreateAsync(SalesSeed.Order());
        var customer = (await harness.Client.Customers.FindAsync("JOAO-SILVA"))!;

        Assert.Equal((10, 341, 341, 1), (customer.CustomerGroup, customer.Holder, customer.DefaultHolder, customer.RepresentativeCode)); // not placeholders
        Assert.Equal(("Av. Rio Branco, 1", "Rio de Janeiro", "RJ", "20040020"), (customer.Address, customer.City, customer.State, customer.ZipCode));
    }

    /// <summary>
    /// Seed 001, "Grupo Cliente": the new customer takes the group's natureza, portador, modalidade, representante,
    /// atividade, tipo receita/despesa and percentual de desconto — the discount, which customerPublic does not show,
    /// on every order of that customer.
    /// </summary>
    [Fact]
    public async Task A_customer_created_with_an_order_takes_the_default_groups_whole_set_and_its_orders_the_discount()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            SalesSeed.Store(server);
            server.ConfigureStore("1", store => store with { DefaultCustomerGroup = DistinctGroup });
        });

        var first = await harness.Client.Orders.CreateAsync(SalesSeed.Order());
        var second = await harness.Client.Orders.CreateAsync(SalesSeed.Order("V-1002") with { EcommerceOrderId = "1234567891-01" });
        var customer = (await harness.Client.Customers.FindAsync("JOAO-SILVA"))!;

        Assert.Equal((23, "5405", 237, 237, CollectionModality.Judicial, 19, "VAREJO", 8),
            (customer.CustomerGroup, customer.TransactionType, customer.Holder, customer.DefaultHolder, customer.Modality, customer.RepresentativeCode, customer.ActivityBranch, customer.StandardRevenue));
        Assert.Equal((2.5m, 2.5m), (first.Record.CustomerDiscount, second.Record.CustomerDiscount));
        Assert.Single(harness.Server.Customers);
    }

    [Fact]
    public void The_VTEX_buyer_mapper_gives_a_new_customer_the_groups_whole_set()
    {
        var vtex = new VtexOrder
        {
            OrderId = "1-01",
            ClientProfileData = new VtexClientProfile { Document = "145.382.206-20", FirstName = "João", LastName = "Silva" },
            ShippingData = new VtexShippingData { Address = new VtexAddress { State = "SP", PostalCode = "01310-100", City = "São Paulo" } },
        };

        var customer = VtexCustomerMapper.ToDatasulCustomer(vtex, DistinctGroup);

        Assert.Equal((23, "5405", 237, CollectionModality.Judicial, 19, "VAREJO", 8),
            (customer.CustomerGroup, customer.TransactionType, customer.Holder, customer.Modality, customer.RepresentativeCode, customer.ActivityBranch, customer.StandardRevenue));
    }
}
