using System.Globalization;
using Totvs.Ecommerce.Sdk.Testing.Pacing;

namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>Reads a service time as the command line writes it: <c>200ms</c>, <c>1.5s</c>, with a jitter after <c>±</c> or <c>+-</c> (<c>200ms±50ms</c>).</summary>
internal static class ServiceTimeParser
{
    /// <exception cref="ArgumentException">The text is not a duration; the message shows the form.</exception>
    public static FakeServiceTime Parse(string option, string text)
    {
        var parts = text.Split(["±", "+-"], 2, StringSplitOptions.TrimEntries);
        return new FakeServiceTime(Duration(option, parts[0]), parts.Length == 2 ? Duration(option, parts[1]) : TimeSpan.Zero);
    }

    private static TimeSpan Duration(string option, string text)
    {
        var (number, scale) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : (text, double.NaN);
        return !double.IsNaN(scale) && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromMilliseconds(value * scale)
            : throw new ArgumentException($"{option} {text} is not a duration; write e.g. 200ms, 1.5s, or 200ms±50ms for a jitter.");
    }
}
