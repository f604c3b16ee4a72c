using Totvs.Ecommerce.Sdk.Domain.Payments;
using static Totvs.Ecommerce.Sdk.Domain.Payments.PaymentSetting;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

/// <summary>Every row of the payment-method table of the TOTVS guide (domain rules §4).</summary>
public sealed class PaymentMethodRulesTests
{
    public static TheoryData<PaymentMethodType, ReceivableIntegration, BillingRelease, PaymentSetting[], PaymentSetting[]> Table => new()
    {
        { PaymentMethodType.Boleto, ReceivableIntegration.SalesOrder, BillingRelease.WhenTitleSettled, [Especie, SerieFiscal, Portador, Carteira], [Customer, Representative] },
        { PaymentMethodType.BankTransfer, ReceivableIntegration.SalesOrder, BillingRelease.WhenTitleSettled, [Especie, SerieFiscal, Portador, Carteira], [Customer, Representative] },
        { PaymentMethodType.CreditCard, ReceivableIntegration.Invoice, BillingRelease.Immediately, [Portador, Carteira, CardAdministrator, CardBrand], [Representative] },
        { PaymentMethodType.Invoiced, ReceivableIntegration.Invoice, BillingRelease.AfterCreditApproval, [Portador, Carteira], [Customer, Representative] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_type_behaves_as_the_guide_says(
        PaymentMethodType type, ReceivableIntegration receivable, BillingRelease release, PaymentSetting[] required, PaymentSetting[] optional)
    {
        var policy = PaymentMethodRules.PolicyOf(type);

        Assert.Equal(receivable, policy.Receivable);
        Assert.Equal(release, policy.Release);
        Assert.Equal(required, policy.RequiredSettings);
        Assert.Equal(optional, policy.OptionalSettings);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_required_setting_is_checked_and_named(
        PaymentMethodType type, ReceivableIntegration receivable, BillingRelease release, PaymentSetting[] required, PaymentSetting[] optional)
    {
        _ = (receivable, release, optional);
        var complete = Complete(type);
        Assert.Empty(PaymentMethodRules.Validate(complete));

        foreach (var setting in required)
        {
            var missing = Without(complete, setting);
            var problem = Assert.Single(PaymentMethodRules.Validate(missing));
            Assert.EndsWith(setting.ToString(), problem.Setting, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(PaymentMethodType.Boleto)]
    [InlineData(PaymentMethodType.BankTransfer)]
    public void A_slip_especie_must_not_account_and_must_generate_the_advance(PaymentMethodType type)
    {
        var accounts = Complete(type) with { EspecieAccounts = true };
        var noAdvance = Complete(type) with { EspecieGeneratesAdvance = false };

        Assert.Contains("Contabilização = Não", Assert.Single(PaymentMethodRules.Validate(accounts)).Message, StringComparison.Ordinal);
        Assert.Contains("Gera Antecipação = Sim", Assert.Single(PaymentMethodRules.Validate(noAdvance)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PEDVDA", PaymentMethodType.Boleto, false, true)]
    [InlineData("PEDVDA", PaymentMethodType.BankTransfer, false, true)]
    [InlineData("PEDVDA", PaymentMethodType.Boleto, true, false)]
    [InlineData("NF", PaymentMethodType.Boleto, false, false)]
    [InlineData("PEDVDA", PaymentMethodType.CreditCard, false, false)]
    [InlineData("PEDVDA", PaymentMethodType.Invoiced, false, false)]
    public void Only_unpaid_PEDVDA_titles_of_slip_orders_can_be_reversed(string origin, PaymentMethodType type, bool paid, bool reversible)
    {
        var rejection = PaymentMethodRules.CheckTitleReversal(new ReceivableTitle(origin, type, paid));

        Assert.Equal(reversible, rejection is null);
        if (rejection is not null)
        {
            Assert.Equal("ORDER_NOT_CANCELLABLE", rejection.Code);
            Assert.NotNull(rejection.PortugueseMessage);
        }
    }

    private static PaymentMethodConfiguration Complete(PaymentMethodType type) => new()
    {
        Code = type.ToString(),
        Type = type,
        Especie = "DP",
        EspecieGeneratesAdvance = true,
        SerieFiscal = "1",
        Portador = "341",
        Carteira = "1",
        CardAdministrator = "CIELO",
        CardBrand = "VISA",
    };

    private static PaymentMethodConfiguration Without(PaymentMethodConfiguration method, PaymentSetting setting) => setting switch
    {
        Especie => method with { Especie = null },
        SerieFiscal => method with { SerieFiscal = "" },
        Portador => method with { Portador = null },
        Carteira => method with { Carteira = " " },
        CardAdministrator => method with { CardAdministrator = null },
        CardBrand => method with { CardBrand = null },
        _ => method,
    };
}
