using Totvs.Ecommerce.Sdk.Domain.Catalog;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

public sealed class ErpCodeTests
{
    [Fact]
    public void Codes_within_their_Datasul_length_are_accepted_and_trimmed()
    {
        Assert.Equal("ABCDEFGHIJKLMNOP", ItemCode.Parse("ABCDEFGHIJKLMNOP ").Value);
        Assert.Equal("AZUL-P", ReferenceCode.Parse("AZUL-P").Value);
        Assert.Equal("KG", UnitOfMeasure.Parse("KG").Value);
    }

    [Fact]
    public void Codes_over_their_Datasul_length_are_refused_naming_the_limit()
    {
        Assert.False(ItemCode.TryParse("ABCDEFGHIJKLMNOPQ", out _, out var itemError));
        Assert.False(ReferenceCode.TryParse("123456789", out _, out var referenceError));
        Assert.False(UnitOfMeasure.TryParse("UNI", out _, out var unitError));

        Assert.Contains("at most 16", itemError, StringComparison.Ordinal);
        Assert.Contains("at most 8", referenceError, StringComparison.Ordinal);
        Assert.Contains("at most 2", unitError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("A\tB")]
    public void Blank_or_control_characters_are_refused(string? text) => Assert.False(ItemCode.TryParse(text, out _));

    [Fact]
    public void Default_codes_are_empty() => Assert.True(default(ItemCode).IsEmpty);
}
