using System.Reflection;
using Totvs.Ecommerce.Sdk.Domain;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

public sealed class ErrorAdvisorTests
{
    /// <summary>Codes no document fails with: a wrong resource for the catalog mode, a plain not-found, an order already in the ERP.</summary>
    private static readonly string[] NotADocumentFailure = [TotvsErrorCodes.CatalogModeMismatch, TotvsErrorCodes.NotFound, TotvsErrorCodes.OrderDuplicate];

    public static TheoryData<string> DocumentCodes() =>
        new(typeof(TotvsErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).Except(NotADocumentFailure));

    [Theory]
    [MemberData(nameof(DocumentCodes))]
    public void Every_code_a_document_can_fail_with_has_advice_in_Portuguese_and_English(string code)
    {
        var portuguese = ErrorAdvisor.For(code, "pt-BR");
        var english = ErrorAdvisor.For(code, "en");

        Assert.NotNull(portuguese);
        Assert.NotNull(english);
        Assert.NotEqual(english.Fix, portuguese.Fix);
        Assert.Equal(english.RetriedAutomatically, portuguese.RetriedAutomatically);
    }

    [Fact]
    public void The_advice_names_the_Datasul_program_or_rule_to_fix()
    {
        Assert.Contains("CD0402", ErrorAdvisor.For(TotvsErrorCodes.CarrierNotMapped)!.Fix, StringComparison.Ordinal);
        Assert.Contains("regra de sugestão de natureza", ErrorAdvisor.For("57382")!.Fix, StringComparison.Ordinal); // Portuguese by default
        Assert.Contains("natureza suggestion rule", ErrorAdvisor.For("57382", "en-US")!.Fix, StringComparison.Ordinal);
        Assert.Contains("CD1506", ErrorAdvisor.For("57422", "en")!.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("503", true)]
    [InlineData("9999", true)]
    [InlineData("HttpRequestException", true)]
    [InlineData("TotvsValidationException", false)]
    [InlineData("57382", false)]
    public void Transient_failures_say_the_connector_retries_by_itself(string code, bool retried) =>
        Assert.Equal(retried, ErrorAdvisor.For(code)!.RetriedAutomatically);

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("SOMETHING_NEW")]
    public void An_unknown_code_has_no_advice_so_the_failure_speaks_for_itself(string? code) => Assert.Null(ErrorAdvisor.For(code));
}
