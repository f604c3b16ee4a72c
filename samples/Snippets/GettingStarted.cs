using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Products;

namespace Totvs.Ecommerce.Sdk.Samples.Snippets;

/// <summary>The snippets of docs/getting-started.md.</summary>
public static class GettingStarted
{
    public static async Task RegisterAndCallAsync(IConfiguration configuration)
    {
        // snippet: register
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTotvsEcommerce(configuration.GetSection("Totvs:Ecommerce"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TotvsEcommerceClient>();
        // end-snippet

        // snippet: stream-products
        await foreach (var product in client.Products.ListAllAsync(new ProductListOptions { StoreCode = "1", PageSize = 100 }))
        {
            Console.WriteLine($"{product.ItemCode} {product.Description} {product.Gtin}");
        }
        // end-snippet
    }

    public static async Task<long?> CreateOrderAsync(TotvsEcommerceClient client, Order order)
    {
        // snippet: create-order
        try
        {
            var result = await client.Orders.CreateAsync(order);
            Console.WriteLine($"Order {result.Record.OrderId}: {result.Outcome}");
            return result.Record.OrderId;
        }
        catch (TotvsValidationException invalid)
        {
            foreach (var problem in invalid.Problems)
            {
                Console.WriteLine($"Fix {problem.Field}: {problem.Message}");
            }
        }
        catch (TotvsBusinessRuleException rejected)
        {
            Console.WriteLine($"The ERP refused it ({rejected.Code}): {rejected.Message}");
        }
        catch (TotvsApiException unavailable) when (unavailable.IsTransient)
        {
            Console.WriteLine("Datasul is unavailable; calling CreateAsync again later is safe.");
        }
        // end-snippet

        return null;
    }
}
