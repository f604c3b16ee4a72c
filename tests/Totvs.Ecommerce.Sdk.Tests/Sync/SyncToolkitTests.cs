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
    public void The_product_map_names_unmapped_ERP_items_and_mappings_of_unknown_items()
    {
        var map = new ProductMap();
        map.Map(new ProductMapping("FUR-001", "FERRAMENTA", "UN"));
        map.Map(new ProductMapping("OLD-999", "FERRAMENTA", "CX-12"));

        var problems = map.Validate(["FUR-001", "MAR-001"]);

        Assert.Equal(["MAR-001", "OLD-999"], problems.Select(p => p.Field));
        Assert.Contains("no partner product", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("not published", problems[1].Message, StringComparison.Ordinal);
        Assert.Equal("UN", map.Find("fur-001")?.Packaging);
    }

    [Fact]
    public async Task The_ledger_keeps_each_documents_status_and_resends_only_the_retryable_ones()
    {
        var ledger = new DocumentSyncLedger();
        var failOnce = true;

        await ledger.SendAsync("V-1", _ => Task.CompletedTask);
        await ledger.SendAsync("V-2", _ => throw new TotvsBusinessRuleException("Carrier not mapped.", 500, new TotvsError("CARRIER_NOT_MAPPED", "x", null, null, []), "POST", "o"));
        await ledger.SendAsync("V-3", _ => failOnce ? throw new TotvsApiException("Timed out.", null, null, true, "POST", "o", null) : Task.CompletedTask);
        failOnce = false;
        var resent = await ledger.ResyncAsync((_, _) => Task.CompletedTask);

        Assert.Equal(["V-3"], resent.Select(s => s.DocumentKey));
        Assert.Equal(DocumentSyncState.Synced, ledger.Find("V-3")?.State);
        Assert.Equal(2, ledger.Find("V-3")?.Attempts);
        var problem = Assert.Single(ledger.Problems);
        Assert.Equal("V-2", problem.DocumentKey);
        Assert.False(problem.Retryable);
        Assert.Contains("Carrier not mapped", problem.Description, StringComparison.Ordinal);
    }
}
