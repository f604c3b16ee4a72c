using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>A window of days, both included.</summary>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day.</param>
public sealed record DateWindow(LocalDate First, LocalDate Last)
{
    /// <inheritdoc />
    public override string ToString() => $"{First:uuuu-MM-dd}..{Last:uuuu-MM-dd}";
}
