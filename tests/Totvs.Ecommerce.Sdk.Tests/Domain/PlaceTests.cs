using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

public sealed class PlaceTests
{
    [Fact]
    public void There_are_27_UFs_with_their_IBGE_numbers()
    {
        Assert.Equal(27, Uf.All.Count);
        Assert.Equal(27, Uf.All.Select(u => u.IbgeCode).Distinct().Count());
        Assert.Equal(11, Uf.Parse("RO").IbgeCode);
        Assert.Equal(35, Uf.Parse("sp").IbgeCode);
        Assert.Equal(53, Uf.Parse("DF").IbgeCode);
        Assert.True(Uf.TryFromIbgeCode(33, out var rj));
        Assert.Equal("RJ", rj.Code);
        Assert.False(Uf.TryParse("XX", out _));
        Assert.Contains("SP", Assert.Throws<FormatException>(() => Uf.Parse("XX")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01310-100")]
    [InlineData("01310100")]
    public void A_CEP_is_read_with_or_without_the_dash(string text)
    {
        var cep = Cep.Parse(text);

        Assert.Equal("01310100", cep.Value);
        Assert.Equal("01310-100", cep.ToMaskedString());
    }

    [Theory]
    [InlineData("0131-0100")]
    [InlineData("1310100")]
    [InlineData("01310-10A")]
    public void A_CEP_that_is_not_8_digits_is_refused(string text) => Assert.False(Cep.TryParse(text, out _));
}
