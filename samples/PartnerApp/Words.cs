namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>TOTVS's answers in words for the screen: Datasul's advice (problem and fix) when its code is known.</summary>
public static class Words
{
    /// <summary>The advice for a code, or <see langword="null"/> when Datasul's advisor does not know it.</summary>
    public static string? Advice(string? code) => Domain.ErrorAdvisor.For(code) is { } advice ? $"{advice.Problem} {advice.Fix}" : null;

    /// <summary>A failure in words: the advice for its code, or its own message.</summary>
    public static string Of(TotvsException failure) => (failure as TotvsApiException)?.Code is { } code && Advice(code) is { } advice ? advice : failure.Message;
}
