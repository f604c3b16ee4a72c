namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>A broken rule of the ERP's e-commerce configuration, naming the setting and what to put there.</summary>
/// <param name="Setting">Where the setting is, e.g. <c>Stores[1].Establishments[10101].InterStateNatureza</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ConfigurationProblem(string Setting, string Message) : ITotvsProblem
{
    /// <inheritdoc />
    public override string ToString() => $"{Setting}: {Message}";

    /// <inheritdoc />
    string? ITotvsProblem.Code => null;

    /// <inheritdoc />
    string? ITotvsProblem.Target => Setting;
}
