using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales.Schema;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>
/// apiOrdersPublic on the fake: bodies are checked against TOTVS's published schema, orders are admitted by the SDK's
/// domain rules (every rejection code with its message), the unknown customer is created from the store's default
/// group, naturezas are chosen, and the ERP fills what Datasul fills (order number, customer code, carrier, situations,
/// totals). Written from the wire contract: no SDK model class is involved.
/// </summary>
internal sealed class OrderRoutes(DatasulState state, DateTimeZone zone, CredentialStore credentials, bool emptyListsAs404)
{
    private readonly FakeErpRegisters registers = new(state);
    private readonly WireProjection<OrderRecord> projection = new(order => order.LastUpdate, order => order.ToWire(zone));

    public FakeResponse Handle(FakeRequest request, string? key)
    {
        var method = request.Method.ToUpperInvariant();
        return (method, key) switch
        {
            ("POST", null) => Create(request),
            ("GET", null) => List(request),
            ("GET", { } id) => WithOrder(request, id, order => FakeResponse.Json(200, projection.ToJson(order))),
            ("PUT" or "PATCH", { } path) when path.StartsWith("complete/", StringComparison.Ordinal) => WithOrder(request, path["complete/".Length..], Complete),
            ("PUT" or "PATCH", { } path) when path.StartsWith("cancel/", StringComparison.Ordinal) => WithOrder(request, path["cancel/".Length..], order => Cancel(request, order)),
            ("PUT", { } id) => WithOrder(request, id, order => Update(request, order, replace: true)),
            ("PATCH", { } id) => WithOrder(request, id, order => Update(request, order, replace: false)),
            _ => FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed here."),
        };
    }

    private FakeResponse Create(FakeRequest request)
    {
        if (!SalesBody.TryParse(request.Body, out var body, out var error))
        {
            return FakeResponse.Error(400, "INVALID_ORDER", error!);
        }

        if (OrderIntake.Problems(body!, requireAll: true) is { Count: > 0 } problems)
        {
            return SalesBody.Invalid("INVALID_ORDER", problems);
        }

        if (OrderIntake.IsPlainSale(body!))
        {
            return CreatePlainSale(request, body!);
        }

        var store = OrderIntake.StoreOf(body!);
        if (!credentials.CanAccessStore(request.Principal!, store))
        {
            return RequestRouter.Forbidden(request, store);
        }

        lock (state.Sync)
        {
            var result = OrderAdmission.Admit(registers, OrderIntake.ToAdmission(body!));
            if (!result.IsAdmitted)
            {
                return Rejected(request, result.Rejections);
            }

            var admitted = result.Order!;
            var customer = admitted.CustomerToCreate is { } newCustomer
                ? CreateCustomer(newCustomer, WireValues.Object(body!, "EcommerceDeliveryAddress"))
                : FindCustomer(admitted);
            var stored = new OrderRecord(Admitted(body!, admitted, state.NextOrderId++, customer), state.Now);
            state.SaveOrder(stored);
            StockAllocator.AllocateAtEntry(state, admitted, stored);
            return FakeResponse.Json(201, projection.ToJson(stored));
        }
    }

