using Spectre.Console;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Preflight;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// Sample 5, the go-live check: runs <see cref="GoLivePreflight"/> and prints every finding with the Datasul program that
/// fixes it. Against the embedded fake it checks a deliberately broken store (an item never stocked, a sales channel
/// without a price table, a boleto method without carteira, a store without a default customer group, and a connector
/// clock 10 minutes behind the ERP), so the report shows what a real one looks like. Exit code 0 when ready, 2 otherwise.
/// </summary>
public static class GoLiveCheckApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        await using var host = SampleHost.Create(args, SeedBrokenStore);
        host.WriteBanner(console, "Go-live check");
        var tradePolicies = (host.Configuration["tradePolicies"] ?? (host.Fake is null ? string.Empty : "1,7"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // What the integrator knows of the ERP: against a real one, only the store's trade policies are given here (fill the
        // rest from your ERP); against the fake, a store with two planted faults.
        var configuration = host.Fake is null
            ? new ErpEcommerceConfiguration { Stores = [new StoreConfiguration { StoreCode = host.StoreCode, TradePolicies = tradePolicies }] }
            : StoreWithoutCustomerGroup(tradePolicies);
        var expectations = new PreflightExpectations { StoreCode = host.StoreCode, Configuration = configuration };

        // Against the fake, the connector's clock is set 10 minutes behind the ERP's, one of the planted faults.
        var clock = host.Fake is null ? TimeProvider.System : new OffsetClock(TimeSpan.FromMinutes(-10));
        var report = await new GoLivePreflight(host.Client, clock).RunAsync(expectations);

        var published = new Table().Title($"Store {report.StoreCode} publishes").AddColumn("Resource").AddColumn("Records");
        foreach (var (resource, count) in report.Published)
        {
            published.AddRow(resource, $"{count}");
        }

        console.Write(published);
        var findings = new Table().Title("Findings").AddColumn("Check").AddColumn("About").AddColumn("What to do").AddColumn("Program");
        foreach (var finding in report.Findings)
        {
            findings.AddRow(Markup.Escape(finding.Check), Markup.Escape(finding.Subject ?? "-"), Markup.Escape(finding.Message), Markup.Escape(finding.DatasulProgram ?? "-"));
        }

        console.Write(findings);
        foreach (var reminder in report.NotCheckable)
        {
            console.MarkupLineInterpolated($"[grey]To confirm by hand:[/] {reminder}");
        }

        console.MarkupLine(report.Ready ? "[green]Ready to go live.[/]" : $"[red]{report.Findings.Count} finding(s) to fix before going live.[/]");
        return report.Ready ? 0 : 2;
    }

    private static PaymentMethodConfiguration BoletoWithoutCarteira => new()
    {
        Code = "BOLETO", Type = PaymentMethodType.Boleto, Especie = "DP", EspecieGeneratesAdvance = true, SerieFiscal = "1", Portador = "341",
    };

    private static ErpEcommerceConfiguration StoreWithoutCustomerGroup(IReadOnlyList<string> tradePolicies) => new()
    {
        CarrierEcommerceIds = ["correios-pac"],
        Marketplaces = ["MERCADOLIVRE"],
        Stores =
        [
            new StoreConfiguration
            {
                StoreCode = "1",
                Establishments =
                [
                    new EstablishmentSettings
                    {
                        BranchId = "1", Uf = Domain.Identifiers.Uf.Parse("SP"), IntraStateNatureza = "5102", InterStateNatureza = "6108",
                        GiftIntraStateNatureza = "5910", GiftInterStateNatureza = "6910",
                    },
                ],
                PriceTables = ["ECOM"],
                Deposits = [new StoreDeposit("1", "ECO", IsExclusive: true)],
                PaymentMethods = [BoletoWithoutCarteira],
                TradePolicies = tradePolicies,
            },
        ],
    };

    private static void SeedBrokenStore(FakeDatasulServer fake)
    {
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(12, seed: 42);
        fake.UpsertItem(new FakeItem { ItemCode = "SEM-SALDO", Description = "Item sem saldo", FamilyCode = "F01" });
        fake.LinkItem("1", "SEM-SALDO");
        fake.SetPrice("ECOM", "SEM-SALDO", 10m);
    }

    private sealed class OffsetClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}
