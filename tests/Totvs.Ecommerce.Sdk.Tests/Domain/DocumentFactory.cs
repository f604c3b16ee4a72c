namespace Totvs.Ecommerce.Sdk.Tests.Domain;

/// <summary>Builds valid documents in the tests from the published algorithm, independently of the SDK's code.</summary>
internal static class DocumentFactory
{
    public static string Cpf(string nineDigits)
    {
        var first = Digit(nineDigits, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
        var second = Digit(nineDigits + first, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
        return $"{nineDigits}{first}{second}";
    }

    public static string Cnpj(string twelveCharacters)
    {
        var first = Digit(twelveCharacters, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
        var second = Digit(twelveCharacters + first, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
        return $"{twelveCharacters}{first}{second}";
    }

    private static int Digit(string text, int[] weights)
    {
        var remainder = text.Select((c, i) => (c - 48) * weights[i]).Sum() % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