    /// <summary>
    /// A sales order with the published fields only (a partner that is not a store): the customer must be in the
    /// emitente register by its short name, every item in the item register (published to a store or not), and each
    /// item carries its price. Exactly once by (ShortName, CustomerOrderId), as every order.
    /// </summary>
    private FakeResponse CreatePlainSale(FakeRequest request, JsonObject body)
    {
        var shortName = WireValues.Text(body, "ShortName") ?? string.Empty;
        var customerOrderId = WireValues.Text(body, "CustomerOrderId") ?? string.Empty;
        lock (state.Sync)
        {
            if (state.OrdersByNaturalKey.TryGetValue((shortName, customerOrderId), out var existing))
            {
                return Rejected(request, [Rejections.OrderDuplicate(shortName, customerOrderId, existing)]);
            }

            var customer = state.Customers.Values.FirstOrDefault(c => string.Equals(c.ShortName, shortName, StringComparison.OrdinalIgnoreCase));
            var rejections = new List<Rejection>();
            if (customer is null)
            {
                rejections.Add(Rejections.CustomerNotRegistered(shortName));
            }

            var items = WireValues.Records(body, "OrderItems").ToList();
            rejections.AddRange(items
                .Select(item => WireValues.Text(item, "ItemCode") ?? string.Empty)
                .Where(code => !state.Items.ContainsKey(code))
                .Distinct(StringComparer.Ordinal)
                .Select(Rejections.ItemNotRegistered));
            if (rejections.Count > 0)
            {
                return Rejected(request, rejections);
            }

            var order = SalesBody.Copy(body);
            order["OrderId"] = state.NextOrderId++;
            order["CustomerCode"] = customer!.CustomerCode;
            order["PersonalId"] = customer.PersonalId;
            // Datasul's automatic suggestion picks the natureza when none is sent; the fake's is the plain sale of goods.
            order["TransactionType"] ??= PlainSaleNatureza;
            order["OrderCompleted"] = true;
            order["OrderSituation"] = 1;
            order["CommercialSituation"] = 1;
            order["EvaluationSituation"] = 3;
            order["AllocationSituation"] = 1;
            var amount = 0m;
            var lines = (JsonArray)order["OrderItems"]!;
            for (var i = 0; i < lines.Count; i++)
            {
                var item = (JsonObject)lines[i]!;
                var total = (WireValues.Decimal(item, "QuantityBilling") ?? 0) * (WireValues.Decimal(item, "OriginalPrice") ?? 0);
                amount += total;
                item["Sequence"] = (i + 1) * 10;
                item["TransactionType"] ??= order["TransactionType"]!.DeepClone();
                item["OrderItemSituation"] = 1;
                item["QuantityPending"] = WireValues.Decimal(item, "QuantityBilling");
                item["TotalOrderItemAmount"] = total;
            }

            order["OrderAmount"] = amount;
            order["TotalOrderAmount"] = amount;
            var stored = new OrderRecord(order, state.Now);
            state.SaveOrder(stored);
            return FakeResponse.Json(201, projection.ToJson(stored));
        }
    }

    /// <summary>The natureza the fake suggests for a plain sale without one: 5102, sale of goods bought for resale.</summary>
    private const string PlainSaleNatureza = "5102";

