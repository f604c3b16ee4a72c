using Totvs.Ecommerce.Sdk.Skus;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>Streams a whole synthetic catalog through <see cref="SkusClient.ListAllAsync"/>.</summary>
internal static class SkuStreaming
{
    public const int PageSize = 1000;

    public static TotvsEcommerceClient CreateClient(int total) => new(
        new HttpClient(new SkuPagesHandler(total)),
        new TotvsEcommerceOptions
        {
            BaseAddress = new Uri("https://erp.example.com.br"),
            Authentication = new TotvsAuthenticationOptions { Username = "bench", Password = "bench" },
        });

    /// <summary>
    /// Reads every SKU; <paramref name="onPage"/> runs after each page's last record. Sequential by default (the figures of
    /// issue 3 and the client comparison); <paramref name="prefetch"/> fetches ahead, one request at a time (the handler
    /// writes every page into one buffer).
    /// </summary>
    public static async Task<int> StreamAsync(TotvsEcommerceClient client, Action? onPage = null, int prefetch = 0)
    {
        var count = 0;
        await foreach (var sku in client.Skus.ListAllAsync(new SkuListOptions { PageSize = PageSize, PrefetchPages = prefetch }))
        {
            count++;
            if (count % PageSize == 0)
            {
                onPage?.Invoke();
            }
        }

        return count;
    }
}
