using System.Globalization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>
/// ERP-side configuration and actions on orders: what a Datasul user does (settle a boleto, approve credit,
/// invoice, cancel, reverse a title), each stamping <c>LastUpdate</c> so the store sees it in the feeds.
/// </summary>
public sealed partial class FakeDatasulServer
{
    /// <summary>Every order the ERP holds, by number, as it is now.</summary>
    public IReadOnlyList<FakeOrder> Orders
    {
        get
        {
            lock (state.Sync)
            {
                return state.Orders.Values.Select(o => new FakeOrder(o, ServerZone)).ToList();
            }
        }
    }

    /// <summary>Every customer the ERP holds, as it is now.</summary>
    public IReadOnlyList<FakeCustomer> Customers
    {
        get
        {
            lock (state.Sync)
            {
                return state.Customers.Values.Select(c => new FakeCustomer(c)).ToList();
            }
        }
    }

    /// <summary>Every invoice the ERP issued or received, as it is now.</summary>
    public IReadOnlyList<FakeInvoice> Invoices
    {
        get
        {
            lock (state.Sync)
            {
                return state.Invoices.Values.Select(i => new FakeInvoice(i, ServerZone)).ToList();
            }
        }
    }

    /// <summary>
    /// The fake ERP's e-commerce configuration as an integrator would write it down: the switch, the stock allocation, the
    /// carriers, marketplaces and natureza rules, and each store with its links, payment methods and trade policies. Give
    /// it to a client (<see cref="TotvsEcommerceOptions.UseErpConfiguration"/>) to test admission before sending, or to the
    /// go-live check. A snapshot: later changes to the fake are not in it.
    /// </summary>
    public ErpEcommerceConfiguration ErpConfiguration
    {
        get
        {
            lock (state.Sync)
            {
                var registers = new FakeErpRegisters(state).Configuration;
                return registers with
                {
                    CarrierEcommerceIds = state.Carriers.Keys.ToList(),
                    Marketplaces = state.Representatives.ToList(),
                    NaturezaRules = state.NaturezaRules.ToList(),
                    Stores = state.Stores.Values.Select(store => store.ToConfiguration() with
                    {
                        PaymentMethods = store.PaymentMethods.ToList(),
                        TradePolicies = store.PriceTableCodes
                            .SelectMany(code => state.PriceTables.GetValueOrDefault(code)?.TradePolicies ?? [])
                            .Distinct(StringComparer.Ordinal).ToList(),
                    }).ToList(),
                };
            }
        }
    }

    /// <summary>Turns the e-commerce parameter of CD0101 on or off (off: every order is rejected with <c>INTEGRATION_DISABLED</c>).</summary>
    /// <param name="enabled">Whether the integration is on.</param>
    public void SetIntegrationEnabled(bool enabled) => WithState(() => state.IntegrationEnabled = enabled);

    /// <summary>Sets the company's stock allocation settings.</summary>
    /// <param name="configuration">The settings.</param>
    public void SetStockAllocation(StockAllocationConfiguration configuration) => WithState(() => state.StockAllocation = configuration);

    /// <summary>Maps a carrier's e-commerce id to an ERP carrier (CD0402 "ID E-commerce").</summary>
    /// <param name="ecommerceId">The id the store sends (<c>CarrierEcommerceId</c>).</param>
    /// <param name="carrierCode">The ERP carrier's code (<c>cod-transp</c>, a number: <c>CodeCarrier</c> on the order).</param>
    /// <param name="shortName">The carrier's short name (<c>nome-transp</c>, up to 12: <c>CarrierName</c> on the order).</param>
    public void AddCarrier(string ecommerceId, int carrierCode, string shortName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ecommerceId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(carrierCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shortName.Length, 12, nameof(shortName));
        WithState(() => state.Carriers[ecommerceId] = (carrierCode, shortName));
    }

    /// <summary>Registers a representative (a marketplace is registered as one).</summary>
    /// <param name="shortName">Its short name.</param>
    public void AddRepresentative(string shortName) => WithState(() => state.Representatives.Add(shortName));

