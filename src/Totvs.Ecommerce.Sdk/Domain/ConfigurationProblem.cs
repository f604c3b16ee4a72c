namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>A broken rule of the ERP's e-commerce configuration, naming the setting and what to put there.</summary>
/// <param name="Setting">Where the setting is, e.g. <c>Stores[1].Establishments[10101].InterStateNatureza</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ConfigurationProblem(string Setting, string Message) : ITotvsProblem
{
    /// <summary>
    /// The Datasul program (or module) where the setting is fixed, e.g. <c>FT0301</c> or <c>UTB113AA</c>;
    /// <see langword="null"/> when the message names it or there is none.
    /// </summary>
    public string? Program { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Setting}: {Message}";

    /// <inheritdoc />
    string? ITotvsProblem.Code => null;

    /// <inheritdoc />
    string? ITotvsProblem.Target => Setting;
}
