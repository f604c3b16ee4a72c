using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Faults;
using Totvs.Ecommerce.Sdk.Testing.Pacing;

namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>
/// The admin API under <c>/__admin/</c>: what a test in any language does to the fake ERP — reset and seed it, change it
/// as the ERP's users would, script faults, read the journal, move the clock. Outside the Datasul path prefix, so no
/// Datasul route reaches it; off with <c>--no-admin</c>.
/// </summary>
internal static class AdminApi
{
    public const string Prefix = "/__admin";

    public static void Map(IEndpointRouteBuilder app, FakeErp erp)
    {
        var admin = app.MapGroup(Prefix);
        admin.MapGet("/health", () => Json(Health(erp), AdminJsonContext.Default.HealthView));
        admin.MapGet("/openapi.json", OpenApi);
        VtexAdminApi.Map(admin, erp);
        admin.MapPost("/reset", () =>
        {
            erp.Reset();
            return Json(Health(erp), AdminJsonContext.Default.HealthView);
        });
        admin.MapPost("/seed", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.SeedDocument, async seed =>
            Json(await erp.ApplyAsync(seed, request.HttpContext.RequestAborted).ConfigureAwait(false), AdminJsonContext.Default.SeedResult)));

        admin.MapPost("/erp/families", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.FamilyChange, change =>
        {
            erp.Server.UpsertFamily(change.Code, change.Description, change.IsActive);
            if (change.Store is { } store)
            {
                erp.Server.LinkFamily(store, change.Code);
            }

            return Task.FromResult(Results.NoContent());
        }));
        admin.MapPost("/erp/prices", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.PriceChange, change =>
        {
            erp.Server.SetPrice(change.PriceTable, change.ItemCode, change.Price, change.ReferenceCode);
            return Task.FromResult(Results.NoContent());
        }));
        admin.MapPost("/erp/balances", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.BalanceChange, change =>
        {
            erp.Server.SetBalance(change.ItemCode, change.BranchId, change.WarehouseCode, change.Quantity, change.ReferenceCode);
            return Task.FromResult(Results.NoContent());
        }));
        admin.MapPost("/erp/items/link", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.ItemLink, link =>
        {
            erp.Server.LinkItem(link.Store, link.ItemCode);
            return Task.FromResult(Results.NoContent());
        }));
        admin.MapPost("/erp/items/unlink", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.ItemLink, link =>
        {
            erp.Server.UnlinkItem(link.Store, link.ItemCode);
            return Task.FromResult(Results.NoContent());
        }));
        admin.MapPost("/erp/purchase-orders", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.PurchaseOrderSpec, spec =>
        {
            var order = new FakePurchaseOrder(
                NodaTime.Text.LocalDatePattern.Iso.Parse(spec.OrderDate).GetValueOrThrow(), spec.VendorCode, spec.VendorShortName, spec.VendorName,
                CpfOrCnpj.Parse(spec.VendorDocument), [.. (spec.Lines ?? []).Select(l => new FakePurchaseOrderLine(l.ItemCode, l.Quantity, l.UnitOfMeasure, l.UnitPrice))])
            {
                DeliveryBranchId = spec.DeliveryBranchId ?? "1",
                Comments = spec.Comments,
            };
            return Task.FromResult(Results.Json(new PurchaseOrderCreated(erp.Server.AddPurchaseOrder(order)), AdminJsonContext.Default.PurchaseOrderCreated, statusCode: StatusCodes.Status201Created));
        }));
        admin.MapGet("/erp/orders", () => Json(
            erp.Server.Orders.Select(o => new OrderView(o.OrderId, o.CustomerOrderId, o.StoreCode, o.OrderSituation.ToString(), o.BillingHold)).ToList(),
            AdminJsonContext.Default.ListOrderView));
        admin.MapPost("/erp/orders/{orderId:long}/invoice", (HttpContext context, long orderId) =>
            WithBody(context, AdminJsonContext.Default.InvoiceRequest, request =>
                Task.FromResult(Json(View(erp.Server.InvoiceOrder(orderId, request.TrackingNumber)), AdminJsonContext.Default.InvoiceView)), optional: true));
        admin.MapPost("/erp/orders/{orderId:long}/invoice/cancel", (long orderId) =>
            Guard(() => Json(View(erp.Server.CancelInvoice(orderId)), AdminJsonContext.Default.InvoiceView)));
        admin.MapPost("/erp/orders/{orderId:long}/cancel", (HttpContext context, long orderId) =>
            WithBody(context, AdminJsonContext.Default.CancelRequest, request =>
            {
                erp.Server.CancelOrderInErp(orderId, request.Reason);
                return Task.FromResult(Results.NoContent());
            }));

        admin.MapPost("/faults", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.FaultSpec, spec =>
        {
            FaultScript.Add(erp.Server.Faults, spec);
            return Task.FromResult(Results.Created($"{Prefix}/faults", (object?)null));
        }));
        admin.MapGet("/faults", () => Json(
            erp.Server.Faults.Snapshot().Select(r => new FaultView(r.Method, r.Route, r.Describe(), r.Remaining)).ToList(),
            AdminJsonContext.Default.ListFaultView));
        admin.MapDelete("/faults", () =>
        {
            erp.Server.Faults.Clear();
            return Results.NoContent();
        });

        admin.MapGet("/journal", () => Json(
            erp.Server.Journal.Entries.Select(e => new JournalView(e.Sequence, e.ReceivedAt, e.Method, e.Route, e.QueryString, e.StatusCode, e.Fault, e.Body, e.UserAgent)).ToList(),
            AdminJsonContext.Default.ListJournalView));
        admin.MapDelete("/journal", () =>
        {
            erp.Server.Journal.Clear();
            return Results.NoContent();
        });

        admin.MapPost("/clock/advance", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.ClockAdvance, advance =>
            Task.FromResult(advance.Seconds is < 0 or > 10 * 365 * 86400
                ? Problem(400, "seconds must be from 0 to ten years; the clock never goes back.")
                : Clock(erp.Clock, erp.Clock.Advance(TimeSpan.FromSeconds(advance.Seconds))))));
        admin.MapGet("/clock", () => Clock(erp.Clock, erp.Clock.GetUtcNow()));

        admin.MapGet("/capacity", () => Json(View(erp.Server.Capacity), AdminJsonContext.Default.CapacitySpec));
        admin.MapPost("/capacity", (HttpRequest request) => WithBody(request.HttpContext, AdminJsonContext.Default.CapacitySpec, spec =>
        {
            erp.Server.Capacity = Capacity(spec);
            return Task.FromResult(Json(View(erp.Server.Capacity), AdminJsonContext.Default.CapacitySpec));
        }));
        admin.MapGet("/concurrency", () => Json(
            new ConcurrencyView(erp.Server.ConcurrentRequests, erp.Server.PeakConcurrentRequests), AdminJsonContext.Default.ConcurrencyView));
        admin.MapPost("/concurrency/take-peak", () =>
        {
            var peak = erp.Server.TakePeakConcurrentRequests();
            return Json(new ConcurrencyView(erp.Server.ConcurrentRequests, peak), AdminJsonContext.Default.ConcurrencyView);
        });
    }

    private static HealthView Health(FakeErp erp)
    {
        var server = erp.Server;
        return new HealthView("ok", erp.Clock.GetUtcNow().ToString("O"), server.StoreCodes, server.Orders.Count, server.Journal.Entries.Count);
    }

    private static IResult Clock(OffsetClock clock, DateTimeOffset now) =>
        Json(new ClockView(now.ToString("O"), clock.Offset.TotalSeconds), AdminJsonContext.Default.ClockView);

    private static InvoiceView View(FakeInvoice invoice) =>
        new(invoice.OrderId, invoice.BranchId, invoice.Series, invoice.InvoiceNumber, invoice.AccessKey.Value, invoice.TotalValue, invoice.IsCancelled);

    private static FakeErpCapacity Capacity(CapacitySpec spec)
    {
        if (spec.ServiceTimeMs < 0 || spec.JitterMs < 0 || spec.RetryAfterSeconds < 0 || spec.MaxConcurrentRequests < 1
            || spec.Routes.Values.Any(r => r.FixedMs < 0 || r.JitterMs < 0))
        {
            throw new ArgumentException("Times must be 0 or more and maxConcurrentRequests 1 or more (or absent for no limit).");
        }

        return new FakeErpCapacity
        {
            ServiceTime = new(TimeSpan.FromMilliseconds(spec.ServiceTimeMs), TimeSpan.FromMilliseconds(spec.JitterMs)),
            Routes = spec.Routes.ToDictionary(r => r.Key, r => new FakeServiceTime(TimeSpan.FromMilliseconds(r.Value.FixedMs), TimeSpan.FromMilliseconds(r.Value.JitterMs)), StringComparer.Ordinal),
            MaxConcurrentRequests = spec.MaxConcurrentRequests,
            RetryAfter = TimeSpan.FromSeconds(spec.RetryAfterSeconds),
            Seed = spec.Seed,
        };
    }

    private static CapacitySpec View(FakeErpCapacity capacity) => new()
    {
        ServiceTimeMs = capacity.ServiceTime.Fixed.TotalMilliseconds,
        JitterMs = capacity.ServiceTime.Jitter.TotalMilliseconds,
        Routes = capacity.Routes.ToDictionary(r => r.Key, r => new RouteTimeSpec { FixedMs = r.Value.Fixed.TotalMilliseconds, JitterMs = r.Value.Jitter.TotalMilliseconds }),
        MaxConcurrentRequests = capacity.MaxConcurrentRequests,
        RetryAfterSeconds = capacity.RetryAfter.TotalSeconds,
        Seed = capacity.Seed,
    };

    private static IResult OpenApi()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("openapi.json")!;
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), "application/json");
    }

    private static IResult Json<T>(T value, JsonTypeInfo<T> type) => Results.Json(value, type);

    private static IResult Problem(int status, string message) => Results.Json(new ErrorView(message), AdminJsonContext.Default.ErrorView, statusCode: status);

    /// <summary>Reads the body as <typeparamref name="T"/> and runs <paramref name="handle"/>; a bad body or a refused change answers 400 or 409 naming why.</summary>
    private static async Task<IResult> WithBody<T>(HttpContext context, JsonTypeInfo<T> type, Func<T, Task<IResult>> handle, bool optional = false)
        where T : class
    {
        T? body;
        try
        {
            body = context.Request.ContentLength is 0 || (optional && context.Request.ContentLength is null && !context.Request.Headers.ContainsKey("Transfer-Encoding"))
                ? null
                : await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Problem(400, $"The body is not a {typeof(T).Name}: {ex.Message} See /__admin/openapi.json.");
        }

        if (body is null)
        {
            if (!optional)
            {
                return Problem(400, $"A {typeof(T).Name} body is required. See /__admin/openapi.json.");
            }

            body = JsonSerializer.Deserialize("{}", type)!;
        }

        try
        {
            return await handle(body).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsRefusal(ex))
        {
            return Refused(ex);
        }
    }

    private static IResult Guard(Func<IResult> handle)
    {
        try
        {
            return handle();
        }
        catch (Exception ex) when (IsRefusal(ex))
        {
            return Refused(ex);
        }
    }

    /// <summary>A change the body got wrong (400) or the ERP refuses (409), as opposed to a bug of the tool.</summary>
    private static bool IsRefusal(Exception exception) =>
        exception is ArgumentException or InvalidOperationException or FakeDatasulRuleException or KeyNotFoundException;

    private static IResult Refused(Exception exception) => Problem(exception is ArgumentException ? 400 : 409, exception.Message);
}
