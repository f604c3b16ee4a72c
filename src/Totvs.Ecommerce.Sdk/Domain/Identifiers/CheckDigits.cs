namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>The modulo-11 check digits of Brazil's documents, written once for CPF, CNPJ and the NF-e access key.</summary>
internal static class CheckDigits
{
    /// <summary>The value of a character in a check-digit sum: ASCII − 48 (so '0'..'9' are 0..9 and 'A' is 17, as the alphanumeric CNPJ defines).</summary>
    public static int ValueOf(char c) => c - '0';

    /// <summary>
    /// Σ value × weight over <paramref name="chars"/> with the weights given left to right; remainder &lt; 2 → 0, else 11 − remainder.
    /// (CPF and CNPJ.)
    /// </summary>
    public static int Mod11(ReadOnlySpan<char> chars, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            sum += ValueOf(chars[i]) * weights[i];
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    /// <summary>
    /// Weights 2..9 repeating from the rightmost character; remainder 0 or 1 → 0, else 11 − remainder (NF-e access key).
    /// </summary>
    public static int Mod11FromRight(ReadOnlySpan<char> chars)
    {
        var sum = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            sum += ValueOf(chars[chars.Length - 1 - i]) * (2 + (i % 8));
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    /// <summary>Keeps the characters of a document, dropping the mask's dots, dashes, slashes and spaces; null when another character appears.</summary>
    public static string? StripMask(string? text, bool allowLetters)
    {
        if (text is null)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var raw in text)
        {
            if (raw is '.' or '-' or '/' or ' ')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw);
            if (!(char.IsAsciiDigit(c) || (allowLetters && char.IsAsciiLetterUpper(c))) || length == buffer.Length)
            {
                return null;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }
}
