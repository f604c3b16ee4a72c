using System.Net;
using System.Text;
using System.Text.Json;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Benchmarks.Comparison;

/// <summary>
/// Serves the same bytes to every client: a families page, an orders page and an order POST answer, built once.
/// What is measured is the client: request building, sending through the handler, reading and deserializing.
/// </summary>
internal sealed class CannedDatasul : HttpMessageHandler
{
    private readonly byte[] familiesPage;
    private readonly byte[] ordersPage;
    private readonly byte[] createdOrder;

    public CannedDatasul(int items)
    {
        familiesPage = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new FamilyPageDto
        {
            HasNext = false,
            Items = Enumerable.Range(1, items).Select(i => new FamilyDto
            {
                Code = $"FAM{i:D5}", Description = $"Família comercial {i}", IsActive = true, LastUpdate = new DateTimeOffset(2026, 3, 1, 7, 15, 0, TimeSpan.FromHours(-3)),
            }).ToList(),
        }, BaselineJsonContext.Default.FamilyPageDto));
        ordersPage = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new OrderPageDto
        {
            HasNext = false,
            Orders = Enumerable.Range(1, items).Select(Order).ToList(),
        }, BaselineJsonContext.Default.OrderPageDto));
        createdOrder = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Order(1), BaselineJsonContext.Default.OrderDto));
    }

    public static OrderDto Order(int i) => new()
    {
        OrderId = 1000 + i,
        CustomerOrderId = $"V-{i:D6}",
        ShortName = "14538220620",
        EmissionDate = "2026-03-01",
        ImplantationDate = "2026-03-01",
        PersonalId = "14538220620",
        DeliveryState = "SP",
        EcommerceStoreCode = "1",
        OrderSituation = 1,
        LastUpdate = new DateTimeOffset(2026, 3, 1, 7, 15, 0, TimeSpan.FromHours(-3)),
        OrderItems = [new OrderItemDto { Sequence = 10, ItemCode = "FUR-001", OriginalPrice = 399.90m, QuantityBilling = 1, TransactionType = "5102" }],
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A real server reads the request body; without this, lazily serialized content (JsonContent) would never be
        // serialized at all and a client that serializes up front (to resend the same bytes) would look slower.
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        var path = request.RequestUri!.AbsolutePath;
        var (status, body) = request.Method == HttpMethod.Post
            ? (HttpStatusCode.Created, createdOrder)
            : path.Contains("businessFamilyPublic", StringComparison.Ordinal) ? (HttpStatusCode.OK, familiesPage) : (HttpStatusCode.OK, ordersPage);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(status) { RequestMessage = request, Content = content };
    }
}
