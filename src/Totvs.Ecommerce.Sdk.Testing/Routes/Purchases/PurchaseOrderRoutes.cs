using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Purchases;

/// <summary>
/// <c>ccp/v1/purchaseOrder</c> and <c>ccp/v2/purchaseOrderLines</c> on the fake, read-only: orders by period
/// (<c>orderDateFirst</c>, <c>orderDateLast</c>) and vendor (<c>vendorId</c>), one order by number (the header: its lines
/// are read from the lines API), lines by order (<c>orderNumber</c>) or by number. Paged in <c>{"hasNext","items"}</c>.
/// </summary>
internal sealed class PurchaseOrderRoutes(DatasulState state, DateTimeZone zone)
{
    private readonly WireProjection<PurchaseOrderRecord> orders = PurchaseOrderWire.Orders(zone);

    public FakeResponse HandleOrders(FakeRequest request, string? key)
    {
        if (ReadOnly(request) is { } refused)
        {
            return refused;
        }

        if (!TryDate(request, "orderDateFirst", out var from, out var error) || !TryDate(request, "orderDateLast", out var to, out error)
            || !TryNumber(request, "vendorId", out var vendor, out error))
        {
            return error!;
        }

        lock (state.Sync)
        {
            if (key is not null)
            {
                return long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && state.PurchaseOrders.TryGetValue(number, out var order)
                    ? FakeResponse.Json(200, orders.ToJson(order))
                    : NotFound(request, $"Pedido de compra {key} não encontrado.", $"Purchase order {key} not found.");
            }

            var selected = state.PurchaseOrders.Values.Where(o =>
                (from is null || o.OrderDate >= from) && (to is null || o.OrderDate <= to) && (vendor is null || o.VendorCode == vendor)).ToList();
            return CollectionResponder.Respond(request, selected, orders, zone);
        }
    }

    public FakeResponse HandleLines(FakeRequest request, string? key)
    {
        if (ReadOnly(request) is { } refused)
        {
            return refused;
        }

        if (!TryNumber(request, "orderNumber", out var orderNumber, out var error))
        {
            return error!;
        }

        lock (state.Sync)
        {
            var lines = state.PurchaseOrders.Values.SelectMany(o => o.Lines).OrderBy(l => l.LineNumber).ToList();
            if (key is not null)
            {
                var line = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? lines.Find(l => l.LineNumber == number) : null;
                return line is null
                    ? NotFound(request, $"Ordem de compra {key} não encontrada.", $"Purchase order line {key} not found.")
                    : FakeResponse.Json(200, PurchaseOrderWire.Lines.ToJson(line));
            }

            return CollectionResponder.Respond(request, lines.Where(l => orderNumber is null || l.OrderNumber == orderNumber).ToList(), PurchaseOrderWire.Lines, zone);
        }
    }

    private static FakeResponse? ReadOnly(FakeRequest request) => string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase)
        ? null
        : FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed here; purchase orders are read-only.");

    private static FakeResponse NotFound(FakeRequest request, string portuguese, string english) =>
        FakeResponse.Error(404, FakeErrorCodes.NotFound, request.WantsPortuguese ? portuguese : english);

    private static bool TryDate(FakeRequest request, string name, out LocalDate? value, out FakeResponse? error)
    {
        (value, error) = (null, null);
        if (request.Query[name] is not { } text)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            value = parsed.Value;
            return true;
        }

        error = FakeResponse.Error(400, "INVALID_PARAMETER", request.WantsPortuguese
            ? $"{name} '{text}' inválido: use aaaa-mm-dd."
            : $"{name} '{text}' is invalid: use yyyy-mm-dd.");
        return false;
    }

    private static bool TryNumber(FakeRequest request, string name, out long? value, out FakeResponse? error)
    {
        (value, error) = (null, null);
        if (request.Query[name] is not { } text)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        error = FakeResponse.Error(400, "INVALID_PARAMETER", request.WantsPortuguese
            ? $"{name} '{text}' inválido: use um número."
            : $"{name} '{text}' is invalid: use a number.");
        return false;
    }
}
