using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>The fake's order lifecycle: the payment method decides the billing release; ERP-side actions show in the feeds.</summary>
public sealed class OrderLifecycleTests
{
    public static TheoryData<string, PaymentMethodType, BillingHold> Payments => new()
    {
        { "BOLETO", PaymentMethodType.Boleto, BillingHold.AwaitingPayment },
        { "TRANSFERENCIA", PaymentMethodType.BankTransfer, BillingHold.AwaitingPayment },
        { "CARTAO", PaymentMethodType.CreditCard, BillingHold.None },
        { "FATURADO", PaymentMethodType.Invoiced, BillingHold.AwaitingCreditApproval },
    };

    [Theory]
    [MemberData(nameof(Payments))]
    public async Task The_payment_method_decides_when_the_order_is_released(string code, PaymentMethodType type, BillingHold hold)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);

        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order(payment: code, type: type))).Record;

        Assert.Equal(hold, order.BillingHold);
        if (hold == BillingHold.AwaitingPayment)
        {
            Assert.Throws<InvalidOperationException>(() => harness.Server.InvoiceOrder(order.OrderId!.Value));
            harness.Server.SettlePaymentTitle(order.OrderId!.Value);
        }
        else if (hold == BillingHold.AwaitingCreditApproval)
        {
            Assert.Throws<InvalidOperationException>(() => harness.Server.SettlePaymentTitle(order.OrderId!.Value));
            harness.Server.ApproveCredit(order.OrderId!.Value);
        }

        Assert.Equal(BillingHold.None, (await harness.Client.Orders.GetAsync(order.OrderId!.Value)).BillingHold);
    }

    [Theory]
    [InlineData(ClientTransport.InMemory)]
    [InlineData(ClientTransport.Loopback)]
    public async Task Invoicing_issues_an_NFe_with_a_valid_key_seen_in_the_invoice_and_order_feeds(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, SalesSeed.Store);
        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order(payment: "CARTAO", type: PaymentMethodType.CreditCard))).Record;
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var checkpoint = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var issued = harness.Server.InvoiceOrder(order.OrderId!.Value, trackingNumber: "BR123");

        var invoices = await harness.Client.Invoices.ListAsync(new InvoiceListOptions { StoreCode = "1", ChangedSince = checkpoint });
        var byKey = await harness.Client.Invoices.GetAsync(issued.BranchId, issued.Series, issued.InvoiceNumber);
        var orders = await harness.Client.Orders.ListAsync(new OrderListOptions { ChangedSince = checkpoint });

        var invoice = Assert.Single(invoices.Items);
        Assert.Equal(issued.AccessKey, invoice.AccessKey);
        Assert.True(NfeAccessKey.TryParse(invoice.AccessKey.Value, out _));
        Assert.Equal(Uf.Parse("SP"), invoice.AccessKey.Uf);
        Assert.Equal(InvoiceDirection.Output, invoice.Direction);
        Assert.Equal(InvoiceStatus.Authorized, invoice.Status);
        Assert.Equal(399.90m + (2 * 59.90m) + 20m, invoice.TotalValue);
        Assert.Equal("1234567890-01", invoice.EcommerceOrderId);
        Assert.Equal("BR123", invoice.TrackingNumber);
        Assert.Equal(2, invoice.Items.Count);
        Assert.Equal(invoice with { Items = [] }, byKey with { Items = [] });
        Assert.Equal(invoice.Items, byKey.Items);
        Assert.Equal(OrderSituation.Fulfilled, Assert.Single(orders.Items).OrderSituation);
    }

    [Fact]
    public async Task Cancelling_in_the_ERP_and_reversing_a_PEDVDA_title_cancel_the_order()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var boleto = (await harness.Client.Orders.CreateAsync(SalesSeed.Order("V-1"))).Record.OrderId!.Value;
        var other = (await harness.Client.Orders.CreateAsync(SalesSeed.Order("V-2"))).Record.OrderId!.Value;

        harness.Server.ReversePaymentTitle(boleto);
        harness.Server.CancelOrderInErp(other, "Sem estoque");

        Assert.Equal(OrderSituation.Cancelled, (await harness.Client.Orders.GetAsync(boleto)).OrderSituation);
        Assert.Equal("Sem estoque", (await harness.Client.Orders.GetAsync(other)).CancellationReason);
    }

    [Fact]
    public async Task Only_unpaid_PEDVDA_titles_are_reversed()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var card = (await harness.Client.Orders.CreateAsync(SalesSeed.Order("V-1", "CARTAO", PaymentMethodType.CreditCard))).Record.OrderId!.Value;
        var paid = (await harness.Client.Orders.CreateAsync(SalesSeed.Order("V-2"))).Record.OrderId!.Value;
        harness.Server.SettlePaymentTitle(paid);

        Assert.Equal("ORDER_NOT_CANCELLABLE", Assert.Throws<FakeDatasulRuleException>(() => harness.Server.ReversePaymentTitle(card)).Rejection.Code);
        Assert.Equal("ORDER_NOT_CANCELLABLE", Assert.Throws<FakeDatasulRuleException>(() => harness.Server.ReversePaymentTitle(paid)).Rejection.Code);
    }

    [Theory]
    [InlineData(StockAllocationMode.LogicalOnOrder, 9)]
    [InlineData(StockAllocationMode.ManualPhysical, 9)]
    [InlineData(StockAllocationMode.AutomaticPhysical, 10)]
    public async Task An_order_allocated_at_entry_leaves_the_available_balance_seen_by_the_next_stock_sync(StockAllocationMode mode, decimal expected)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            SalesSeed.Store(server);
            server.MarkDepositExclusive("1", "1", "ECO");
            server.SetStockAllocation(new StockAllocationConfiguration(mode));
        });

        await harness.Client.Orders.CreateAsync(SalesSeed.Order());
        var stock = await harness.Client.StockBalances.ListAsync(new Totvs.Ecommerce.Sdk.StockBalances.StockBalanceListOptions { StoreCode = "1" });

        Assert.Equal(expected, stock.Items.Single(b => b.ItemCode.Value == "FUR-001").AvailableQuantity);
    }

    [Fact]
    public async Task Cancelling_an_order_gives_its_allocated_stock_back_to_the_next_stock_sync()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            SalesSeed.Store(server);
            server.MarkDepositExclusive("1", "1", "ECO");
            server.SetStockAllocation(new StockAllocationConfiguration(StockAllocationMode.LogicalOnOrder));
        });
        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record;
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var checkpoint = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        harness.Server.CancelOrderInErp(order.OrderId!.Value, "Cliente desistiu");
        var changed = await harness.Client.StockBalances.ListAsync(new Totvs.Ecommerce.Sdk.StockBalances.StockBalanceListOptions { StoreCode = "1", ChangedSince = checkpoint });

        Assert.Equal(10, changed.Items.Single(b => b.ItemCode.Value == "FUR-001").AvailableQuantity); // 9 while the order held one
    }

    [Fact]
    public async Task An_invoiced_order_is_cancelled_only_after_its_NFe_and_both_reach_the_store()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order(payment: "CARTAO", type: PaymentMethodType.CreditCard))).Record;
        var id = order.OrderId!.Value;
        harness.Server.InvoiceOrder(id);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var checkpoint = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        var refused = Assert.Throws<FakeDatasulRuleException>(() => harness.Server.CancelOrderInErp(id, "Devolvido"));
        var nfe = harness.Server.CancelInvoice(id);
        harness.Server.CancelOrderInErp(id, "Devolvido");
        var invoices = await harness.Client.Invoices.ListAsync(new InvoiceListOptions { StoreCode = "1", ChangedSince = checkpoint });
        var orders = await harness.Client.Orders.ListAsync(new OrderListOptions { StoreCode = "1", ChangedSince = checkpoint });
        var cancellation = Totvs.Ecommerce.Sdk.Vtex.VtexCancellationMapper.ToCancellation(Assert.Single(orders.Items));

        Assert.Equal("ORDER_NOT_CANCELLABLE", refused.Rejection.Code);
        Assert.True(nfe.IsCancelled);
        Assert.Equal(InvoiceStatus.Cancelled, Assert.Single(invoices.Items).Status); // the invoice feed shows the NF-e cancelled
        Assert.Equal("/api/oms/pvt/orders/1234567890-01/cancel", cancellation!.RequestPath);
        Assert.Equal("""{"reason":"Devolvido"}""", Totvs.Ecommerce.Sdk.Vtex.VtexCancellationMapper.ToJson(cancellation));
        Assert.Null(Totvs.Ecommerce.Sdk.Vtex.VtexCancellationMapper.ToCancellation(order)); // an open order has nothing to cancel in the store
    }
}
