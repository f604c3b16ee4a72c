using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales.Schema;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>
/// apiCustomerPublic on the fake: create, read, list, replace (PUT), change (PATCH), delete; bodies checked against
/// TOTVS's published schema and the domain's document rules. Written from the wire contract.
/// </summary>
internal sealed class CustomerRoutes(DatasulState state, DateTimeZone zone, bool emptyListsAs404)
{
    private readonly WireProjection<CustomerRecord> projection = new(c => c.LastUpdate, c => c.ToWire(zone));

    public FakeResponse Handle(FakeRequest request, string? key)
    {
        return (request.Method.ToUpperInvariant(), key) switch
        {
            ("POST", null) => Create(request),
            ("GET", null) => List(request),
            ("GET", { } id) => WithCustomer(request, id, c => FakeResponse.Json(200, projection.ToJson(c))),
            ("PUT", { } id) => WithCustomer(request, id, c => Update(request, c, replace: true)),
            ("PATCH", { } id) => WithCustomer(request, id, c => Update(request, c, replace: false)),
            ("DELETE", { } id) => WithCustomer(request, id, Delete),
            _ => FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed here."),
        };
    }

    /// <summary>The customer Datasul creates for an order from an unknown customer, from the store's default group (CD0701).</summary>
    public static JsonObject FromDefaultGroup(CustomerToCreate customer, long code, JsonObject? deliveryAddress = null)
    {
        // As Datasul creates it (PD0309's default group): the group's natureza, portador, modalidade, representante,
        // ramo de atividade and receita, and the address the order is delivered to.
        var group = customer.Group;
        var json = new JsonObject
        {
            ["CustomerCode"] = code,
            ["ShortName"] = customer.ShortName,
            ["CustomerName"] = customer.Name ?? customer.ShortName,
            ["CustomerGroup"] = group.Group,
            ["Modality"] = group.Modality ?? 1,
            ["DefaultModality"] = group.Modality ?? 1,
            ["RepresentativeCode"] = Number(group.Representative) ?? 1, // a representative named by short name is the integration's own, code 1
            ["TransactionType"] = group.Natureza,
            ["Holder"] = Number(group.Portador),
            ["DefaultHolder"] = Number(group.Portador),
            ["ActivityBranch"] = group.Activity,
            ["StandardRevenue"] = Number(group.RevenueType),
            ["Country"] = WireValues.Text(deliveryAddress ?? [], "Country") is { Length: > 0 } country && country != "BRA" ? country : "Brasil",
            ["Address"] = WireValues.Text(deliveryAddress ?? [], "Street") ?? "-",
            ["Neighborhood"] = WireValues.Text(deliveryAddress ?? [], "Neighborhood"),
            ["City"] = WireValues.Text(deliveryAddress ?? [], "City"),
            ["State"] = WireValues.Text(deliveryAddress ?? [], "State"),
            ["ZipCode"] = WireValues.Text(deliveryAddress ?? [], "ZipCode"),
            ["EntityType"] = customer.EntityType,
            ["PersonalId"] = customer.Document.Value,
            ["Credit"] = (int)customer.Credit,
        };
        foreach (var empty in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(empty);
        }

        return json;
    }

    private static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    private FakeResponse Create(FakeRequest request)
    {
        if (Read(request, requireAll: true, out var body) is { } invalid)
        {
            return invalid;
        }

        lock (state.Sync)
        {
            var shortName = WireValues.Text(body!, "ShortName");
            if (state.Customers.Values.Any(c => c.ShortName == shortName))
            {
                return FakeResponse.Error(500, "CUSTOMER_DUPLICATE", $"A customer with short name '{shortName}' already exists; short names are unique.");
            }

            var document = SalesBody.Copy(body!);
            document["CustomerCode"] = state.NextCustomerCode++;
            var stored = new CustomerRecord(document, state.Now);
            state.SaveCustomer(stored);
            return FakeResponse.Json(201, projection.ToJson(stored));
        }
    }

    private FakeResponse List(FakeRequest request)
    {
        lock (state.Sync)
        {
            return CollectionResponder.Respond(request, state.Customers.Values, projection, zone, "Customers", emptyListsAs404);
        }
    }

    private FakeResponse Update(FakeRequest request, CustomerRecord current, bool replace)
    {
        if (Read(request, replace, out var body) is { } invalid)
        {
            return invalid;
        }

        if (WireValues.Text(body!, "ShortName") is { } shortName && shortName != current.ShortName)
        {
            return FakeResponse.Error(400, "INVALID_CUSTOMER", "ShortName is the customer's key and cannot be changed.");
        }

        lock (state.Sync)
        {
            // PUT replaces what the store may write and keeps what the ERP filled; PATCH changes only the fields sent.
            var document = replace ? SalesBody.Copy(body!) : SalesBody.Copy(current.Document);
            var fields = PublishedSchema.Customers["CustomersInfo"];
            foreach (var (name, value) in replace ? current.Document : body!)
            {
                if (!replace || (fields.TryGetValue(name, out var field) && !field.Writable))
                {
                    document[name] = value?.DeepClone();
                }
            }

            document["CustomerCode"] = current.CustomerCode;
            var stored = new CustomerRecord(document, state.Now);
            state.SaveCustomer(stored);
            return FakeResponse.Json(200, projection.ToJson(stored));
        }
    }

    private FakeResponse Delete(CustomerRecord customer)
    {
        lock (state.Sync)
        {
            if (state.Orders.Values.Any(o => o.CustomerCode == customer.CustomerCode))
            {
                return FakeResponse.Error(500, "CUSTOMER_HAS_ORDERS", $"Customer {customer.CustomerCode} has orders and cannot be deleted.");
            }

            state.RemoveCustomer(customer.CustomerCode);
            return new FakeResponse(204, []);
        }
    }

    private static FakeResponse? Read(FakeRequest request, bool requireAll, out JsonObject? body)
    {
        if (!SalesBody.TryParse(request.Body, out body, out var error))
        {
            return FakeResponse.Error(400, "INVALID_CUSTOMER", error!);
        }

        if (SchemaCheck.Problems(PublishedSchema.Customers, "CustomersInfo", body!, requireAll) is { Count: > 0 } problems)
        {
            return SalesBody.Invalid("INVALID_CUSTOMER", problems);
        }

        var personalId = WireValues.Text(body!, "PersonalId");
        if (!string.IsNullOrWhiteSpace(personalId) && !CpfOrCnpj.TryParse(personalId, out _, out var documentError))
        {
            return FakeResponse.Error(500, TotvsErrorCodes.InvalidDocument, documentError);
        }

        var rules = new List<RecordProblem>();
        FieldRules.State(rules, "State", WireValues.Text(body!, "State"));
        FieldRules.ZipCode(rules, "ZipCode", WireValues.Text(body!, "ZipCode"));
        if (WireValues.Long(body!, "EntityType") is { } entityType && CpfOrCnpj.TryParse(personalId, out var document)
            && entityType != (document.IsCpf ? 1 : 2))
        {
            rules.Add(new RecordProblem("EntityType", $"EntityType {entityType} does not match the document: a CPF is 1 (Pessoa Física), a CNPJ 2 (Pessoa Jurídica)."));
        }

        return rules.Count > 0 ? SalesBody.Invalid("INVALID_CUSTOMER", rules.Select(r => (r.Field, r.Message)).ToList()) : null;
    }

    private FakeResponse WithCustomer(FakeRequest request, string key, Func<CustomerRecord, FakeResponse> handle) =>
        NumberedRecords.With(state, state.Customers, request, key, ("Cliente", "Customer"), handle);
}
