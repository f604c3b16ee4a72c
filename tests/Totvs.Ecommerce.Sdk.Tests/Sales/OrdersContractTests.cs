using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

public sealed class OrdersContractTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_order_is_created_with_its_naturezas_customer_and_billing_hold_and_read_back(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, SalesSeed.Store);

        var result = await harness.Client.Orders.CreateAsync(SalesSeed.Order());
        var read = await harness.Client.Orders.GetAsync(result.Record.OrderId!.Value);
        var found = await harness.Client.Orders.FindAsync("JOAO-SILVA", "V-1001");

        Assert.Equal(CreationOutcome.Created, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(result.Record.OrderId, read.OrderId);
        Assert.Equal(read.OrderId, found?.OrderId);
        Assert.Equal(OrderSituation.Open, read.OrderSituation);
        Assert.Equal(BillingHold.AwaitingPayment, read.BillingHold);
        Assert.Equal(["6108", "6910"], read.OrderItems.Select(i => i.TransactionType));
        Assert.Equal(12, read.CodeCarrier);
        Assert.Equal("CORREIOS", read.CarrierName);
        Assert.Equal(PaymentMethodType.Boleto, read.PaymentMethod?.Type);
        var customer = Assert.Single(harness.Server.Customers);
        Assert.Equal(read.CustomerCode, customer.CustomerCode);
        Assert.Equal(10, customer.CustomerGroup);
    }

    [Fact]
    public async Task After_admission_the_ERP_fills_what_Datasul_fills()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);

        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record;

        Assert.Equal(12, order.CodeCarrier);
        Assert.Equal("CORREIOS", order.CarrierName);
        Assert.Equal(Assert.Single(harness.Server.Customers).CustomerCode, order.CustomerCode);
        Assert.Equal("123456789001", order.RepresentativeOrderId); // the store's order number, 12 letters and digits
        Assert.Equal("14538220620", order.PersonalId);
        Assert.Equal(("RJ", "Rio de Janeiro", "20040020"), (order.DeliveryState, order.DeliveryCity, order.DeliveryZipCode));
        Assert.Equal(20m, order.ValueFreight);
        Assert.Equal(399.90m + (2 * 59.90m), order.OrderAmount);
        Assert.Equal(399.90m + (2 * 59.90m) + 20m, order.TotalOrderAmount);
        Assert.Equal([10, 20], order.OrderItems.Select(i => i.Sequence ?? 0));
        Assert.Equal([399.90m, 119.80m], order.OrderItems.Select(i => i.TotalOrderItemAmount ?? 0));
        Assert.Equal(OrderSituation.Open, Assert.Single(harness.Server.Orders).OrderSituation);
        Assert.Equal(12, Assert.Single(harness.Server.Orders).Json["CodeCarrier"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task The_orders_feed_pages_with_totalHits_and_follows_lastUpdate(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, SalesSeed.Store);
        for (var i = 1; i <= 5; i++)
        {
            await harness.Client.Orders.CreateAsync(SalesSeed.Order($"V-{i}"));
        }

        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var checkpoint = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = harness.Server.Orders[2].OrderId;
        harness.Server.SettlePaymentTitle(third);

        var page = await harness.Client.Orders.ListAsync(new OrderListOptions { StoreCode = "1", PageSize = 2, IncludeTotalCount = true });
        var changed = await harness.Client.Orders.ListAsync(new OrderListOptions { ChangedSince = checkpoint });

        Assert.Equal(2, page.Items.Count);
        Assert.True(page.HasNext);
        Assert.Equal(5, page.TotalCount);
        var released = Assert.Single(changed.Items);
        Assert.Equal(third, released.OrderId);
        Assert.Equal(BillingHold.None, released.BillingHold);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_order_is_updated_completed_and_cancelled(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, SalesSeed.Store);
        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record;
        var id = order.OrderId!.Value;

        var updated = await harness.Client.Orders.UpdateAsync(id, order with { Comments = "Entregar após as 14h" });
        var completed = await harness.Client.Orders.CompleteAsync(id);
        var cancelled = await harness.Client.Orders.CancelAsync(id, new OrderCancellation
        {
            CancellationDate = new LocalDate(2026, 3, 2), CancellationReason = "Cliente desistiu",
        });

        Assert.Equal("Entregar após as 14h", updated.Comments);
        Assert.True(completed.OrderCompleted);
        Assert.Equal(OrderSituation.Cancelled, cancelled.OrderSituation);
        Assert.Equal("Cliente desistiu", cancelled.CancellationReason);
        Assert.Equal(new LocalDate(2026, 3, 2), cancelled.CancellationDate);
    }

    [Fact]
    public async Task An_invoiced_order_cannot_be_cancelled()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var id = (await harness.Client.Orders.CreateAsync(SalesSeed.Order(payment: "CARTAO", type: PaymentMethodType.CreditCard))).Record.OrderId!.Value;
        harness.Server.InvoiceOrder(id);

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CancelAsync(id,
            new OrderCancellation { CancellationDate = new LocalDate(2026, 3, 2), CancellationReason = "Tarde demais" }));

        Assert.Equal(TotvsErrorCodes.OrderNotCancellable, error.Code);
        Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_the_same_order_twice_returns_the_existing_one_and_creates_nothing()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var first = await harness.Client.Orders.CreateAsync(SalesSeed.Order());

        var second = await harness.Client.Orders.CreateAsync(SalesSeed.Order());

        Assert.Equal(CreationOutcome.AlreadyExisted, second.Outcome);
        Assert.Equal(first.Record.OrderId, second.Record.OrderId);
        Assert.Single(harness.Server.Orders);
    }

    [Fact]
    public async Task A_cancellation_without_a_reason_is_refused_before_sending()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);

        var error = await Assert.ThrowsAsync<TotvsValidationException>(() =>
            harness.Client.Orders.CancelAsync(1001, new OrderCancellation { CancellationDate = new LocalDate(2026, 3, 2), CancellationReason = " " }));

        Assert.Equal("CancellationReason", error.Problems[0].Field);
        Assert.Empty(harness.Server.Journal.Entries);
    }
}
