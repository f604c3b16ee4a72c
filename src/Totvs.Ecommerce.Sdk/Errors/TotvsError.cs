namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The error body Datasul sent, in the TOTVS API guide's shape
/// (<c>{code, message, detailedMessage, helpUrl, details}</c>) or mapped from a legacy <c>rowErrors</c> answer.
/// </summary>
/// <param name="Code">The Datasul message number (e.g. <c>57382</c>) or an SDK symbolic code (e.g. <c>ORDER_DUPLICATE</c>).</param>
/// <param name="Message">The server's message.</param>
/// <param name="DetailedMessage">The server's longer explanation, if any.</param>
/// <param name="HelpUrl">Where the server says to read more, if anywhere.</param>
/// <param name="Details">Further entries; empty when the server sent none.</param>
public sealed record TotvsError(
    string? Code,
    string? Message,
    string? DetailedMessage,
    string? HelpUrl,
    IReadOnlyList<TotvsErrorDetail> Details)
{
    /// <summary>How many further details the server sent beyond those kept in <see cref="Details"/> (the SDK keeps at most 50).</summary>
    public int OmittedDetails { get; init; }

    /// <summary>Datasul's error number for "query took longer than 60 seconds": a transient failure.</summary>
    internal const string QueryTimeoutCode = "9999";

    /// <summary>
    /// Whether the body says the ERP refused the request for a business reason (it carries a code that is
    /// not Datasul's query time-out). Such a refusal must not be retried as it is.
    /// </summary>
    public bool IsBusinessRejection => !string.IsNullOrWhiteSpace(Code) && Code != QueryTimeoutCode;
}
