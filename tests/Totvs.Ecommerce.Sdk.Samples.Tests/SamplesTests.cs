namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>Every sample runs against the embedded fake as a newcomer would run it, and says what it should.</summary>
public sealed class SamplesTests
{
    [Fact]
    public async Task The_quickstart_reads_the_catalog_sends_an_order_once_and_gets_its_invoice()
    {
        var (exitCode, output) = await SampleRun.RunAsync(QuickstartApp.RunAsync);

        Assert.Equal(0, exitCode);
        Assert.Contains("publishes 6 families and 3 items", output, StringComparison.Ordinal);
        Assert.Contains("Incremental sync: 1 family changed", output, StringComparison.Ordinal);
        Assert.Contains("Created; sent again: AlreadyExisted (still 1 order in the ERP)", output, StringComparison.Ordinal);
        Assert.Contains("Invoiced: NF-e 000000001, value R$ 99,90 (sent to the store as 9990 cents)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalog_publisher_pulls_everything_then_only_what_changed()
    {
        var state = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"), "catalog.db");

        var (exitCode, output) = await SampleRun.RunAsync(CatalogPublisherApp.RunAsync, "--state", state);

        Assert.Equal(0, exitCode);
        Assert.Contains("The re-run received 4 record(s) instead of 169", output, StringComparison.Ordinal);
        Assert.NotNull(await new Totvs.Ecommerce.Sdk.Sqlite.SqliteSyncStore(state).LoadAsync("products-1", default)); // the checkpoints outlive the process
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(state)!, recursive: true);
    }

    [Fact]
    public async Task Order_ingestion_reports_bad_files_by_name_and_field_and_processes_the_others_exactly_once()
    {
        var state = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"), "orders.db");
        var (exitCode, output) = await SampleRun.RunAsync(OrderIngestionApp.RunAsync, "--state", state);
        var (_, secondRun) = await SampleRun.RunAsync(OrderIngestionApp.RunAsync, "--state", state);

        Assert.Equal(0, exitCode);
        Assert.Contains("already synchronised", Line(secondRun, "1001-boleto.json"), StringComparison.Ordinal); // a second run resumes from the ledger
        Assert.Contains("CARRIER_NOT_MAPPED", Line(secondRun, "1006-unmapped-carrier.json"), StringComparison.Ordinal); // a refused file is tried again
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(state)!, recursive: true);
        var malformed = Line(output, "1004-malformed.json");
        Assert.Contains("items[0].quantity", malformed, StringComparison.Ordinal);
        Assert.Contains("clientProfileData.document", Line(output, "1005-invalid-cpf.json"), StringComparison.Ordinal);
        Assert.Contains("CARRIER_NOT_MAPPED", Line(output, "1006-unmapped-carrier.json"), StringComparison.Ordinal);
        Assert.Contains("created", Line(output, "1001-boleto.json"), StringComparison.Ordinal);
        Assert.Contains("already synchronised", output, StringComparison.Ordinal);
        Assert.Contains("Orders in the ERP: 3.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_feedback_turns_invoices_and_cancellations_into_what_the_store_needs()
    {
        var (exitCode, output) = await SampleRun.RunAsync(StatusFeedbackApp.RunAsync);

        Assert.Equal(0, exitCode);
        Assert.Contains("3 invoice(s) and 1 cancellation(s) to send to the store.", output, StringComparison.Ordinal);
        Assert.Contains("\"invoiceKey\":\"3526", output, StringComparison.Ordinal);
        Assert.Contains("Título PEDVDA estornado", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_sample_serves_a_connectors_state_with_its_mix_of_documents()
    {
        var state = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"), "status.db");
        var (exitCode, output) = await SampleRun.RunAsync(StatusPageApp.RunAsync, "--once", "true", "--urls", "http://127.0.0.1:0", "--state", state);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"Status page: http://127\.0\.0\.1:\d+/status", output);
        Assert.Contains("orders Pending 1, orders Synced 2, orders Problem 2, orders GivenUp 1.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_sync_imports_by_windows_maps_products_and_validates_unit_prices()
    {
        var state = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"), "partner.db");
        var (exitCode, output) = await SampleRun.RunAsync(PartnerSyncApp.RunAsync, "--state", state);

        Assert.Equal(0, exitCode);
        Assert.Contains("IT000001: ERP item IT000001 has no partner product", output, StringComparison.Ordinal);
        Assert.Contains("Item(s) IT000001 have no partner product", output, StringComparison.Ordinal);
        Assert.Contains("Set a unit price for IT000003 before sending.", output, StringComparison.Ordinal);
        Assert.Contains("1 sale(s) not synchronised", output, StringComparison.Ordinal);
        var afterMapping = output[output.IndexOf("Purchases after mapping", StringComparison.Ordinal)..output.IndexOf("Sales sent", StringComparison.Ordinal)];
        Assert.DoesNotContain("problem", afterMapping, StringComparison.Ordinal);
        Assert.Equal(8, afterMapping.Split('\n').Count(l => l.Contains("synchronised", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_go_live_check_finds_the_five_faults_planted_in_the_fake_store()
    {
        var (exitCode, output) = await SampleRun.RunAsync(GoLiveCheckApp.RunAsync);

        Assert.Equal(2, exitCode); // not ready
        Assert.Contains("5 finding(s) to fix before going live.", output, StringComparison.Ordinal);
        foreach (var program in new[] { "CD1508", "PD0628", "Cadastro de Métodos de Pagamento E-commerce", "CD0402" })
        {
            Assert.Contains(program, output, StringComparison.Ordinal);
        }
    }

    private static string Line(string output, string text) =>
        output.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"No line with '{text}' in:\n{output}");
}
