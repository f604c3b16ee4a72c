using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>apiInvoicePublic on the fake: the invoices issued for a store's orders, as a feed and by key.</summary>
internal sealed class InvoiceRoutes(DatasulState state, DateTimeZone zone)
{
    private readonly WireProjection<InvoiceRecord> projection = InvoiceWire.Projection(zone);

    public FakeResponse Handle(FakeRequest request, StoreRecord store, string? key)
    {
        if (!string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed here; invoices are read-only.");
        }

        lock (state.Sync)
        {
            var direction = request.Query["direction"];
            var from = ReadDate(request.Query["issueDateFirst"]);
            var to = ReadDate(request.Query["issueDateLast"]);
            var invoices = state.Invoices.Values.Where(i =>
                (i.StoreCode == store.Code || i.StoreCode is null)
                && (direction is null || string.Equals(direction, i.IsOutput ? "output" : "input", StringComparison.OrdinalIgnoreCase))
                && (from is null || i.IssueDate.InZone(zone).Date >= from)
                && (to is null || i.IssueDate.InZone(zone).Date <= to));
            if (key is null)
            {
                return CollectionResponder.Respond(request, invoices, projection, zone);
            }

            var invoice = invoices.FirstOrDefault(i => i.Key == key);
            return invoice is null
                ? FakeResponse.Error(404, FakeErrorCodes.NotFound, $"Invoice '{key}' not found for store {store.Code}.")
                : FakeResponse.Json(200, projection.ToJson(invoice));
        }
    }

    private static LocalDate? ReadDate(string? text) =>
        text is not null && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
}
