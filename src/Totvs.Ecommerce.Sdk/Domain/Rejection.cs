namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>
/// Why the ERP refuses something, with the code it answers (a Datasul number such as <c>57422</c> or an SDK
/// symbolic code from <see cref="TotvsErrorCodes"/>) and a message that says what to fix.
/// </summary>
/// <param name="Code">The code.</param>
/// <param name="Message">What is wrong and what to fix.</param>
/// <param name="Field">The field or register concerned, when there is one.</param>
public sealed record Rejection(string Code, string Message, string? Field = null) : ITotvsProblem
{
    /// <summary>The same message in Portuguese, for the ERP's users (the fake server answers it to <c>Accept-Language: pt-BR</c>).</summary>
    public string? PortugueseMessage { get; init; }

    /// <summary>The key of the record the rejection points at, e.g. the existing order's number for <c>ORDER_DUPLICATE</c>.</summary>
    public string? RelatedKey { get; init; }

    /// <summary>The message in the language asked for: Portuguese for <c>pt</c> (when there is one), English otherwise.</summary>
    /// <param name="language">An <c>Accept-Language</c> value, e.g. <c>pt-BR</c>.</param>
    /// <returns>The message.</returns>
    public string MessageFor(string? language) =>
        PortugueseMessage is not null && (language is null || language.StartsWith("pt", StringComparison.OrdinalIgnoreCase)) ? PortugueseMessage : Message;

    /// <inheritdoc />
    public override string ToString() => $"[{Code}] {Message}";

    /// <inheritdoc />
    string? ITotvsProblem.Target => Field;
}
