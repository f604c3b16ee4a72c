using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>What the SDK writes: PATCH only the fields set, never a read-only field, lengths as published where plausible.</summary>
public class WriteBodyTests
{
    private static Customer Maria => new()
    {
        ShortName = "MARIA", CustomerName = "Maria de Souza", CustomerGroup = 10, Modality = CollectionModality.SimpleCollection,
        RepresentativeCode = 1, Country = "Brasil", Address = "Rua das Flores, 100", EntityType = EntityType.Individual, PersonalId = "52998224725",
    };

    [Fact]
    public async Task Patching_an_order_sends_only_the_fields_set_and_the_ERP_keeps_the_others()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var created = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record;

        var patched = await harness.Client.Orders.PatchAsync(created.OrderId!.Value, new Order { Comments = "Entregar à tarde", DeliveryCode = "CASA" });

        var body = JsonNode.Parse(harness.Server.Journal.For("PATCH", harness.Server.Routes.Orders, includeKeys: true).Single().Body!)!.AsObject();
        Assert.Equal(["Comments", "DeliveryCode"], body.Select(p => p.Key).Order());
        Assert.Equal("Entregar à tarde", patched.Comments);
        Assert.Equal(created.EcommerceOrderId, patched.EcommerceOrderId);
        Assert.Equal(created.OrderItems.Count, patched.OrderItems.Count);
        Assert.Equal(created.OrderItems.Select(i => i.TransactionType), patched.OrderItems.Select(i => i.TransactionType));
    }

    [Fact]
    public async Task Patching_a_customer_sends_only_the_fields_set()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var created = await harness.Client.Customers.CreateAsync(Maria);

        var patched = await harness.Client.Customers.PatchAsync(created.Record.CustomerCode!.Value, new Customer { Email = "maria@example.com" });

        var body = JsonNode.Parse(harness.Server.Journal.For("PATCH", harness.Server.Routes.Customers, includeKeys: true).Single().Body!)!.AsObject();
        Assert.Equal(["Email"], body.Select(p => p.Key));
        Assert.Equal(("maria@example.com", "Maria de Souza"), (patched.Email, patched.CustomerName));
    }

    [Fact]
    public async Task A_patch_that_sets_nothing_is_refused_before_sending()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => throw new InvalidOperationException("Nothing should be sent.")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Orders.PatchAsync(1, new Order()));

        Assert.Contains("sets no field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_only_fields_are_never_sent_even_when_the_record_was_read_with_them()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var created = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record;
        Assert.NotNull(created.TotalOrderAmount);
        Assert.NotNull(created.PersonalId);

        await harness.Client.Orders.UpdateAsync(created.OrderId!.Value, created with { Comments = "ok" });

        var body = JsonNode.Parse(harness.Server.Journal.For("PUT", harness.Server.Routes.Orders, includeKeys: true).Single().Body!)!.AsObject();
        Assert.False(body.ContainsKey("TotalOrderAmount"));
        Assert.False(body.ContainsKey("PersonalId"));
        Assert.False(body.ContainsKey("OrderSituation"));
        Assert.False(body["OrderItems"]![0]!.AsObject().ContainsKey("TransactionType"));
        Assert.True(body.ContainsKey("Comments"));
    }

    [Fact]
    public async Task Customer_fields_are_held_to_their_published_lengths_where_plausible()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (201, "{}")));

        var tooLong = await Assert.ThrowsAsync<TotvsValidationException>(() => client.Customers.CreateAsync(Maria with { TradeName = new string('x', 61) }));
        var schemaSlip = Maria with { Email = "maria.de.souza@example.com" };

        Assert.Contains(tooLong.Problems, p => p.Field == "TradeName" && p.Message.Contains("at most 60", StringComparison.Ordinal));
        Assert.Empty(CustomerValidation.Validate(schemaSlip)); // the schema's Email length of 12 is a slip: not enforced
    }

    [Fact]
    public async Task A_new_order_that_sets_a_field_Datasul_fills_is_told_which_extension_field_to_use()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => throw new InvalidOperationException("Nothing should be sent.")));

        var error = await Assert.ThrowsAsync<TotvsValidationException>(() =>
            client.Orders.CreateAsync(SalesSeed.Order() with { EcommerceCustomerPersonalId = null, PersonalId = "145.382.206-20" }));

        Assert.Contains(error.Problems, p => p.Field == "PersonalId" && p.Message.Contains("EcommerceCustomerPersonalId", StringComparison.Ordinal));
    }
}
