using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>
/// apiOrdersPublic on the fake: orders are admitted by the SDK's own domain rules (every rejection code with
/// its message), the unknown customer is created from the store's default group, naturezas are chosen, and
/// the payment method decides when the order is released for billing.
/// </summary>
internal sealed class OrderRoutes(DatasulState state, SalesJson json, DateTimeZone zone, CredentialStore credentials, bool emptyListsAs404)
{
    private readonly FakeErpRegisters registers = new(state);
    private readonly WireProjection<Order> projection = new(o => o.LastUpdate ?? default, o => json.ToJson(o, json.Context.Order));

    public FakeResponse Handle(FakeRequest request, string? key)
    {
        var method = request.Method.ToUpperInvariant();
        return (method, key) switch
        {
            ("POST", null) => Create(request),
            ("GET", null) => List(request),
            ("GET", { } id) => WithOrder(request, id, order => FakeResponse.Json(200, json.ToJson(order, json.Context.Order))),
            ("PUT" or "PATCH", { } path) when path.StartsWith("complete/", StringComparison.Ordinal) => WithOrder(request, path["complete/".Length..], Complete),
            ("PUT" or "PATCH", { } path) when path.StartsWith("cancel/", StringComparison.Ordinal) => WithOrder(request, path["cancel/".Length..], order => Cancel(request, order)),
            ("PUT" or "PATCH", { } id) => WithOrder(request, id, order => Update(request, order)),
            _ => FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed here."),
        };
    }

    private FakeResponse Create(FakeRequest request)
    {
        if (!json.TryRead(request.Body, json.Context.Order, out var order, out var error))
        {
            return FakeResponse.Error(400, "INVALID_ORDER", error!);
        }

        if (OrderValidation.Validate(order!) is { Count: > 0 } problems)
        {
            return Invalid(problems);
        }

        var store = OrderAdmissionMapper.ToAdmission(order!).StoreCode;
        if (!credentials.CanAccessStore(request.Principal!, store))
        {
            return RequestRouter.Forbidden(request, store);
        }

        lock (state.Sync)
        {
            var result = OrderAdmission.Admit(registers, OrderAdmissionMapper.ToAdmission(order!));
            if (!result.IsAdmitted)
            {
                return Rejected(request, result.Rejections);
            }

            var admitted = result.Order!;
            var customerCode = admitted.CustomerToCreate is { } newCustomer ? CreateCustomer(newCustomer) : FindCustomerCode(admitted);
            var stored = order! with
            {
                OrderId = state.NextOrderId++,
                CustomerOrderId = admitted.CustomerOrderId,
                EcommerceStoreCode = admitted.StoreCode,
                BranchId = admitted.BranchId,
                CustomerCode = customerCode,
                CodeCarrier = admitted.CarrierCode,
                PriceTableOrder = admitted.PriceTable,
                TransactionType = admitted.Items.FirstOrDefault()?.Natureza.Natureza,
                OrderItems = order.OrderItems.Select((item, i) => item with
                {
                    Sequence = (i + 1) * 10,
                    TransactionType = admitted.Items[i].Natureza.Natureza,
                    PriceTable = admitted.PriceTable,
                }).ToList(),
                OrderCompleted = admitted.Completed,
                OrderSituation = OrderSituation.Open,
                BillingHold = admitted.BillingRelease switch
                {
                    BillingRelease.WhenTitleSettled => BillingHold.AwaitingPayment,
                    BillingRelease.AfterCreditApproval => BillingHold.AwaitingCreditApproval,
                    _ => BillingHold.None,
                },
                EvaluationSituation = admitted.BillingRelease == BillingRelease.Immediately ? 3 : 1,
                PaymentMethod = order.PaymentMethod! with { Type = admitted.Payment.Type },
                LastUpdate = state.Now,
            };
            state.SaveOrder(stored);
            StockAllocator.AllocateAtEntry(state, admitted);
            return FakeResponse.Json(201, json.ToJson(stored, json.Context.Order));
        }
    }

