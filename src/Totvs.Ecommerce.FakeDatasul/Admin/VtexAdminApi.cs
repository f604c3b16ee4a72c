using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Totvs.Ecommerce.Sdk.Testing.Vtex;

namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>
/// The admin API of the fake VTEX (<c>--vtex</c>) under <c>/__admin/vtex/</c>: place an order in the store, read what the
/// connector published and notified, script faults, read the journal. Without <c>--vtex</c> each answers 409.
/// </summary>
internal static class VtexAdminApi
{
    public static void Map(RouteGroupBuilder admin, FakeErp erp)
    {
        var vtex = admin.MapGroup("/vtex");
        vtex.MapPost("/orders", async (HttpContext context) =>
        {
            if (erp.Vtex is not { } account)
            {
                return NotStarted();
            }

            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                return Text(201, new JsonObject { ["orderId"] = account.PlaceOrder(body) });
            }
            catch (Exception ex) when (ex is ArgumentException or System.Text.Json.JsonException)
            {
                return Text(400, new JsonObject { ["error"] = $"Not a VTEX order: {ex.Message}" });
            }
        });
        vtex.MapGet("/orders/{vtexOrderId}", (string vtexOrderId) => erp.Vtex is not { } account ? NotStarted()
            : account.StatusOf(vtexOrderId) is not { } status ? Text(404, new JsonObject { ["error"] = $"No order {vtexOrderId} in the fake VTEX." })
            : Text(200, new JsonObject
            {
                ["orderId"] = vtexOrderId,
                ["status"] = status,
                ["invoices"] = new JsonArray([.. account.InvoicesOf(vtexOrderId)]),
                ["cancellationReason"] = account.CancellationReasonOf(vtexOrderId),
            }));
        vtex.MapGet("/catalog", () => erp.Vtex is not { } account ? NotStarted() : Text(200, new JsonObject
        {
            ["categories"] = new JsonArray([.. account.Categories]),
            ["products"] = new JsonArray([.. account.Products]),
            ["skus"] = new JsonArray([.. account.Skus.Select(sku => Priced(account, sku))]),
            ["pendingFeedEvents"] = account.PendingFeedEvents,
        }));
        vtex.MapPost("/warehouses/{warehouseId}", (string warehouseId) =>
        {
            if (erp.Vtex is not { } account)
            {
                return NotStarted();
            }

            account.AddWarehouse(warehouseId);
            return Results.NoContent();
        });
        vtex.MapPost("/faults", async (HttpContext context) =>
        {
            if (erp.Vtex is not { } account)
            {
                return NotStarted();
            }

            var spec = await System.Text.Json.JsonSerializer.DeserializeAsync(context.Request.Body, AdminJsonContext.Default.FaultSpec, context.RequestAborted).ConfigureAwait(false);
            try
            {
                FaultScript.Add(account.Faults, spec ?? throw new ArgumentException("A FaultSpec body is required."));
                return Results.Created("/__admin/vtex/faults", (object?)null);
            }
            catch (ArgumentException ex)
            {
                return Text(400, new JsonObject { ["error"] = ex.Message });
            }
        });
        vtex.MapGet("/journal", () => erp.Vtex is not { } account ? NotStarted() : Text(200, new JsonArray([.. account.Journal.Entries.Select(e => (JsonNode)new JsonObject
        {
            ["sequence"] = e.Sequence,
            ["method"] = e.Method,
            ["route"] = e.Route,
            ["statusCode"] = e.StatusCode,
            ["fault"] = e.Fault,
        })])));
    }

    /// <summary>A SKU with its price and stock per warehouse, as the catalog view shows it.</summary>
    private static JsonObject Priced(FakeVtexServer account, JsonObject sku)
    {
        if (sku["Id"]?.GetValue<int>() is { } id)
        {
            sku["Price"] = account.PriceOf(id);
            sku["Inventory"] = new JsonObject(account.InventoryOf(id).Select(i => KeyValuePair.Create(i.Key, (JsonNode?)i.Value)));
        }

        return sku;
    }

    private static IResult NotStarted() => Text(409, new JsonObject { ["error"] = "The tool plays no VTEX account: start it with --vtex." });

    private static IResult Text(int status, JsonNode body) => Results.Text(body.ToJsonString(), "application/json", statusCode: status);
}
