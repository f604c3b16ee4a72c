using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>
/// Decides whether the ERP admits an order from the store (domain rules §3), and what it does with it:
/// natureza per item, customer to create, stock allocation, release for billing. When the order is refused,
/// every reason is returned at once with its code, so the user fixes them all before the connector retries.
/// </summary>
public static class OrderAdmission
{
    /// <summary>Admits or rejects an order.</summary>
    /// <param name="registers">The ERP's registers and configuration.</param>
    /// <param name="order">The order.</param>
    /// <returns>The admitted order, or every rejection.</returns>
    public static AdmissionResult Admit(IErpRegisters registers, OrderToAdmit order)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(order);
        return Judge(registers, order);
    }

    /// <summary>
    /// Every reason the ERP would refuse the order that <paramref name="registers"/> can tell; what they do not know
    /// (items, prices, existing orders and customers, and any register they leave unknown) is left to the ERP. The
    /// client runs this before sending an order when it was given the ERP's configuration.
    /// </summary>
    /// <param name="registers">What is known of the ERP.</param>
    /// <param name="order">The order.</param>
    /// <returns>The rejections; empty when nothing known refuses the order.</returns>
    internal static IReadOnlyList<Rejection> Refusals(IPartialErpRegisters registers, OrderToAdmit order) => Judge(registers, order).Rejections;

    private static AdmissionResult Judge(IErpRegisters registers, OrderToAdmit order)
    {
        var configuration = registers.Configuration;
        var partial = registers as IPartialErpRegisters;
        bool Knows(ErpRegister register) => partial is null || partial.Knows(register);

        // Rule 1: without the integration or the store nothing else can be judged.
        if (!configuration.IntegrationEnabled)
        {
            return Reject(Rejections.IntegrationDisabled());
        }

        var store = configuration.Stores.FirstOrDefault(s => s.StoreCode == order.StoreCode);
        if (store is null)
        {
            return Reject(Rejections.StoreNotFound(order.StoreCode));
        }

        var rejections = new List<Rejection>();
        if (StockAllocationRules.Validate(configuration.StockAllocation, store) is { Count: > 0 } allocationProblems)
        {
            rejections.Add(Rejections.StockAllocationConflict(store.StoreCode, allocationProblems));
        }
        else if (configuration.StockAllocation.Mode == StockAllocationMode.LogicalOnOrder && SharedDeposit(configuration, store) is { } shared)
        {
            rejections.Add(Rejections.DepositSharedWithAnotherStore(store.StoreCode, shared.Deposit, shared.OtherStore));
        }

        if (store.DefaultCustomerGroup is { HasCashPaymentCondition: false })
        {
            rejections.Add(Rejections.CustomerGroupNotConfigured(store.StoreCode, store.DefaultCustomerGroup));
        }

        string? carrier = null;
        if (Knows(ErpRegister.Carriers) && order.CarrierEcommerceId is { Length: > 0 } carrierId && (carrier = registers.FindCarrier(carrierId)) is null)
        {
            rejections.Add(Rejections.CarrierNotMapped(carrierId));
        }

        if (Knows(ErpRegister.Representatives) && order.IntermediaryShortName is { Length: > 0 } intermediary && !registers.IsRepresentative(intermediary))
        {
            rejections.Add(Rejections.IntermediaryNotRepresentative(intermediary));
        }

        var paymentMethod = Knows(ErpRegister.PaymentMethods) ? registers.FindPaymentMethod(store.StoreCode, order.PaymentMethodCode) : null;
        if (!Knows(ErpRegister.PaymentMethods))
        {
            // Left to the ERP.
        }
        else if (paymentMethod is null)
        {
            rejections.Add(Rejections.PaymentMethodNotRegistered(order.PaymentMethodCode, store.StoreCode));
        }
        else if (PaymentMethodRules.Validate(paymentMethod) is { Count: > 0 } incomplete)
        {
            rejections.Add(Rejections.PaymentMethodIncomplete(paymentMethod.Code, incomplete));
        }
        else if (order.IntermediaryShortName is { Length: > 0 } marketplace
            && PaymentMethodRules.ForSale(paymentMethod.Type, throughMarketplace: true) != paymentMethod.Type)
        {
            rejections.Add(Rejections.MarketplacePaymentNotInvoiced(marketplace, paymentMethod.Code, paymentMethod.Type));
        }

        var priceTables = Knows(ErpRegister.TradePolicies) ? ResolvePriceTables(registers, store, order, rejections) : store.PriceTables;
        var document = ResolveDocument(order, rejections);
        var establishment = ResolveEstablishment(store, order, rejections);
        var deliveryUf = string.IsNullOrWhiteSpace(order.DeliveryUf) && order.DeliveryCode is { Length: > 0 } place
            ? ResolveDeliveryPlace(registers, order.CustomerShortName, place, Knows(ErpRegister.Customers), rejections)
            : ResolveDeliveryUf(order, rejections);
        var items = AdmitItems(registers, store, order, priceTables, establishment, deliveryUf, Knows, rejections, out var priceTable);

        if (store.BusinessModel == BusinessModel.B2B
            && !store.B2BCustomers.Contains(order.CustomerShortName, StringComparer.Ordinal)
            && (document.IsEmpty || !store.B2BCustomers.Contains(document.Value, StringComparer.Ordinal)))
        {
            rejections.Add(Rejections.CustomerNotInB2BStore(order.CustomerShortName, store.StoreCode));
        }

        var newCustomer = !document.IsEmpty && Knows(ErpRegister.Customers) && registers.FindCustomer(document) is null;
        if (newCustomer && store.DefaultCustomerGroup is null)
        {
            rejections.Add(Rejections.CustomerGroupNotConfigured(store.StoreCode, null));
        }

        var customerOrderId = store.UsesStoreOrderNumber && !string.IsNullOrWhiteSpace(order.StoreOrderId) ? order.StoreOrderId : order.CustomerOrderId;
        if (Knows(ErpRegister.Orders) && registers.FindOrder(order.CustomerShortName, customerOrderId) is { } existing)
        {
            rejections.Add(Rejections.OrderDuplicate(order.CustomerShortName, customerOrderId, existing));
        }

        if (rejections.Count > 0 || partial is not null)
        {
            return AdmissionResult.Rejected(rejections);
        }

        return AdmissionResult.Admitted(new AdmittedOrder
        {
            StoreCode = store.StoreCode,
            BranchId = establishment!.BranchId,
            CustomerShortName = order.CustomerShortName,
            CustomerOrderId = customerOrderId,
            CustomerDocument = document,
            CustomerToCreate = registers.FindCustomer(document) is null ? NewCustomer(store, order, document) : null,
            CarrierCode = carrier,
            PriceTable = priceTable!,
            Items = items,
            Payment = PaymentMethodRules.PolicyOf(paymentMethod!.Type),
            PaymentMethodCode = paymentMethod.Code,
            Completed = store.CompletesOrder,
            Allocation = StockAllocationRules.ForIncomingOrder(configuration.StockAllocation, store),
        });
    }

    private static AdmissionResult Reject(Rejection rejection) => AdmissionResult.Rejected([rejection]);

    /// <summary>A deposit this store allocates on that another store also uses (the guide asks for one exclusive to the store).</summary>
    private static (StoreDeposit Deposit, string OtherStore)? SharedDeposit(ErpEcommerceConfiguration configuration, StoreConfiguration store)
    {
        foreach (var deposit in store.Deposits.Where(d => d.IsExclusive))
        {
            var other = configuration.Stores.FirstOrDefault(s => s.StoreCode != store.StoreCode
                && s.Deposits.Any(d => d.BranchId == deposit.BranchId && d.WarehouseCode == deposit.WarehouseCode));
            if (other is not null)
            {
                return (deposit, other.StoreCode);
            }
        }

        return null;
    }

    /// <summary>The trade policy's table when the order names one (it must be linked to the store), else the store's tables in order.</summary>
    private static IReadOnlyList<string> ResolvePriceTables(IErpRegisters registers, StoreConfiguration store, OrderToAdmit order, List<Rejection> rejections)
    {
        if (string.IsNullOrWhiteSpace(order.TradePolicyId))
        {
            return store.PriceTables;
        }

        var table = registers.FindPriceTableOfTradePolicy(order.TradePolicyId);
        if (table is null || !store.PriceTables.Contains(table, StringComparer.Ordinal))
        {
            rejections.Add(Rejections.TradePolicyNotLinked(order.TradePolicyId, table, store.StoreCode));
            return [];
        }

        return [table];
    }

    private static CpfOrCnpj ResolveDocument(OrderToAdmit order, List<Rejection> rejections)
    {
        if (CpfOrCnpj.TryParse(order.CustomerDocument, out var document, out var error))
        {
            return document;
        }

        rejections.Add(Rejections.InvalidDocument(error));
        return default;
    }

    private static EstablishmentSettings? ResolveEstablishment(StoreConfiguration store, OrderToAdmit order, List<Rejection> rejections)
    {
        var establishment = order.BranchId is null
            ? store.Establishments.FirstOrDefault()
            : store.Establishments.FirstOrDefault(e => e.BranchId == order.BranchId);
        if (establishment is null)
        {
            rejections.Add(Rejections.EstablishmentNotInStore(order.BranchId, store.StoreCode));
        }

        return establishment;
    }

    /// <summary>The UF of the customer's delivery place; unknown (not refused) when the customers are not known.</summary>
    private static Uf? ResolveDeliveryPlace(IErpRegisters registers, string customerShortName, string deliveryCode, bool knowsCustomers, List<Rejection> rejections)
    {
        if (!knowsCustomers)
        {
            return null;
        }

        if (registers.FindDeliveryPlaceUf(customerShortName, deliveryCode) is { } text)
        {
            return Uf.TryParse(text, out var uf) ? uf : Reject(Rejections.DeliveryUfUnknown(text));
        }

        return Reject(Rejections.DeliveryPlaceNotFound(customerShortName, deliveryCode));

        Uf? Reject(Rejection rejection)
        {
            rejections.Add(rejection);
            return null;
        }
    }

    private static Uf? ResolveDeliveryUf(OrderToAdmit order, List<Rejection> rejections)
    {
        if (Uf.TryParse(order.DeliveryUf, out var uf))
        {
            return uf;
        }

        rejections.Add(Rejections.DeliveryUfUnknown(order.DeliveryUf));
        return null;
    }

    private static List<AdmittedItem> AdmitItems(
        IErpRegisters registers, StoreConfiguration store, OrderToAdmit order, IReadOnlyList<string> priceTables,
        EstablishmentSettings? establishment, Uf? deliveryUf, Func<ErpRegister, bool> knows, List<Rejection> rejections, out string? priceTable)
    {
        priceTable = priceTables.FirstOrDefault();
        var admitted = new List<AdmittedItem>();
        if (order.Items.Count == 0)
        {
            rejections.Add(Rejections.NoItems());
        }

        var knowsItems = knows(ErpRegister.ItemsAndPrices);
        foreach (var item in order.Items)
        {
            if (!ItemCode.TryParse(item.ItemCode, out var code) || knowsItems && !registers.IsItemLinked(store.StoreCode, code))
            {
                rejections.Add(Rejections.ItemNotInStore(item.ItemCode, store.StoreCode));
                continue;
            }

            // Only a gift (brinde) goes free: it takes the gift naturezas. A sale at 0 would be invoiced at 0 under a sales CFOP.
            if (!item.IsGift && item.UnitPrice is <= 0)
            {
                rejections.Add(Rejections.ItemPricedZero(item.ItemCode));
                continue;
            }

            var reference = item.ReferenceCode is null ? (ReferenceCode?)null : ReferenceCode.TryParse(item.ReferenceCode, out var r) ? r : null;
            decimal? price = null;
            if (knowsItems)
            {
                var (table, tablePrice) = priceTables
                    .Select(t => (Table: t, Price: registers.FindPrice(t, code, reference)))
                    .FirstOrDefault(p => p.Price is > 0);
                if (tablePrice is null)
                {
                    if (priceTables.Count > 0)
                    {
                        rejections.Add(Rejections.PriceNotFound(item.ItemCode, item.ReferenceCode, priceTables));
                    }

                    continue;
                }

                priceTable = table;
                price = tablePrice;
            }

            if (establishment is null || deliveryUf is null || store.AutomaticNaturezaSuggestion && !knows(ErpRegister.NaturezaRules))
            {
                continue;
            }

            if (NaturezaSelection.Choose(store, establishment, deliveryUf, item.IsGift, item.ItemCode, registers.NaturezaRules, out var natureza) is { } rejection)
            {
                rejections.Add(rejection);
                continue;
            }

            admitted.Add(new AdmittedItem(code, reference, item.Quantity, price ?? 0, item.IsGift, natureza!));
        }

        return admitted;
    }

    private static CustomerToCreate NewCustomer(StoreConfiguration store, OrderToAdmit order, CpfOrCnpj document) => new(
        order.CustomerShortName,
        order.CustomerName,
        document,
        document.IsCpf ? 1 : 2,
        store.DefaultCustomerGroup ?? new DefaultCustomerGroup { Group = 0 },
        store.NewCustomerCredit);
}