    /// <summary>The order as Datasul stores it after admission: what the store sent, and what the ERP fills.</summary>
    private JsonObject Admitted(JsonObject body, AdmittedOrder admitted, long orderId, CustomerRecord? customer)
    {
        var order = SalesBody.Copy(body);
        order["OrderId"] = orderId;
        order["CustomerOrderId"] = admitted.CustomerOrderId;
        order["EcommerceStoreCode"] = admitted.StoreCode;
        order["BranchId"] = admitted.BranchId;
        order["PersonalId"] = admitted.CustomerDocument.Value;
        if (customer is not null)
        {
            order["CustomerCode"] = customer.CustomerCode;

            // The customer's discount (its group's, CD0701) becomes the order's customer discount, as Datasul copies it.
            if (customer.DiscountPercentage is { } discount && order["CustomerDiscount"] is null)
            {
                order["CustomerDiscount"] = discount;
            }
        }

        if (WireValues.Text(body, "CarrierEcommerceId") is { } carrierId && state.Carriers.TryGetValue(carrierId, out var carrier))
        {
            order["CodeCarrier"] = carrier.Code;
            order["CarrierName"] = carrier.ShortName;
        }

        order["PriceTableOrder"] = admitted.PriceTable;
        order["TransactionType"] = admitted.Items.FirstOrDefault()?.Natureza.Natureza;
        order["RepresentativeOrderId"] ??= RepresentativeOrderNumber.From(WireValues.Text(body, "EcommerceOrderId") ?? admitted.CustomerOrderId);
        order["RepresentativeShortName"] ??= WireValues.Object(body, "Intermediary") is { } intermediary ? WireValues.Text(intermediary, "ShortName") : "ECOMMERCE";
        order["OrderCompleted"] = admitted.Completed;
        order["OrderSituation"] = 1;
        order["CommercialSituation"] = 1;
        order["EvaluationSituation"] = admitted.BillingRelease == BillingRelease.Immediately ? 3 : 1;
        order["AllocationSituation"] = 1;
        order["BillingHold"] = admitted.BillingRelease switch
        {
            BillingRelease.WhenTitleSettled => BillingHolds.AwaitingPayment,
            BillingRelease.AfterCreditApproval => BillingHolds.AwaitingCreditApproval,
            _ => BillingHolds.None,
        };
        if (order["PaymentMethod"] is JsonObject payment)
        {
            payment["Type"] = PaymentTypeWire.Write(admitted.Payment.Type);
        }

        if (WireValues.Object(body, "EcommerceDeliveryAddress") is { } delivery)
        {
            order["DeliveryCity"] = WireValues.Text(delivery, "City");
            order["DeliveryNeighborhood"] = WireValues.Text(delivery, "Neighborhood");
            order["DeliveryState"] = WireValues.Text(delivery, "State");
            order["DeliveryZipCode"] = WireValues.Text(delivery, "ZipCode");
            order["DeliveryCountry"] = WireValues.Text(delivery, "Country");
            order["CompleteAddress"] = WireValues.Text(delivery, "Street");
        }
        else if (WireValues.Text(body, "DeliveryCode") is { } code && FakeErpRegisters.DeliveryPlace(state, admitted.CustomerShortName, code) is { } place)
        {
            // The published path: the order names one of the customer's delivery places (loc-entr), and the ERP copies it.
            order["DeliveryPlace"] = WireValues.Text(place, "Address");
            order["DeliveryCity"] = WireValues.Text(place, "City");
            order["DeliveryNeighborhood"] = WireValues.Text(place, "Neighborhood");
            order["DeliveryState"] = WireValues.Text(place, "State");
            order["DeliveryZipCode"] = WireValues.Text(place, "ZipCode");
            order["DeliveryCountry"] = WireValues.Text(place, "Country");
            order["CompleteAddress"] = WireValues.Text(place, "CompleteAddress") ?? WireValues.Text(place, "Address");
        }

        var items = (JsonArray)order["OrderItems"]!;
        var amount = 0m;
        for (var i = 0; i < items.Count; i++)
        {
            var item = (JsonObject)items[i]!;
            var line = admitted.Items[i];
            var total = line.Quantity * (WireValues.Decimal(item, "OriginalPrice") ?? line.UnitPrice);
            amount += total;
            item["Sequence"] = (i + 1) * 10;
            item["TransactionType"] = line.Natureza.Natureza;
            item["PriceTable"] = admitted.PriceTable;
            item["OrderItemSituation"] = 1;
            item["QuantityPending"] = line.Quantity;
            item["TotalOrderItemAmount"] = total;
            if (state.Items.TryGetValue(line.ItemCode.Value, out var catalogItem))
            {
                item["ItemDescription"] = catalogItem.Description;
            }
        }

        var freight = WireValues.Decimal(body, "EcommerceFreight") ?? 0;
        order["ValueFreight"] = freight;
        order["OrderAmount"] = amount;
        order["TotalOrderAmount"] = amount + freight;
        order["OpenAmount"] = amount + freight;
        return order;
    }

