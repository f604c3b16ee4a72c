namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>A failure of TOTVS in words for the screen: Datasul's advice when its code is known.</summary>
public static class Words
{
    public static string Of(TotvsException failure) =>
        failure is TotvsApiException { Code: { } code } && Domain.ErrorAdvisor.For(code) is { } advice ? $"{advice.Problem} {advice.Fix}" : failure.Message;
}
