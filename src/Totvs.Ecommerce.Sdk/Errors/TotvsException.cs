namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The base of every exception the SDK raises — a refusal before sending (<see cref="TotvsValidationException"/>), a
/// Datasul failure (<see cref="TotvsApiException"/> and its subtypes), a lost race in the sync toolkit — so that one
/// <c>catch (TotvsException)</c> handles them all. <see cref="Exception.HelpLink"/> points to the published list of
/// exceptions and codes with what to fix.
/// </summary>
public abstract class TotvsException : Exception
{
    /// <summary>The published page listing every exception and code, and what to fix.</summary>
    public const string ErrorCodesHelpLink = "https://github.com/totvs-ecommerce-sdk/Totvs.Ecommerce.Sdk/blob/main/docs/error-codes.md";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    protected TotvsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        HelpLink = ErrorCodesHelpLink;
    }
}
