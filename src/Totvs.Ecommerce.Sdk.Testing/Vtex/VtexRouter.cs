using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Totvs.Ecommerce.Sdk.Testing.Faults;
using Totvs.Ecommerce.Sdk.Testing.Journal;
using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.Sdk.Testing.Vtex;

/// <summary>
/// The fake VTEX's front door: the app key and token, the rate limit (429 with Retry-After), scripted faults, the
/// journal, and the routes of the catalog, pricing, logistics and orders APIs with VTEX's rules.
/// </summary>
internal sealed partial class VtexRouter(VtexState state, FakeVtexServerOptions options, FaultInjector faults, RequestJournal journal)
{
    private readonly Queue<DateTimeOffset> recent = new();

    public DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public async Task<FakeResponse> HandleAsync(FakeRequest request, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var receivedAt = Now;
        var route = request.Path.TrimStart('/');
        if (RateLimited() is { } wait)
        {
            Record(request, route, receivedAt, 429, null, "over the rate limit");
            return new FakeResponse(429, Encoding.UTF8.GetBytes("{\"Message\":\"Too many requests.\"}"), wait);
        }

        if (options.ServiceTime > TimeSpan.Zero)
        {
            await Task.Delay(options.ServiceTime, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        var fault = faults.Take(request.Method, route, new FaultRequest(request.Method, route, request.Query, request.Body));
        if (fault?.Kind == FaultKind.Latency)
        {
            await Task.Delay(fault.Latency, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        else if (fault?.Kind == FaultKind.Hang)
        {
            Record(request, route, receivedAt, 0, fault);
            await Task.Delay(Timeout.InfiniteTimeSpan, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        var response = fault?.Kind switch
        {
            FaultKind.Status => new FakeResponse(fault.StatusCode, [], fault.RetryAfter),
            FaultKind.Error => Error(fault.StatusCode, fault.Message ?? fault.Code ?? "error"),
            FaultKind.MalformedJson => FakeResponse.Raw(200, "{\"Id\": 1, \"Name\": "),
            FaultKind.DropConnection => new FakeResponse(0, []) { DropConnection = true },
            _ => Authorized(headers) ? Dispatch(request, route) : Error(401, "Unauthorized: send X-VTEX-API-AppKey and X-VTEX-API-AppToken of a valid application key."),
        };
        if (fault?.Kind == FaultKind.LoseAnswerAfterCommit)
        {
            response = new FakeResponse(response.StatusCode, response.Body) { DropConnection = true };
        }

        Record(request, route, receivedAt, response.DropConnection ? 0 : response.StatusCode, fault);
        return response;
    }

    private bool Authorized(IReadOnlyDictionary<string, string> headers) =>
        headers.TryGetValue("X-VTEX-API-AppKey", out var key) && key == options.AppKey
        && headers.TryGetValue("X-VTEX-API-AppToken", out var token) && token == options.AppToken;

    private TimeSpan? RateLimited()
    {
        if (options.RateLimit is not { } limit)
        {
            return null;
        }

        lock (recent)
        {
            var now = Now;
            while (recent.Count > 0 && now - recent.Peek() >= limit.Window)
            {
                recent.Dequeue();
            }

            if (recent.Count >= limit.Requests)
            {
                var wait = limit.Window - (now - recent.Peek());
                return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
            }

            recent.Enqueue(now);
            return null;
        }
    }

    private void Record(FakeRequest request, string route, DateTimeOffset receivedAt, int status, FaultRule? fault, string? note = null) =>
        journal.Add(new JournalEntry(journal.NextSequence(), receivedAt, request.Method, route, request.QueryString, request.Query, null,
            request.Body.Length == 0 ? null : Encoding.UTF8.GetString(request.Body), status, fault?.Describe() ?? note, request.UserAgent));

    private FakeResponse Dispatch(FakeRequest request, string route)
    {
        JsonObject? body = null;
        if (request.Body.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(request.Body) as JsonObject;
            }
            catch (JsonException ex)
            {
                return Error(400, $"The body is not JSON: {ex.Message}");
            }
        }

        if (request.Method is "POST" or "PUT" && VtexRequestSchema.Published.Problems(request.Method, route, body) is { Count: > 0 } problems)
        {
            return Error(400, string.Join(" ", problems));
        }

        lock (state.Sync)
        {
            return (request.Method, route) switch
            {
                ("POST", "api/catalog/pvt/category") => CreateCategory(body!),
                (_, var r) when CategoryPath().Match(r) is { Success: true } m => Keyed(request.Method, state.Categories, Id(m), body, "Category"),
                ("POST", "api/catalog/pvt/brand") => CreateBrand(body!),
                ("GET", var r) when BrandPath().Match(r) is { Success: true } m => state.Brands.TryGetValue(Id(m), out var brand)
                    ? FakeResponse.Json(200, new JsonObject { ["Id"] = Id(m), ["Name"] = brand, ["Active"] = true })
                    : Error(404, $"Brand {Id(m)} not found."),
                ("POST", "api/catalog/pvt/product") => CreateProduct(body!),
                ("GET", var r) when ProductByRefIdPath().Match(r) is { Success: true } m =>
                    Found(state.Products.Values.FirstOrDefault(p => Text(p, "RefId") == m.Groups[1].Value), "Product"),
                (_, var r) when ProductPath().Match(r) is { Success: true } m => UpdateProduct(request.Method, Id(m), body),
                ("POST", "api/catalog/pvt/stockkeepingunit") => CreateSku(body!),
                ("GET", "api/catalog/pvt/stockkeepingunit") =>
                    Found(state.Skus.Values.FirstOrDefault(s => Text(s, "RefId") == request.Query["RefId"]), "SKU"),
                ("POST", var r) when EanPath().Match(r) is { Success: true } m => AddEan(Id(m), m.Groups[2].Value),
                ("PUT", var r) when SpecificationPath().Match(r) is { Success: true } m => SetSpecification(Id(m), body!),
                (_, var r) when SkuPath().Match(r) is { Success: true } m => UpdateSku(request.Method, Id(m), body),
                (_, var r) when PricePath().Match(r) is { Success: true } m => Price(request.Method, Id(m), body),
                ("PUT", var r) when InventoryPath().Match(r) is { Success: true } m => SetInventory(Id(m), m.Groups[2].Value, body!),
                ("GET", "api/orders/feed") => ReadFeed(request.Query["maxlot"]),
                ("POST", "api/orders/feed") => CommitFeed(body!),
                ("GET", var r) when OrderPath().Match(r) is { Success: true } m => Found(state.Orders.GetValueOrDefault(m.Groups[1].Value), "Order"),
                ("POST", var r) when OrderActionPath().Match(r) is { Success: true } m => OrderAction(m.Groups[1].Value, m.Groups[2].Value, body),
                _ => Error(404, $"No route {request.Method} /{route} in the fake VTEX."),
            };
        }
    }

    private FakeResponse CreateCategory(JsonObject body)
    {
        if (Number(body, "FatherCategoryId") is { } father && !state.Categories.ContainsKey(father))
        {
            return Error(400, $"FatherCategoryId {father} does not exist.");
        }

        var id = Number(body, "Id") ?? state.NextCategoryId;
        if (state.Categories.ContainsKey(id))
        {
            return Error(409, $"Category {id} already exists.");
        }

        state.NextCategoryId = Math.Max(state.NextCategoryId, id + 1);
        var category = Copy(body);
        category["Id"] = id;
        state.Categories[id] = category;
        return FakeResponse.Json(200, category.DeepClone());
    }

    private FakeResponse CreateBrand(JsonObject body)
    {
        var id = Number(body, "Id")!.Value;
        if (state.Brands.ContainsKey(id))
        {
            return Error(409, $"Brand {id} already exists.");
        }

        state.Brands[id] = Text(body, "Name") ?? string.Empty;
        return FakeResponse.Json(200, Copy(body));
    }

    private FakeResponse Keyed(string method, SortedDictionary<int, JsonObject> records, int id, JsonObject? body, string what)
    {
        if (!records.TryGetValue(id, out var record))
        {
            return Error(404, $"{what} {id} not found.");
        }

        if (method == "PUT")
        {
            var replaced = Copy(body!);
            replaced["Id"] = id;
            records[id] = record = replaced;
        }

        return FakeResponse.Json(200, record.DeepClone());
    }

    private FakeResponse CreateProduct(JsonObject body)
    {
        if (Check(body) is { } refused)
        {
            return refused;
        }

        var id = Number(body, "Id") ?? state.NextProductId;
        if (state.Products.ContainsKey(id))
        {
            return Error(409, $"Product {id} already exists.");
        }

        if (Text(body, "RefId") is { } refId && state.Products.Values.Any(p => Text(p, "RefId") == refId))
        {
            return Error(409, $"A product with RefId {refId} already exists.");
        }

        state.NextProductId = Math.Max(state.NextProductId, id + 1);
        var product = Copy(body);
        product["Id"] = id;
        state.Products[id] = product;
        return FakeResponse.Json(200, product.DeepClone());
    }

    private FakeResponse UpdateProduct(string method, int id, JsonObject? body)
    {
        if (method == "PUT")
        {
            if (Check(body!) is { } refused)
            {
                return refused;
            }

            if (Text(body!, "RefId") is { } refId && state.Products.Any(p => p.Key != id && Text(p.Value, "RefId") == refId))
            {
                return Error(409, $"A product with RefId {refId} already exists.");
            }
        }

        return Keyed(method, state.Products, id, body, "Product");
    }

    /// <summary>A product's category and brand exist.</summary>
    private FakeResponse? Check(JsonObject product) =>
        Number(product, "CategoryId") is { } category && !state.Categories.ContainsKey(category) ? Error(400, $"Category {category} does not exist.")
        : Number(product, "BrandId") is { } brand && !state.Brands.ContainsKey(brand) ? Error(400, $"Brand {brand} does not exist.")
        : null;

    private FakeResponse CreateSku(JsonObject body)
    {
        if (Number(body, "ProductId") is not { } product || !state.Products.ContainsKey(product))
        {
            return Error(400, $"Product {Number(body, "ProductId")} does not exist.");
        }

        var id = Number(body, "Id") ?? state.NextSkuId;
        if (state.Skus.ContainsKey(id))
        {
            return Error(409, $"SKU {id} already exists.");
        }

        if (Text(body, "RefId") is { } refId && state.Skus.Values.Any(s => Text(s, "RefId") == refId))
        {
            return Error(409, $"A SKU with RefId {refId} already exists.");
        }

        state.NextSkuId = Math.Max(state.NextSkuId, id + 1);
        var sku = Copy(body);
        sku["Id"] = id;
        sku["IsActive"] = false; // VTEX activates a SKU only once it has a file and a price (ActivateIfPossible)
        state.Skus[id] = sku;
        Activate(id);
        return FakeResponse.Json(200, sku.DeepClone());
    }

    private FakeResponse UpdateSku(string method, int id, JsonObject? body)
    {
        if (method == "PUT" && (Number(body!, "ProductId") is not { } product || !state.Products.ContainsKey(product)))
        {
            return Error(400, $"Product {Number(body!, "ProductId")} does not exist.");
        }

        var answer = Keyed(method, state.Skus, id, body, "SKU");
        return answer;
    }

    /// <summary>A SKU created with ActivateIfPossible becomes active once it has a price.</summary>
    private void Activate(int skuId)
    {
        if (state.Skus.TryGetValue(skuId, out var sku) && Flag(sku, "ActivateIfPossible") && state.Prices.ContainsKey(skuId))
        {
            sku["IsActive"] = true;
        }
    }

    private FakeResponse AddEan(int skuId, string ean)
    {
        if (!state.Skus.ContainsKey(skuId))
        {
            return Error(404, $"SKU {skuId} not found.");
        }

        var eans = state.Eans.TryGetValue(skuId, out var list) ? list : state.Eans[skuId] = [];
        if (!eans.Contains(ean, StringComparer.Ordinal))
        {
            eans.Add(ean);
        }

        return new FakeResponse(200, []);
    }

    /// <summary>A SKU's specification by name: the group, specification and value are created when new; a SKU holds one value.</summary>
    private FakeResponse SetSpecification(int skuId, JsonObject body)
    {
        if (!state.Skus.TryGetValue(skuId, out var sku))
        {
            return Error(404, $"SKU {skuId} not found.");
        }

        var values = body["FieldValues"] as JsonArray ?? [];
        if (values.Count != 1)
        {
            return Error(400, "SKU specifications must contain only one value.");
        }

        var specifications = sku["Specifications"] as JsonObject ?? (JsonObject)(sku["Specifications"] = new JsonObject());
        specifications[$"{Text(body, "GroupName")}/{Text(body, "FieldName")}"] = values[0]!.DeepClone();
        return new FakeResponse(200, []);
    }

    private FakeResponse Price(string method, int skuId, JsonObject? body)
    {
        if (!state.Skus.ContainsKey(skuId))
        {
            return Error(404, $"SKU {skuId} not found.");
        }

        if (method == "PUT")
        {
            state.Prices[skuId] = Copy(body!);
            Activate(skuId);
            return new FakeResponse(200, []);
        }

        return Found(state.Prices.GetValueOrDefault(skuId), "Price");
    }

    private FakeResponse SetInventory(int skuId, string warehouse, JsonObject body)
    {
        if (!state.Skus.ContainsKey(skuId))
        {
            return Error(404, $"SKU {skuId} not found.");
        }

        if (!state.Warehouses.Contains(warehouse))
        {
            return Error(404, $"Warehouse {warehouse} not found: create it in the VTEX admin (Inventory & shipping > Warehouses).");
        }

        state.Inventory[(skuId, warehouse)] = Copy(body);
        return new FakeResponse(200, Encoding.UTF8.GetBytes("true"));
    }

    private FakeResponse ReadFeed(string? maxLot)
    {
        var lot = int.TryParse(maxLot, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 10) : 1;
        return FakeResponse.Json(200, new JsonArray([.. state.Feed.Take(lot).Select(e => (JsonNode)e.DeepClone())]));
    }

    private FakeResponse CommitFeed(JsonObject body)
    {
        var handles = (body["handles"] as JsonArray ?? []).Select(h => h?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        state.Feed.RemoveAll(e => handles.Contains(Text(e, "handle")));
        return new FakeResponse(200, []);
    }

    private FakeResponse OrderAction(string orderId, string action, JsonObject? body)
    {
        if (!state.Orders.TryGetValue(orderId, out var order))
        {
            return Error(404, $"Order {orderId} not found.");
        }

        var status = Text(order, "status");
        switch (action)
        {
            case "start-handling":
                if (status != "ready-for-handling")
                {
                    return Error(409, $"Order {orderId} is {status}: only an order ready-for-handling starts handling.");
                }

                SetStatus(order, "handling");
                return new FakeResponse(204, []);
            case "invoice":
                if (status is "canceled" or "cancel")
                {
                    return Error(409, $"Order {orderId} is cancelled: it cannot be invoiced.");
                }

                var invoices = state.Invoices.TryGetValue(orderId, out var list) ? list : state.Invoices[orderId] = [];
                var number = Text(body!, "invoiceNumber");
                if (!invoices.Any(i => Text(i, "invoiceNumber") == number && Text(i, "type") == Text(body!, "type")))
                {
                    invoices.Add(Copy(body!));
                }

                if (Text(body!, "type") == "Output" && status != "invoiced")
                {
                    SetStatus(order, "invoiced");
                }

                return FakeResponse.Json(200, new JsonObject { ["date"] = Now.ToString("O", CultureInfo.InvariantCulture), ["orderId"] = orderId, ["receipt"] = $"{orderId}-{number}" });
            case "cancel":
                if (status is "canceled")
                {
                    return FakeResponse.Json(200, new JsonObject { ["orderId"] = orderId }); // cancelling again changes nothing
                }

                state.Cancellations[orderId] = Text(body ?? [], "reason") ?? string.Empty;
                SetStatus(order, "canceled");
                return FakeResponse.Json(200, new JsonObject { ["date"] = Now.ToString("O", CultureInfo.InvariantCulture), ["orderId"] = orderId, ["receipt"] = $"{orderId}-cancel" });
            default:
                return Error(404, $"No action {action} on orders.");
        }
    }

    /// <summary>Moves an order to a state and puts the change on the feed.</summary>
    public void SetStatus(JsonObject order, string status)
    {
        var last = Text(order, "status");
        order["status"] = status;
        var now = Now.ToString("O", CultureInfo.InvariantCulture);
        var eventId = state.NextEvent++;
        state.Feed.Add(new JsonObject
        {
            ["eventId"] = $"event-{eventId}",
            ["handle"] = $"handle-{eventId}",
            ["domain"] = "Marketplace",
            ["state"] = status,
            ["lastState"] = last,
            ["orderId"] = Text(order, "orderId"),
            ["lastChange"] = now,
            ["currentChange"] = now,
        });
    }

    private static FakeResponse Found(JsonObject? record, string what) =>
        record is null ? Error(404, $"{what} not found.") : FakeResponse.Json(200, record.DeepClone());

    private static FakeResponse Error(int status, string message) => FakeResponse.Json(status, new JsonObject { ["Message"] = message });

    private static JsonObject Copy(JsonObject body) => (JsonObject)body.DeepClone();

    private static int Id(Match match) => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    internal static string? Text(JsonObject record, string name) =>
        record.TryGetPropertyValue(name, out var value) && value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    internal static int? Number(JsonObject record, string name) =>
        record.TryGetPropertyValue(name, out var value) && value?.GetValueKind() == JsonValueKind.Number ? (int)value.GetValue<decimal>() : null;

    private static bool Flag(JsonObject record, string name) =>
        record.TryGetPropertyValue(name, out var value) && value?.GetValueKind() == JsonValueKind.True;

    [GeneratedRegex(@"^api/catalog/pvt/category/(\d+)$")]
    private static partial Regex CategoryPath();

    [GeneratedRegex(@"^api/catalog/pvt/brand/(\d+)$")]
    private static partial Regex BrandPath();

    [GeneratedRegex(@"^api/catalog/pvt/product/(\d+)$")]
    private static partial Regex ProductPath();

    [GeneratedRegex(@"^api/catalog_system/pvt/products/productgetbyrefid/(.+)$")]
    private static partial Regex ProductByRefIdPath();

    [GeneratedRegex(@"^api/catalog/pvt/stockkeepingunit/(\d+)$")]
    private static partial Regex SkuPath();

    [GeneratedRegex(@"^api/catalog/pvt/stockkeepingunit/(\d+)/ean/([^/]+)$")]
    private static partial Regex EanPath();

    [GeneratedRegex(@"^api/catalog/pvt/stockkeepingunit/(\d+)/specificationvalue$")]
    private static partial Regex SpecificationPath();

    [GeneratedRegex(@"^pricing/prices/(\d+)$")]
    private static partial Regex PricePath();

    [GeneratedRegex(@"^api/logistics/pvt/inventory/skus/(\d+)/warehouses/([^/]+)$")]
    private static partial Regex InventoryPath();

    [GeneratedRegex(@"^api/oms/pvt/orders/([^/]+)$")]
    private static partial Regex OrderPath();

    [GeneratedRegex(@"^api/oms/pvt/orders/([^/]+)/(start-handling|invoice|cancel)$")]
    private static partial Regex OrderActionPath();
}
