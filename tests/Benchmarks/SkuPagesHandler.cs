using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Web;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// Serves a synthetic catalog of <c>total</c> SKUs page by page, writing each page when it is asked for,
/// so the server side holds one page at a time and the measurement sees the SDK's memory, not the catalog's.
/// Pages are written into one reused buffer (as a server writes into its socket buffer): a fresh 260 KB array per page
/// would land on the large object heap and the measurement would show the server's garbage. So requests must come
/// one at a time, as a page stream asks for them.
/// </summary>
internal sealed class SkuPagesHandler(int total) : HttpMessageHandler
{
    private readonly ArrayBufferWriter<byte> buffer = new(SkuStreaming.PageSize * 260);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var page = int.Parse(query["page"] ?? "1", CultureInfo.InvariantCulture);
        var pageSize = int.Parse(query["pageSize"] ?? "20", CultureInfo.InvariantCulture);
        var first = ((page - 1) * pageSize) + 1;
        var last = Math.Min(total, first + pageSize - 1);

        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("hasNext", last < total);
            writer.WriteStartArray("items");
            for (var n = first; n <= last; n++)
            {
                var code = "IT" + n.ToString("D8", CultureInfo.InvariantCulture);
                writer.WriteStartObject();
                writer.WriteString("skuId", code);
                writer.WriteString("itemCode", code);
                writer.WriteString("description", "Produto de catálogo gerado para medição");
                writer.WriteString("gtin", Gtin13(n));
                writer.WriteNumber("netWeightKg", 1.25m);
                writer.WriteNumber("heightCm", 10);
                writer.WriteBoolean("isActive", true);
                writer.WriteString("lastUpdate", "2026-03-01T10:15:00.123-03:00");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ReadOnlyMemoryContent(buffer.WrittenMemory),
        });
    }

    private static string Gtin13(int n)
    {
        var data = "789" + n.ToString("D9", CultureInfo.InvariantCulture);
        return data + Domain.Identifiers.Gtin.ComputeCheckDigit(data);
    }
}