    private FakeResponse List(FakeRequest request)
    {
        lock (state.Sync)
        {
            var stores = request.Query["storeCode"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var orders = state.Orders.Values.Where(o => stores is null || stores.Contains(o.EcommerceStoreCode, StringComparer.Ordinal));
            return CollectionResponder.Respond(request, orders, projection, zone, "Orders", emptyListsAs404);
        }
    }

    private FakeResponse Complete(Order order) =>
        Save(order with { OrderCompleted = true });

    private FakeResponse Cancel(FakeRequest request, Order order)
    {
        if (!json.TryRead(request.Body, json.Context.OrderCancellation, out var cancellation, out var error) || string.IsNullOrWhiteSpace(cancellation!.CancellationReason))
        {
            return FakeResponse.Error(400, "INVALID_CANCELLATION", error ?? "CancellationReason is required.");
        }

        lock (state.Sync)
        {
            return OrderLifecycle.Cancel(state, order, cancellation.CancellationDate, cancellation.CancellationReason) is { } rejection
                ? FakeResponse.Error(500, rejection.Code, rejection.MessageFor(request.AcceptLanguage))
                : FakeResponse.Json(200, json.ToJson(state.Orders[order.OrderId!.Value], json.Context.Order));
        }
    }

    private FakeResponse Update(FakeRequest request, Order order)
    {
        if (!json.TryRead(request.Body, json.Context.Order, out var changes, out var error))
        {
            return FakeResponse.Error(400, "INVALID_ORDER", error!);
        }

        if (order.OrderSituation != OrderSituation.Open)
        {
            return FakeResponse.Error(500, TotvsErrorCodes.OrderNotCancellable, $"Order {order.OrderId} is {order.OrderSituation} and can no longer be changed.");
        }

        return Save(order with
        {
            Comments = changes!.Comments ?? order.Comments,
            DeliveryAddress = changes.DeliveryAddress ?? order.DeliveryAddress,
            DeliveryCity = changes.DeliveryCity ?? order.DeliveryCity,
            DeliveryNeighborhood = changes.DeliveryNeighborhood ?? order.DeliveryNeighborhood,
            DeliveryZipCode = changes.DeliveryZipCode ?? order.DeliveryZipCode,
            ValueFreight = changes.ValueFreight ?? order.ValueFreight,
        });
    }

    private FakeResponse Save(Order order)
    {
        lock (state.Sync)
        {
            var saved = order with { LastUpdate = state.Now };
            state.SaveOrder(saved);
            return FakeResponse.Json(200, json.ToJson(saved, json.Context.Order));
        }
    }

    private FakeResponse WithOrder(FakeRequest request, string key, Func<Order, FakeResponse> handle) =>
        NumberedRecords.With(state, state.Orders, request, key, ("Pedido", "Order"), handle);

    private long CreateCustomer(CustomerToCreate customer)
    {
        var code = state.NextCustomerCode++;
        state.SaveCustomer(new Customer
        {
            CustomerCode = code,
            ShortName = customer.ShortName,
            CustomerName = customer.Name ?? customer.ShortName,
            CustomerGroup = customer.Group.Group,
            Modality = customer.Group.Modality ?? 1,
            RepresentativeCode = 1,
            Country = "Brasil",
            Address = "-",
            EntityType = customer.EntityType,
            PersonalId = customer.Document.Value,
            Credit = (int)customer.Credit,
            LastUpdate = state.Now,
        });
        return code;
    }

    private long? FindCustomerCode(AdmittedOrder admitted) =>
        state.Customers.Values.FirstOrDefault(c => c.ShortName == admitted.CustomerShortName)?.CustomerCode;

    private static FakeResponse Invalid(IReadOnlyList<RecordProblem> problems) => FakeResponse.Error(
        400, "INVALID_ORDER", string.Join(" ", problems), details: Details(problems.Select(p => (p.Field, p.Message))));

    private static FakeResponse Rejected(FakeRequest request, IReadOnlyList<Rejection> rejections)
    {
        var first = rejections[0];
        var details = first.Code == TotvsErrorCodes.OrderDuplicate
            ? Details([(first.RelatedKey!, first.MessageFor(request.AcceptLanguage))])
            : Details(rejections.Select(r => (r.Code, r.MessageFor(request.AcceptLanguage))));
        return FakeResponse.Error(500, first.Code, first.MessageFor(request.AcceptLanguage), details: details);
    }

    private static JsonArray Details(IEnumerable<(string Code, string Message)> entries)
    {
        var array = new JsonArray();
        foreach (var (code, message) in entries)
        {
            array.Add((JsonNode)new JsonObject { ["code"] = code, ["message"] = message });
        }

        return array;
    }
}