    /// <summary>Adds a rule of the automatic suggestion of natureza de operação.</summary>
    /// <param name="rule">The rule.</param>
    public void AddNaturezaRule(NaturezaSuggestionRule rule) => WithState(() => state.NaturezaRules.Add(rule));

    /// <summary>Changes a store's settings (establishments, flags, default customer group); its links stay.</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="change">Gets the current settings, returns the new ones.</param>
    public void ConfigureStore(string storeCode, Func<StoreConfiguration, StoreConfiguration> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        WithState(() =>
        {
            var store = RequireStore(storeCode);
            store.Settings = change(store.Settings);
        });
    }

    /// <summary>Replaces the payment methods registered for a store (by default: BOLETO, TRANSFERENCIA, CARTAO, FATURADO).</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="methods">The methods.</param>
    public void SetPaymentMethods(string storeCode, params PaymentMethodConfiguration[] methods) => WithState(() =>
    {
        var store = RequireStore(storeCode);
        store.PaymentMethods.Clear();
        store.PaymentMethods.AddRange(methods);
    });

    /// <summary>Marks a linked deposit as exclusive to the store (logical allocation needs exactly one).</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="branchId">The establishment.</param>
    /// <param name="warehouseCode">The depósito.</param>
    public void MarkDepositExclusive(string storeCode, string branchId, string warehouseCode) =>
        WithState(() => RequireStore(storeCode).ExclusiveDeposits.Add(BalanceRecord.DepositKey(branchId, warehouseCode)));

    /// <summary>The bank settles the order's boleto or transfer title: the order is released for billing.</summary>
    /// <param name="orderId">The order.</param>
    /// <exception cref="InvalidOperationException">The order has no PEDVDA title (card or invoiced payment) or is not awaiting payment.</exception>
    public void SettlePaymentTitle(long orderId) => Release(orderId, BillingHolds.AwaitingPayment, "its PEDVDA title is settled");

    /// <summary>The ERP approves the order's credit (faturado/marketplace orders): the order is released for billing.</summary>
    /// <param name="orderId">The order.</param>
    /// <exception cref="InvalidOperationException">The order is not awaiting credit approval.</exception>
    public void ApproveCredit(long orderId) => Release(orderId, BillingHolds.AwaitingCreditApproval, "its credit is approved");

    /// <summary>Invoices an order released for billing: issues an NF-e with a valid access key and moves the order to Atendido Total.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="trackingNumber">The carrier's tracking number, if any.</param>
    /// <returns>The invoice.</returns>
    /// <exception cref="InvalidOperationException">The order is not open or not released for billing.</exception>
    public FakeInvoice InvoiceOrder(long orderId, string? trackingNumber = null)
    {
        lock (state.Sync)
        {
            var order = RequireOrder(orderId);
            if (order.Situation != OrderLifecycle.Open || order.BillingHold != BillingHolds.None)
            {
                throw new InvalidOperationException(
                    $"Order {orderId} is in situation {order.Situation} with billing hold {order.BillingHold}; only an open order released for billing is invoiced.");
            }

            var store = state.Stores[order.StoreCode];
            var branchId = WireValues.Text(order.Document, "BranchId");
            var establishment = store.Settings.Establishments.FirstOrDefault(e => e.BranchId == branchId) ?? store.Settings.Establishments[0];
            var number = state.NextInvoiceNumber++;
            var now = state.Now;
            var local = now.InZone(ServerZone);
            var items = WireValues.Records(order.Document, "OrderItems").Select((item, i) =>
            {
                var quantity = WireValues.Decimal(item, "QuantityBilling") ?? 0;
                var price = WireValues.Decimal(item, "OriginalPrice") ?? 0;
                return new InvoiceLine((int)(WireValues.Long(item, "Sequence") ?? (i + 1) * 10), WireValues.Text(item, "ItemCode")!,
                    WireValues.Text(item, "ReferenceCode"), quantity, price, quantity * price);
            }).ToList();
            var natureza = WireValues.Text(order.Document, "TransactionType");
            var invoice = new InvoiceRecord
            {
                BranchId = branchId ?? establishment.BranchId,
                Series = "1",
                InvoiceNumber = number.ToString("D9", CultureInfo.InvariantCulture),
                AccessKey = NfeAccessKey.Create(establishment.Uf, new YearMonth(local.Year, local.Month), CpfOrCnpj.From(state.CompanyCnpj),
                    NfeAccessKey.NfeModel, 1, number, 1, (int)(number * 7919L % 100_000_000)),
                IssueDate = now,
                IsOutput = true,
                TotalValue = items.Sum(i => i.TotalValue) + (WireValues.Decimal(order.Document, "ValueFreight") ?? 0),
                Cfop = natureza is { Length: >= 4 } ? natureza[..4] : null,
                OrderId = order.OrderId,
                CustomerOrderId = order.CustomerOrderId,
                EcommerceOrderId = order.EcommerceOrderId,
                StoreCode = order.StoreCode,
                Carrier = WireValues.Text(order.Document, "CarrierName"),
                TrackingNumber = trackingNumber,
                Items = items,
                LastUpdate = now,
            };
            state.Invoices[invoice.Key] = invoice;
            order.Situation = OrderLifecycle.Fulfilled;
            order.LastUpdate = now;
            return new FakeInvoice(invoice, ServerZone);
        }
    }

