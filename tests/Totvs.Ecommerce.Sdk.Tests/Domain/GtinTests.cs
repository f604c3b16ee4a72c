using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

public sealed class GtinTests
{
    [Theory]
    [InlineData("96385074", GtinKind.Gtin8)]
    [InlineData("036000291452", GtinKind.Gtin12)]
    [InlineData("7891000315507", GtinKind.Gtin13)]
    [InlineData("4006381333931", GtinKind.Gtin13)]
    [InlineData("17891000315504", GtinKind.Gtin14)]
    public void Published_GTINs_are_valid(string text, GtinKind kind)
    {
        var gtin = Gtin.Parse(text);

        Assert.Equal(text, gtin.ToString());
        Assert.Equal(kind, gtin.Kind);
    }

    [Theory]
    [InlineData("7891000315508", "check digit")]
    [InlineData("789100031550", "check digit")]
    [InlineData("78910003155", "11 characters")]
    [InlineData("78910A0315507", "contains 'A'")]
    [InlineData("", "0 characters")]
    public void Invalid_GTINs_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Gtin.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Gtin.Parse(text));
    }

    [Fact]
    public void Every_generated_GTIN_round_trips_and_any_changed_digit_is_rejected()
    {
        var random = new Random(1234);
        for (var n = 0; n < 500; n++)
        {
            var length = new[] { 8, 12, 13, 14 }[random.Next(4)];
            var data = string.Concat(Enumerable.Range(0, length - 1).Select(_ => (char)('0' + random.Next(10))));
            var text = data + Gtin.ComputeCheckDigit(data);

            Assert.Equal(text, Gtin.Parse(text).Value);

            var position = random.Next(length);
            var changed = (char)('0' + ((text[position] - '0' + 1 + random.Next(9)) % 10));
            var mutated = string.Concat(text.AsSpan(0, position), changed.ToString(), text.AsSpan(position + 1));
            Assert.False(Gtin.TryParse(mutated, out _), $"{mutated} (from {text}) should be rejected.");
        }
    }

    [Fact]
    public void Equal_GTINs_are_equal()
    {
        Assert.Equal(Gtin.Parse("7891000315507"), Gtin.Parse(" 7891000315507 "));
        Assert.NotEqual(Gtin.Parse("7891000315507"), Gtin.Parse("4006381333931"));
    }
}
