using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>Bad records from the server are surfaced one by one; the caller chooses to skip or stop; nothing crashes mid-stream.</summary>
public sealed class InvalidRecordTests
{
    private const string ValidGtin = "7891000000014";

    [Fact]
    public void The_test_GTIN_is_valid() => Assert.True(Totvs.Ecommerce.Sdk.Domain.Identifiers.Gtin.TryParse(ValidGtin, out _));

    [Theory]
    [InlineData("""{"itemCode":"B","description":"Bad GTIN","unitOfMeasure":"UN","gtin":"7891000000015"}""", "gtin", "check digit")]
    [InlineData("""{"itemCode":"B","unitOfMeasure":"UN"}""", "description", "required")]
    [InlineData("""{"itemCode":"B","description":"Too long a unit","unitOfMeasure":"UNIDADE"}""", "unitOfMeasure", "at most 2")]
    [InlineData("""{"itemCode":"B","description":"Wrong type","unitOfMeasure":"UN","netWeightKg":"heavy"}""", "netWeightKg", "")]
    [InlineData("""{"itemCode":"B","description":"Negative","unitOfMeasure":"UN","heightCm":-3}""", "heightCm", "negative")]
    public async Task An_invalid_product_is_skipped_when_the_caller_says_so_and_named_with_its_field(string badRecord, string field, string why)
    {
        var client = ClientServing("cdp/v1/productPublic/ecommerce", $$"""
            {"hasNext":false,"items":[
              {"itemCode":"A","description":"Good","unitOfMeasure":"UN","gtin":"{{ValidGtin}}"},
              {{badRecord}},
              {"itemCode":"C","description":"Good too","unitOfMeasure":"UN","gtin":""}]}
            """);
        var reported = new List<InvalidRecord>();

        var products = new List<Product>();
        await foreach (var product in client.Products.ListAllAsync(new ProductListOptions
        {
            OnInvalidRecord = record => { reported.Add(record); return InvalidRecordAction.Skip; },
        }))
        {
            products.Add(product);
        }

        Assert.Equal(["A", "C"], products.Select(p => p.ItemCode.Value));
        Assert.Null(products[1].Gtin);
        var invalid = Assert.Single(reported);
        Assert.Equal(2, invalid.Position);
        var problem = Assert.Single(invalid.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"itemCode\":\"B\"", invalid.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_the_stream_stops_at_an_invalid_record_after_returning_the_ones_before_it()
    {
        var client = ClientServing("cdp/v1/priceItemPublic/ecommerce", """
            {"hasNext":true,"items":[
              {"priceTable":"ECOM","itemCode":"A","price":10.5},
              {"priceTable":"ECOM","itemCode":"B","price":0}]}
            """);

        var read = new List<string>();
        var error = await Assert.ThrowsAsync<TotvsInvalidRecordException>(async () =>
        {
            await foreach (var price in client.PriceItems.ListAllAsync())
            {
                read.Add(price.ItemCode.Value);
            }
        });

        Assert.Equal(["A"], read);
        Assert.Equal("ECOM/B", error.Record.Key);
        Assert.Equal("price", Assert.Single(error.Record.Problems).Field);
        Assert.Contains("OnInvalidRecord", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_balance_is_reported_and_skipped_records_are_listed_on_the_page()
    {
        var client = ClientServing("cep/v1/stockBalancePublic/ecommerce", """
            {"hasNext":false,"items":[
              {"itemCode":"A","branchId":"1","warehouseCode":"ECO","availableQuantity":-2},
              {"itemCode":"B","branchId":"1","warehouseCode":"ECO","availableQuantity":4}]}
            """);

        var page = await client.StockBalances.ListAsync(new StockBalanceListOptions { OnInvalidRecord = _ => InvalidRecordAction.Skip });

        Assert.Equal("B", Assert.Single(page.Items).ItemCode.Value);
        var skipped = Assert.Single(page.SkippedRecords);
        Assert.Equal("availableQuantity", skipped.Problems[0].Field);
        Assert.Equal("A@1/ECO", skipped.Key);
    }

    [Fact]
    public async Task A_truncated_page_is_an_error_for_the_page_not_a_hang()
    {
        var client = ClientServing("cdp/v1/productPublic/ecommerce", """{"hasNext":false,"items":[{"itemCode":"A","desc""");

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Products.ListAsync(new ProductListOptions { OnInvalidRecord = _ => InvalidRecordAction.Skip }));

        Assert.Contains("cdp/v1/productPublic/ecommerce", error.Message, StringComparison.Ordinal);
    }

    private static TotvsEcommerceClient ClientServing(string route, string body) =>
        StubHandler.CreateClient(new StubHandler(request =>
            request.RequestUri!.AbsolutePath.EndsWith(route, StringComparison.Ordinal) ? (200, body) : (404, "{}")));
}
