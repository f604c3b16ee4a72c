using NodaTime;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

public sealed class SyncToolkitTests
{
    [Fact]
    public void A_long_period_is_split_into_short_windows_that_cover_it_exactly()
    {
        var windows = DateWindows.Split(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 20), days: 7);

        Assert.Equal(["2026-01-01..2026-01-07", "2026-01-08..2026-01-14", "2026-01-15..2026-01-20"], windows.Select(w => w.ToString()));
        Assert.Single(DateWindows.Split(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 1), 7));
        Assert.Throws<ArgumentException>(() => DateWindows.Split(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 1), 7));
    }

    [Fact]
    public async Task The_product_map_names_unmapped_ERP_items_and_mappings_of_unknown_items()
    {
        var map = new ProductMap(new InMemorySyncStore());
        await map.MapAsync(new ProductMapping("FUR-001", "FERRAMENTA", "UN"));
        await map.MapAsync(new ProductMapping("OLD-999", "FERRAMENTA", "CX-12"));

        var problems = await map.ValidateAsync(["FUR-001", "MAR-001"]);

        Assert.Equal(["MAR-001", "OLD-999"], problems.Select(p => p.Field));
        Assert.Contains("no partner product", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("not published", problems[1].Message, StringComparison.Ordinal);
        Assert.Equal("UN", (await map.FindAsync("fur-001"))?.Packaging);
    }
}
