using System.Globalization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>apiCustomerPublic on the fake: create (validated by the SDK's own rules), read, list, update, delete.</summary>
internal sealed class CustomerRoutes(DatasulState state, SalesJson json, DateTimeZone zone, bool emptyListsAs404)
{
    private readonly WireProjection<Customer> projection = new(c => c.LastUpdate ?? default, c => json.ToJson(c, json.Context.Customer));

    public FakeResponse Handle(FakeRequest request, string? key)
    {
        return (request.Method.ToUpperInvariant(), key) switch
        {
            ("POST", null) => Create(request),
            ("GET", null) => List(request),
            ("GET", { } id) => WithCustomer(request, id, c => FakeResponse.Json(200, json.ToJson(c, json.Context.Customer))),
            ("PUT" or "PATCH", { } id) => WithCustomer(request, id, c => Update(request, c)),
            ("DELETE", { } id) => WithCustomer(request, id, Delete),
            _ => FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed here."),
        };
    }

    private FakeResponse Create(FakeRequest request)
    {
        if (Read(request, out var customer) is { } invalid)
        {
            return invalid;
        }

        lock (state.Sync)
        {
            if (state.Customers.Values.Any(c => c.ShortName == customer!.ShortName))
            {
                return FakeResponse.Error(500, "CUSTOMER_DUPLICATE", $"A customer with short name '{customer!.ShortName}' already exists; short names are unique.");
            }

            var code = state.NextCustomerCode++;
            var stored = customer! with { CustomerCode = code, LastUpdate = state.Now };
            state.SaveCustomer(stored);
            return FakeResponse.Json(201, json.ToJson(stored, json.Context.Customer));
        }
    }

    private FakeResponse List(FakeRequest request)
    {
        lock (state.Sync)
        {
            return CollectionResponder.Respond(request, state.Customers.Values, projection, zone, "Customers", emptyListsAs404);
        }
    }

    private FakeResponse Update(FakeRequest request, Customer current)
    {
        if (Read(request, out var customer) is { } invalid)
        {
            return invalid;
        }

        lock (state.Sync)
        {
            var stored = customer! with { CustomerCode = current.CustomerCode, LastUpdate = state.Now };
            state.SaveCustomer(stored);
            return FakeResponse.Json(200, json.ToJson(stored, json.Context.Customer));
        }
    }

    private FakeResponse Delete(Customer customer)
    {
        lock (state.Sync)
        {
            if (state.Orders.Values.Any(o => o.CustomerCode == customer.CustomerCode))
            {
                return FakeResponse.Error(500, "CUSTOMER_HAS_ORDERS", $"Customer {customer.CustomerCode} has orders and cannot be deleted.");
            }

            state.RemoveCustomer(customer.CustomerCode!.Value);
            return new FakeResponse(204, []);
        }
    }

    private FakeResponse? Read(FakeRequest request, out Customer? customer)
    {
        if (!json.TryRead(request.Body, json.Context.Customer, out customer, out var error))
        {
            return FakeResponse.Error(400, "INVALID_CUSTOMER", error!);
        }

        if (!string.IsNullOrWhiteSpace(customer!.PersonalId) && !CpfOrCnpj.TryParse(customer.PersonalId, out _, out var documentError))
        {
            return FakeResponse.Error(500, TotvsErrorCodes.InvalidDocument, documentError);
        }

        var problems = CustomerValidation.Validate(customer);
        return problems.Count > 0 ? FakeResponse.Error(400, "INVALID_CUSTOMER", string.Join(" ", problems)) : null;
    }

    private FakeResponse WithCustomer(FakeRequest request, string key, Func<Customer, FakeResponse> handle) =>
        NumberedRecords.With(state, state.Customers, request, key, ("Cliente", "Customer"), handle);
}
