using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

public sealed class NfeAccessKeyTests
{
    [Fact]
    public void A_key_is_decomposed_into_its_parts()
    {
        var key = NfeAccessKey.Parse("3526 0311 2223 3300 0181 5500 1000 0012 3410 0000 0422");

        Assert.Equal("SP", key.Uf?.Code);
        Assert.Equal(new YearMonth(2026, 3), key.IssueMonth);
        Assert.Equal(CpfOrCnpj.Parse("11.222.333/0001-81"), key.Issuer);
        Assert.Equal(NfeAccessKey.NfeModel, key.Model);
        Assert.Equal(1, key.Series);
        Assert.Equal(1234, key.InvoiceNumber);
        Assert.Equal(1, key.EmissionType);
        Assert.Equal("00000042", key.NumericCode);
        Assert.Equal(2, key.CheckDigit);
        Assert.Equal("3526 0311 2223 3300 0181 5500 1000 0012 3410 0000 0422", key.ToGroupedString());
    }

    [Theory]
    [InlineData("41260511222333000181650020000987651123456787", "PR", NfeAccessKey.NfceModel)]
    [InlineData("35260712ABC34501DE35550010000000011000000014", "SP", NfeAccessKey.NfeModel)]
    public void Published_keys_are_valid(string text, string uf, int model)
    {
        var key = NfeAccessKey.Parse(text);

        Assert.Equal(uf, key.Uf?.Code);
        Assert.Equal(model, key.Model);
    }

    [Theory]
    [InlineData("35260311222333000181550010000012341000000423", "check digit")]
    [InlineData("3526031122233300018155001000001234100000042", "44 characters")]
    [InlineData("99260311222333000181550010000012341000000428", "no Brazilian UF")]
    [InlineData("35261311222333000181550010000012341000000427", "month 13")]
    [InlineData("35260311222333000181570010000012341000000420", "model 57")]
    [InlineData("352603112223330001A1550010000012341000000420", "'A'")]
    public void Invalid_keys_are_refused_naming_the_wrong_part(string text, string reason)
    {
        var computed = text.Length == 44 && reason != "check digit" && reason != "'A'" ? WithCheckDigit(text[..43]) : text;

        Assert.False(NfeAccessKey.TryParse(computed, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Created_keys_round_trip_and_one_changed_digit_is_rejected()
    {
        var random = new Random(44);
        foreach (var uf in Uf.All)
        {
            var key = NfeAccessKey.Create(uf, new YearMonth(2026, random.Next(1, 13)), CpfOrCnpj.Parse("11222333000181"),
                random.Next(2) == 0 ? 55 : 65, random.Next(1000), random.Next(1, 999_999_999), 1, random.Next(100_000_000));

            Assert.Equal(key, NfeAccessKey.Parse(key.Value));
            Assert.Equal(uf, key.Uf);
            var position = random.Next(44);
            var changed = (char)('0' + ((key.Value[position] - '0' + 1) % 10));
            Assert.False(NfeAccessKey.TryParse(string.Concat(key.Value.AsSpan(0, position), changed.ToString(), key.Value.AsSpan(position + 1)), out _));
        }
    }

    private static string WithCheckDigit(string body)
    {
        var sum = body.Reverse().Select((c, i) => (c - 48) * (2 + (i % 8))).Sum();
        var remainder = sum % 11;
        return body + (remainder < 2 ? 0 : 11 - remainder);
    }
}
