using BenchmarkDotNet.Attributes;
using Totvs.Ecommerce.Sdk.Families;

namespace Totvs.Ecommerce.Sdk.Benchmarks.Comparison;

/// <summary>
/// What a field-name map (<see cref="TotvsEcommerceOptions.FieldNames"/>) costs on a families page: none set (the
/// baseline), one set on another resource (must cost nothing here), and one set on families itself. The canned
/// families page carries the contract's names, so the renamed client reads <c>description</c> where it is absent.
/// </summary>
[MemoryDiagnoser]
public class FieldNameMapBenchmarks
{
    private TotvsEcommerceClient noMap = null!;
    private TotvsEcommerceClient mapOnOrders = null!;
    private TotvsEcommerceClient mapOnFamilies = null!;

    [Params(20, 500)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var handler = new CannedDatasul(Items);
        noMap = Create(handler, null, null);
        mapOnOrders = Create(handler, "Orders", new() { ["Comments"] = "Observacoes" });
        mapOnFamilies = Create(handler, "Families", new() { [FamilyFields.Description] = "description" });
    }

    [Benchmark(Baseline = true)]
    public async Task<int> NoMap() => (await noMap.Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = Items })).Items.Count;

    [Benchmark]
    public async Task<int> MapOnAnotherResource() => (await mapOnOrders.Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = Items })).Items.Count;

    [Benchmark]
    public async Task<int> MapOnFamilies() => (await mapOnFamilies.Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = Items })).Items.Count;

    private static TotvsEcommerceClient Create(CannedDatasul handler, string? entry, Dictionary<string, string>? names)
    {
        var options = new TotvsEcommerceOptions
        {
            BaseAddress = new Uri("https://erp.example.com.br"),
            Authentication = new TotvsAuthenticationOptions { Username = "integration", Password = "secret" },
        };
        if (entry is not null)
        {
            options.FieldNames[entry] = names!;
        }

        return new TotvsEcommerceClient(new HttpClient(handler, disposeHandler: false), options);
    }
}
