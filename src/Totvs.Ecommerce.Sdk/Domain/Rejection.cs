namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>
/// Why the ERP refuses something, with the code it answers (a Datasul number such as <c>57422</c> or an SDK
/// symbolic code from <see cref="TotvsErrorCodes"/>) and a message that says what to fix.
/// </summary>
/// <param name="Code">The code.</param>
/// <param name="Message">What is wrong and what to fix.</param>
/// <param name="Field">The field or register concerned, when there is one.</param>
public sealed record Rejection(string Code, string Message, string? Field = null)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Code}] {Message}";
}
