using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Catalog;

/// <summary>The rule shared by Datasul's short character codes (item, reference, unit of measure): not blank, no control characters, within the field's length.</summary>
internal static class ErpCodeText
{
    public static bool TryNormalize(string? text, int maxLength, string what, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        // Progress fields arrive padded with spaces; the code is what is left.
        var candidate = text?.Trim();
        if (string.IsNullOrEmpty(candidate))
        {
            error = $"{what} is empty; Datasul requires one.";
            return false;
        }

        if (candidate is "." or "..")
        {
            error = $"{what} '{candidate}' is not a code ('.' and '..' are path steps).";
            return false;
        }

        if (candidate.Length > maxLength)
        {
            error = $"{what} '{candidate}' has {candidate.Length} characters; Datasul allows at most {maxLength}.";
            return false;
        }

        foreach (var c in candidate)
        {
            if (char.IsControl(c))
            {
                error = $"{what} '{candidate}' contains a control character (U+{(int)c:X4}).";
                return false;
            }
        }

        value = candidate;
        error = null;
        return true;
    }
}