    private FakeResponse List(FakeRequest request)
    {
        lock (state.Sync)
        {
            var stores = request.Query["storeCode"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var orders = state.Orders.Values.Where(o => stores is null || stores.Contains(o.StoreCode, StringComparer.Ordinal));
            return CollectionResponder.Respond(request, orders, projection, zone, "Orders", emptyListsAs404);
        }
    }

    private FakeResponse Complete(OrderRecord order) => Save(order, document => document["OrderCompleted"] = true);

    private FakeResponse Cancel(FakeRequest request, OrderRecord order)
    {
        if (!SalesBody.TryParse(request.Body, out var body, out var error))
        {
            return FakeResponse.Error(400, "INVALID_CANCELLATION", error!);
        }

        if (SchemaCheck.Problems(PublishedSchema.Orders, "OrderCancelationInfos", body!, requireAll: true) is { Count: > 0 } problems)
        {
            return SalesBody.Invalid("INVALID_CANCELLATION", problems);
        }

        var date = WireValues.Text(body!, "CancellationDate") is { } text && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : state.Now.InZone(zone).Date;
        lock (state.Sync)
        {
            return OrderLifecycle.Cancel(state, order, date, WireValues.Text(body!, "CancellationReason")!) is { } rejection
                ? FakeResponse.Error(500, rejection.Code, rejection.MessageFor(request.AcceptLanguage))
                : FakeResponse.Json(200, projection.ToJson(state.Orders[order.OrderId]));
        }
    }

    /// <summary>PUT replaces what the store may write (the ERP keeps what it filled); PATCH changes only the fields sent.</summary>
    private FakeResponse Update(FakeRequest request, OrderRecord order, bool replace)
    {
        if (!SalesBody.TryParse(request.Body, out var body, out var error))
        {
            return FakeResponse.Error(400, "INVALID_ORDER", error!);
        }

        if (OrderIntake.Problems(body!, requireAll: replace) is { Count: > 0 } problems)
        {
            return SalesBody.Invalid("INVALID_ORDER", problems);
        }

        if (order.Situation != 1)
        {
            return FakeResponse.Error(500, TotvsErrorCodes.OrderNotCancellable, $"Order {order.OrderId} is in situation {order.Situation} and can no longer be changed.");
        }

        if (WireValues.Text(body!, "CustomerOrderId") is { } customerOrderId && customerOrderId != order.CustomerOrderId
            || WireValues.Text(body!, "ShortName") is { } shortName && shortName != order.ShortName)
        {
            return FakeResponse.Error(400, "INVALID_ORDER", "ShortName and CustomerOrderId are the order's key and cannot be changed.");
        }

        return Save(order, document =>
        {
            if (replace)
            {
                ReplaceWritableFields(document, body!);
            }
            else
            {
                MergeFields(document, body!);
            }
        });
    }

    /// <summary>A PATCH: the body's fields replace the order's; items are changed by position, keeping what the ERP filled in them.</summary>
    private static void MergeFields(JsonObject document, JsonObject body)
    {
        var oldItems = WireValues.Records(document, "OrderItems").ToList();
        foreach (var (name, value) in body)
        {
            document[name] = value?.DeepClone();
        }

        KeepErpItemFields(document, oldItems);
    }

    /// <summary>Drops every field the store may write and takes the body's instead; the ERP's own fields stay.</summary>
    private static void ReplaceWritableFields(JsonObject document, JsonObject body)
    {
        var header = PublishedSchema.Orders["OrdersInfo"];
        var oldItems = WireValues.Records(document, "OrderItems").ToList();
        foreach (var name in document.Select(p => p.Key).ToList())
        {
            if (!header.TryGetValue(name, out var field) || field.Writable)
            {
                document.Remove(name);
            }
        }

        foreach (var (name, value) in body)
        {
            document[name] = value?.DeepClone();
        }

        KeepErpItemFields(document, oldItems);
    }

    /// <summary>The ERP's own item fields (naturezas, totals) stay with the items the store sent back, by position.</summary>
    private static void KeepErpItemFields(JsonObject document, List<JsonObject> oldItems)
    {
        var itemFields = PublishedSchema.Orders["OrderItems"];
        var newItems = WireValues.Records(document, "OrderItems").ToList();
        for (var i = 0; i < Math.Min(oldItems.Count, newItems.Count); i++)
        {
            foreach (var (name, value) in oldItems[i])
            {
                if (itemFields.TryGetValue(name, out var field) && !field.Writable)
                {
                    newItems[i][name] = value?.DeepClone();
                }
            }
        }
    }

    private FakeResponse Save(OrderRecord order, Action<JsonObject> change)
    {
        lock (state.Sync)
        {
            change(order.Document);
            order.LastUpdate = state.Now;
            state.SaveOrder(order);
            return FakeResponse.Json(200, projection.ToJson(order));
        }
    }

    private FakeResponse WithOrder(FakeRequest request, string key, Func<OrderRecord, FakeResponse> handle) =>
        NumberedRecords.With(state, state.Orders, request, key, ("Pedido", "Order"), handle);

    private CustomerRecord CreateCustomer(CustomerToCreate customer, JsonObject? deliveryAddress)
    {
        var code = state.NextCustomerCode++;
        var record = new CustomerRecord(CustomerRoutes.FromDefaultGroup(customer, code, deliveryAddress), state.Now)
        {
            DiscountPercentage = customer.Group.DiscountPercentage,
        };
        state.SaveCustomer(record);
        return record;
    }

    private CustomerRecord? FindCustomer(AdmittedOrder admitted) =>
        state.Customers.Values.FirstOrDefault(c => c.ShortName == admitted.CustomerShortName);

    private static FakeResponse Rejected(FakeRequest request, IReadOnlyList<Rejection> rejections)
    {
        var first = rejections[0];
        var details = first.Code == TotvsErrorCodes.OrderDuplicate
            ? SalesBody.Details([(first.RelatedKey!, first.MessageFor(request.AcceptLanguage))])
            : SalesBody.Details(rejections.Select(r => (r.Code, r.MessageFor(request.AcceptLanguage))));
        return FakeResponse.Error(500, first.Code, first.MessageFor(request.AcceptLanguage), details: details);
    }
}
