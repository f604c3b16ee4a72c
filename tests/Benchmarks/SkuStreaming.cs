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

    /// <summary>Reads every SKU; <paramref name="onPage"/> runs after each page's last record.</summary>
    public static async Task<int> StreamAsync(TotvsEcommerceClient client, Action? onPage = null)
    {
        var count = 0;
        await foreach (var sku in client.Skus.ListAllAsync(new SkuListOptions { PageSize = PageSize }))
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
