using Refit;

namespace Totvs.Ecommerce.Sdk.Benchmarks.Comparison;

/// <summary>The same three calls declared for Refit.</summary>
public interface IDatasulRefitApi
{
    [Get("/dts/datasul-rest/resources/prg/cdp/v1/businessFamilyPublic/ecommerce")]
    Task<FamilyPageDto> GetFamiliesAsync([AliasAs("storeCode")] string storeCode, [AliasAs("page")] int page, [AliasAs("pageSize")] int pageSize);

    [Get("/dts/datasul-rest/resources/prg/pdp/v1/ordersPublic")]
    Task<OrderPageDto> GetOrdersAsync([AliasAs("storeCode")] string storeCode, [AliasAs("page")] int page, [AliasAs("pageSize")] int pageSize);

    [Post("/dts/datasul-rest/resources/prg/pdp/v1/ordersPublic")]
    Task<OrderDto> CreateOrderAsync([Body] OrderDto order);
}
