using System.Globalization;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>Money as a Brazilian reads it: <c>R$ 1.234,56</c> (without depending on the machine's culture data).</summary>
public static class Money
{
    public static string Brl(decimal value)
    {
        var invariant = Math.Abs(value).ToString("#,##0.00", CultureInfo.InvariantCulture); // 1,234.56
        var brazilian = invariant.Replace(",", "\u0001", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal).Replace("\u0001", ".", StringComparison.Ordinal);
        return $"{(value < 0 ? "-" : string.Empty)}R$ {brazilian}";
    }
}