    /// <summary>
    /// Records a purchase (an entry invoice, direction <c>input</c>) from a supplier, as the ERP receives it; a
    /// partner system imports these by date windows.
    /// </summary>
    /// <param name="supplier">The supplier's CNPJ (issuer of the NF-e).</param>
    /// <param name="issuedAt">When the supplier issued it.</param>
    /// <param name="items">The items bought, with quantity and unit price.</param>
    /// <returns>The invoice.</returns>
    public FakeInvoice AddPurchaseInvoice(Cnpj supplier, Instant issuedAt, params (string ItemCode, decimal Quantity, decimal UnitPrice)[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (state.Sync)
        {
            var number = state.NextInvoiceNumber++;
            var local = issuedAt.InZone(ServerZone);
            var lines = items.Select((item, i) => new InvoiceLine(
                (i + 1) * 10, ItemCode.Parse(item.ItemCode).Value, null, item.Quantity, item.UnitPrice, item.Quantity * item.UnitPrice)).ToList();
            var invoice = new InvoiceRecord
            {
                BranchId = "1",
                Series = "2",
                InvoiceNumber = number.ToString("D9", CultureInfo.InvariantCulture),
                AccessKey = NfeAccessKey.Create(Uf.Parse("SP"), new YearMonth(local.Year, local.Month), CpfOrCnpj.From(supplier),
                    NfeAccessKey.NfeModel, 2, number, 1, (int)(number * 104729L % 100_000_000)),
                IssueDate = issuedAt,
                IsOutput = false,
                TotalValue = lines.Sum(l => l.TotalValue),
                Cfop = "1102",
                Items = lines,
                LastUpdate = state.Now,
            };
            state.Invoices[invoice.Key] = invoice;
            return new FakeInvoice(invoice, ServerZone);
        }
    }

    /// <summary>
    /// A user cancels an order's NF-e in the ERP: the invoice feed shows it cancelled (a newer <c>lastUpdate</c>) and the
    /// order reopens, so that it can then be cancelled (<see cref="CancelOrderInErp"/>) or invoiced again.
    /// </summary>
    /// <param name="orderId">The invoiced order.</param>
    /// <returns>The cancelled invoice.</returns>
    /// <exception cref="InvalidOperationException">The order has no authorized NF-e.</exception>
    public FakeInvoice CancelInvoice(long orderId)
    {
        lock (state.Sync)
        {
            var order = RequireOrder(orderId);
            var invoice = state.Invoices.Values.FirstOrDefault(i => i.OrderId == orderId && i.IsOutput && !i.IsCancelled)
                ?? throw new InvalidOperationException($"Order {orderId} has no authorized NF-e to cancel.");
            var cancelled = invoice with { IsCancelled = true, LastUpdate = state.Now };
            state.Invoices[invoice.Key] = cancelled;
            order.Situation = OrderLifecycle.Open;
            order.LastUpdate = state.Now;
            return new FakeInvoice(cancelled, ServerZone);
        }
    }

    /// <summary>
    /// A user cancels the order in the ERP, which gives back the stock it allocated; refused for an invoiced order
    /// (<c>ORDER_NOT_CANCELLABLE</c>: cancel its NF-e first, <see cref="CancelInvoice"/>).
    /// </summary>
    /// <param name="orderId">The order.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="FakeDatasulRuleException">The order is invoiced.</exception>
    public void CancelOrderInErp(long orderId, string reason)
    {
        lock (state.Sync)
        {
            var order = RequireOrder(orderId);
            if (OrderLifecycle.Cancel(state, order, Today(), reason) is { } rejection)
            {
                throw new FakeDatasulRuleException(rejection);
            }
        }
    }

    /// <summary>
    /// Reverses the unpaid PEDVDA title of a boleto or transfer order (ACR546AA, "Somente títulos origem
    /// PEDVDA"), which cancels the order.
    /// </summary>
    /// <param name="orderId">The order.</param>
    /// <exception cref="FakeDatasulRuleException">The order has no unpaid PEDVDA title (card or invoiced payment, or already paid).</exception>
    public void ReversePaymentTitle(long orderId)
    {
        lock (state.Sync)
        {
            var order = RequireOrder(orderId);
            var type = WireValues.Object(order.Document, "PaymentMethod") is { } payment && PaymentTypeWire.TryRead(WireValues.Text(payment, "Type"), out var known)
                ? known
                : PaymentMethodType.Invoiced;
            var paid = order.BillingHold != BillingHolds.AwaitingPayment;
            if (PaymentMethodRules.CheckTitleReversal(new ReceivableTitle(PaymentMethodRules.SalesOrderTitleOrigin, type, paid)) is { } rejection)
            {
                throw new FakeDatasulRuleException(rejection);
            }

            OrderLifecycle.Cancel(state, order, Today(), "Título PEDVDA estornado (ACR546AA).");
        }
    }

    private void Release(long orderId, string expected, string why)
    {
        lock (state.Sync)
        {
            var order = RequireOrder(orderId);
            if (order.BillingHold != expected || order.Situation != OrderLifecycle.Open)
            {
                throw new InvalidOperationException($"Order {orderId} is in situation {order.Situation} with billing hold {order.BillingHold}; it is released when {why} only while held for that.");
            }

            order.BillingHold = BillingHolds.None;
            order.Document["EvaluationSituation"] = 3;
            order.LastUpdate = state.Now;
        }
    }

    private OrderRecord RequireOrder(long orderId) =>
        state.Orders.GetValueOrDefault(orderId) ?? throw new InvalidOperationException($"Order {orderId} does not exist.");

    /// <summary>
    /// Holds an order as a real ERP answered it (its wire document, from a recording), without admission: the importer of
    /// the totvs-fake-datasul tool. Numbers of later orders follow it.
    /// </summary>
    internal void ImportOrder(System.Text.Json.Nodes.JsonObject document) => WithState(() =>
    {
        document.Remove("LastUpdate");
        var order = new OrderRecord(document, state.Now);
        state.SaveOrder(order);
        state.NextOrderId = Math.Max(state.NextOrderId, order.OrderId + 1);
    });

    /// <summary>Holds a customer as a real ERP answered it (its wire document, from a recording).</summary>
    internal void ImportCustomer(System.Text.Json.Nodes.JsonObject document) => WithState(() =>
    {
        document.Remove("LastUpdate");
        var customer = new CustomerRecord(document, state.Now);
        state.SaveCustomer(customer);
        state.NextCustomerCode = Math.Max(state.NextCustomerCode, customer.CustomerCode + 1);
    });

    private void WithState(Action action)
    {
        lock (state.Sync)
        {
            action();
        }
    }
}
