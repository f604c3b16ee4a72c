namespace Totvs.Ecommerce.Sdk;

/// <summary>One entry of the <c>details</c> list of a Datasul error, or one row of a legacy <c>rowErrors</c> answer.</summary>
/// <param name="Code">The code of this detail (a Datasul message number or an SDK symbolic code), if any.</param>
/// <param name="Message">What went wrong, in the language asked for with <c>Accept-Language</c>.</param>
/// <param name="DetailedMessage">The server's longer explanation, if any.</param>
public sealed record TotvsErrorDetail(string? Code, string? Message, string? DetailedMessage = null) : ITotvsProblem
{
    /// <inheritdoc />
    string ITotvsProblem.Message => Message ?? DetailedMessage ?? string.Empty;

    /// <inheritdoc />
    string? ITotvsProblem.Target => null;
}
