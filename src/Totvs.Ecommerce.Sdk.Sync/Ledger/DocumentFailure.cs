namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>How the ledger files a failed send: why it failed, its code and what to fix.</summary>
/// <param name="Kind">Why it failed.</param>
/// <param name="Code">The ERP's code, the HTTP status, or the local error's type.</param>
/// <param name="Description">The exception's message (the SDK's messages name what is wrong without personal data).</param>
internal sealed record DocumentFailure(DocumentFailureKind Kind, string? Code, string Description)
{
    public static DocumentFailure Of(Exception exception) => exception switch
    {
        TotvsApiException api => new(
            api.IsTransient ? DocumentFailureKind.Transient : DocumentFailureKind.Rejected,
            api.Code ?? api.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            api.Message),
        TotvsValidationException or ArgumentException or FormatException or System.Text.Json.JsonException or InvalidDataException =>
            new(DocumentFailureKind.Invalid, exception.GetType().Name, exception.Message),
        _ => new(DocumentFailureKind.Transient, exception.GetType().Name, exception.Message),
    };
}
