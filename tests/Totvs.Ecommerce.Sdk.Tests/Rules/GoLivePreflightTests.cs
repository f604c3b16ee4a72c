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
        Assert.Single(report.NotCheckable, r => r.Contains("FT0301", StringComparison.Ordinal)); // not given: reminded, not found
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
        var expectations = Expectations(store => store with
        {
            TradePolicies = ["1", "7"], // 3: a sales channel whose price table was never linked
            PaymentMethods = [Boleto with { Carteira = null }], // 4: a boleto method without carteira
            DefaultCustomerGroup = null, // 5
        });

        var connectorBehind = new SkewedClock(harness, TimeSpan.FromMinutes(-10)); // 2: the connector's clock 10 minutes behind the ERP's

        var report = await new GoLivePreflight(harness.Client, connectorBehind).RunAsync(expectations);

        Assert.Equal(
            [
                ("clock", null, null),
                ("configuration", "Stores[1].DefaultCustomerGroup", "Central de Configurações E-commerce"),
                ("payment methods", "Stores[1].PaymentMethods[BOLETO].Carteira", "Cadastro de Métodos de Pagamento E-commerce"),
                ("stock", "SEM-SALDO", "PD0628 / Central de Configurações E-commerce (depósitos)"),
                ("trade policies", "7", "CD1508"),
            ],
            report.Findings.Select(f => (f.Check, f.Subject, f.DatasulProgram)).Order().ToList());
        Assert.False(report.Ready);
    }

    /// <summary>The guide's prerequisites, each known and met: nothing found, nothing reminded about them.</summary>
    [Fact]
    public async Task A_store_meeting_every_prerequisite_is_ready_and_reminds_of_none_of_them()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Store);

        var report = await Preflight(harness).RunAsync(Complete());

        Assert.True(report.Ready, string.Join(Environment.NewLine, report.Findings));
        foreach (var program in new[] { "Release", "FT0301", "CD0606", "SCO", "UTB113AA", "Boleto method" })
        {
            Assert.DoesNotContain(report.NotCheckable, r => r.Contains(program, StringComparison.Ordinal));
        }
    }

    /// <summary>Each prerequisite broken on its own is the one finding, naming the setting and the program that fixes it.</summary>
    [Theory]
    [InlineData("release too old", "configuration", "Release", "Datasul update (12.1.29 or later)")]
    [InlineData("release and legacy flag disagree", "configuration", "IsLegacyRelease", "Central de Configurações E-commerce")]
    [InlineData("ICMS not in the price", "configuration", "IcmsIncludedInPrice", "FT0301")]
    [InlineData("natureza not for the final consumer", "configuration", "Stores[1].Establishments[10101].InterStateNatureza", "CD0606")]
    [InlineData("card without SCO", "payment methods", "Stores[1].PaymentMethods[VISA]", "SCO (Cobranças Especiais)")]
    [InlineData("série not in UTB113AA", "payment methods", "Stores[1].PaymentMethods[BOLETO].SerieFiscal", "UTB113AA")]
    [InlineData("portador of another bank", "payment methods", "Stores[1].PaymentMethods[BOLETO].Portador", "Portador / Carteira (Contas a Receber)")]
    [InlineData("carteira of another bank", "payment methods", "Stores[1].PaymentMethods[BOLETO].Carteira", "Portador / Carteira (Contas a Receber)")]
    [InlineData("espécie that accounts", "payment methods", "Stores[1].PaymentMethods[BOLETO].Especie", "Espécie de Documento (Contas a Receber)")]
    [InlineData("espécie without advance", "payment methods", "Stores[1].PaymentMethods[BOLETO].Especie", "Espécie de Documento (Contas a Receber)")]
    [InlineData("card without administrator", "payment methods", "Stores[1].PaymentMethods[VISA].CardAdministrator", "ACR002AA")]
    public async Task Each_missing_prerequisite_is_found_with_the_program_that_fixes_it(string prerequisite, string check, string subject, string program)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Store);
        var complete = Complete();
        var erp = complete.Configuration!;
        var store = erp.Stores[0];
        var boleto = store.PaymentMethods!.Single(m => m.Code == "BOLETO");
        var visa = store.PaymentMethods!.Single(m => m.Code == "VISA");
        ErpEcommerceConfiguration WithMethod(PaymentMethodConfiguration changed) =>
            erp with { Stores = [store with { PaymentMethods = store.PaymentMethods!.Select(m => m.Code == changed.Code ? changed : m).ToList() }] };
        var broken = prerequisite switch
        {
            "release too old" => erp with { Release = "12.1.28" },
            "release and legacy flag disagree" => erp with { IsLegacyRelease = true },
            "ICMS not in the price" => erp with { IcmsIncludedInPrice = false },
            "natureza not for the final consumer" => erp with { FinalConsumerNaturezas = erp.FinalConsumerNaturezas!.Where(n => n != "6108").ToList() },
            "card without SCO" => erp with { SpecialCollectionsModule = false },
            "série not in UTB113AA" => erp with { FiscalSeries = ["2"] },
            "portador of another bank" => WithMethod(boleto with { PortadorBank = "237" }),
            "carteira of another bank" => WithMethod(boleto with { CarteiraBank = "237" }),
            "espécie that accounts" => WithMethod(boleto with { EspecieAccounts = true }),
            "espécie without advance" => WithMethod(boleto with { EspecieGeneratesAdvance = false }),
            "card without administrator" => WithMethod(visa with { CardAdministrator = null }),
            _ => throw new ArgumentOutOfRangeException(nameof(prerequisite)),
        };

        var report = await Preflight(harness).RunAsync(complete with { Configuration = broken });

        var finding = Assert.Single(report.Findings);
        Assert.Equal((check, subject, program), (finding.Check, finding.Subject, finding.DatasulProgram));
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

    private static PreflightExpectations Expectations(Func<StoreConfiguration, StoreConfiguration>? change = null) => new()
    {
        StoreCode = "1",
        Configuration = new ErpEcommerceConfiguration
        {
            CarrierEcommerceIds = ["correios-pac"],
            Stores = [(change ?? (s => s))(DomainFixtures.Store() with { TradePolicies = ["1"], PaymentMethods = [Boleto] })],
        },
    };

    /// <summary>Everything the guide lists as a prerequisite, known and met.</summary>
    private static PreflightExpectations Complete() => Expectations() with
    {
        Configuration = Expectations().Configuration! with
        {
            Release = "12.1.2403",
            IcmsIncludedInPrice = true,
            FinalConsumerNaturezas = ["5102", "6108", "5910", "6910"],
            SpecialCollectionsModule = true,
            FiscalSeries = ["1"],
            Stores =
            [
                DomainFixtures.Store() with
                {
                    TradePolicies = ["1"],
                    PaymentMethods =
                    [
                        Boleto with { IssuingBank = "341", PortadorBank = "341", CarteiraBank = "341" },
                        new PaymentMethodConfiguration { Code = "VISA", Type = PaymentMethodType.CreditCard, Portador = "1", Carteira = "1", CardAdministrator = "CIELO", CardBrand = "VISA" },
                    ],
                },
            ],
        },
    };

    private static void Store(FakeDatasulServer server) =>
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO")
            .WithItem("FUR-001", "Furadeira", 399.90m, 10, "FER")
            .WithItem("MAR-001", "Martelo", 49.5m, 3, "FER")
            .WithItem("SER-001", "Serrote", 39.9m, 0, "FER")
            .WithReferencedItem(new FakeItem { ItemCode = "CAM-001", Description = "Camiseta", FamilyCode = "VES" }, ("P", "Pequena", 59.9m, 5));
}
