using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Preflight;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Tests.Domain;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Rules;

/// <summary>The go-live preflight against the fake: a sound store is ready; five planted faults are found, and nothing else.</summary>
public sealed class GoLivePreflightTests
{
    private static readonly PaymentMethodConfiguration Boleto = new()
    {
        Code = "BOLETO", Type = PaymentMethodType.Boleto, Especie = "DP", EspecieGeneratesAdvance = true, SerieFiscal = "1", Portador = "341", Carteira = "1",
    };

    [Fact]
    public async Task A_sound_store_is_ready()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Store);

        var report = await Preflight(harness).RunAsync(Expectations());

        Assert.True(report.Ready, string.Join(Environment.NewLine, report.Findings));
        Assert.Equal(4, report.Published["items"]);
        Assert.Single(report.NotCheckable, r => r.Contains("CD0402", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_planted_faults_are_found_each_with_its_program_and_nothing_else()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server =>
            {
                Store(server);
                server.UpsertItem(new FakeItem { ItemCode = "SEM-SALDO", Description = "Sem saldo", FamilyCode = "FER" }); // 1: priced, never stocked
                server.LinkItem("1", "SEM-SALDO");
                server.SetPrice("ECOM", "SEM-SALDO", 10m);
            });
        var expectations = Expectations() with
        {
            TradePolicies = ["1", "7"], // 3: a sales channel whose price table was never linked
            PaymentMethods = [Boleto with { Carteira = null }], // 4: a boleto method without carteira
            Configuration = new ErpEcommerceConfiguration { Stores = [DomainFixtures.Store() with { DefaultCustomerGroup = null }] }, // 5
        };

        var connectorBehind = new SkewedClock(harness, TimeSpan.FromMinutes(-10)); // 2: the connector's clock 10 minutes behind the ERP's

        var report = await new GoLivePreflight(harness.Client, connectorBehind).RunAsync(expectations);

        Assert.Equal(
            [
                ("clock", null, null),
                ("configuration", "Stores[1].DefaultCustomerGroup", "Central de Configurações E-commerce"),
                ("payment methods", "PaymentMethods[BOLETO].Carteira", "Cadastro de Métodos de Pagamento E-commerce"),
                ("stock", "SEM-SALDO", "PD0628 / Central de Configurações E-commerce (depósitos)"),
                ("trade policies", "7", "CD1508"),
            ],
            report.Findings.Select(f => (f.Check, f.Subject, f.DatasulProgram)).Order().ToList());
        Assert.False(report.Ready);
    }

    [Fact]
    public async Task A_wrong_connection_is_one_finding_that_names_the_fix()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Store);
        harness.Server.SetIntegrationEnabled(false);

        var report = await Preflight(harness).RunAsync(Expectations());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("connection", "CD0101"), (finding.Check, finding.DatasulProgram));
    }

    private static GoLivePreflight Preflight(SdkHarness harness) => new(harness.Client, harness.Clock);

    private static PreflightExpectations Expectations() => new()
    {
        StoreCode = "1",
        TradePolicies = ["1"],
        CarrierEcommerceIds = ["correios-pac"],
        PaymentMethods = [Boleto],
        Configuration = new ErpEcommerceConfiguration { Stores = [DomainFixtures.Store()] },
    };

    private static void Store(FakeDatasulServer server) =>
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO")
            .WithItem("FUR-001", "Furadeira", 399.90m, 10, "FER")
            .WithItem("MAR-001", "Martelo", 49.5m, 3, "FER")
            .WithItem("SER-001", "Serrote", 39.9m, 0, "FER")
            .WithReferencedItem(new FakeItem { ItemCode = "CAM-001", Description = "Camiseta", FamilyCode = "VES" }, ("P", "Pequena", 59.9m, 5));
}
