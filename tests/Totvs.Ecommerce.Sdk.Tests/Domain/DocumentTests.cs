using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

/// <summary>CPF, CNPJ (numeric and alphanumeric) and CpfOrCnpj: published vectors and generated values.</summary>
public sealed class DocumentTests
{
    [Theory]
    [InlineData("145.382.206-20", "14538220620")]
    [InlineData("14538220620", "14538220620")]
    [InlineData("529.982.247-25", "52998224725")]
    public void Published_CPFs_are_valid_with_or_without_mask(string text, string digits)
    {
        var cpf = Cpf.Parse(text);

        Assert.Equal(digits, cpf.Value);
        Assert.Equal($"{digits[..3]}.{digits[3..6]}.{digits[6..9]}-{digits[9..]}", cpf.ToMaskedString());
    }

    [Theory]
    [InlineData("145.382.206-21", "check digits")]
    [InlineData("111.111.111-11", "all digits equal")]
    [InlineData("1453822062", "11 digits")]
    [InlineData("145.382.206-2A", "11 digits")]
    public void Invalid_CPFs_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Cpf.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11.222.333/0001-81", "11222333000181", false)]
    [InlineData("12.ABC.345/01DE-35", "12ABC34501DE35", true)]
    [InlineData("12abc34501de35", "12ABC34501DE35", true)]
    public void Published_CNPJs_are_valid_numeric_and_alphanumeric(string text, string value, bool alphanumeric)
    {
        var cnpj = Cnpj.Parse(text);

        Assert.Equal(value, cnpj.Value);
        Assert.Equal(alphanumeric, cnpj.IsAlphanumeric);
        Assert.Equal($"{value[..2]}.{value[2..5]}.{value[5..8]}/{value[8..12]}-{value[12..]}", cnpj.ToMaskedString());
        Assert.Equal(value[..8], cnpj.Root);
    }

    [Theory]
    [InlineData("11.222.333/0001-82", "check digits")]
    [InlineData("12.ABC.345/01DE-36", "check digits")]
    [InlineData("12.ABC.345/01DE-3A", "two check digits")]
    [InlineData("00.000.000/0000-00", "all characters equal")]
    [InlineData("11.222.333/0001", "14 characters")]
    public void Invalid_CNPJs_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Cnpj.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_CPFs_and_CNPJs_round_trip_and_a_changed_character_is_judged_as_the_published_algorithm_judges_it()
    {
        var random = new Random(2026);
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var rejected = 0;
        for (var n = 0; n < 500; n++)
        {
            var cpf = DocumentFactory.Cpf(string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + random.Next(10)))));
            var cnpj = DocumentFactory.Cnpj(string.Concat(Enumerable.Range(0, 12).Select(_ => alphabet[random.Next(alphabet.Length)])));
            if (cpf.Distinct().Count() > 1)
            {
                Assert.Equal(cpf, Cpf.Parse(cpf).Value);
            }

            Assert.Equal(cnpj, Cnpj.Parse(cnpj).Value);

            // Mod 11 with "remainder < 2 gives 0" misses a few single changes by design; the oracle is the algorithm itself.
            var mutatedCpf = Mutate(cpf, random, "0123456789");
            var mutatedCnpj = Mutate(cnpj, random, alphabet);
            var cpfStillValid = DocumentFactory.Cpf(mutatedCpf[..9]) == mutatedCpf && mutatedCpf.Distinct().Count() > 1;
            var cnpjStillValid = DocumentFactory.Cnpj(mutatedCnpj[..12]) == mutatedCnpj;
            Assert.Equal(cpfStillValid, Cpf.TryParse(mutatedCpf, out _));
            Assert.Equal(cnpjStillValid, Cnpj.TryParse(mutatedCnpj, out _));
            rejected += (cpfStillValid ? 0 : 1) + (cnpjStillValid ? 0 : 1);
        }

        Assert.True(rejected > 950, $"Only {rejected} of 1,000 single-character changes were rejected.");
    }

    [Fact]
    public void CpfOrCnpj_tells_a_person_from_a_company()
    {
        var person = CpfOrCnpj.Parse("145.382.206-20");
        var company = CpfOrCnpj.Parse("12.ABC.345/01DE-35");

        Assert.True(person.IsCpf);
        Assert.Equal(Cpf.Parse("14538220620"), person.Cpf);
        Assert.True(company.IsCnpj);
        Assert.Equal("12.ABC.345/01DE-35", company.ToMaskedString());
        Assert.NotEqual(person, company);
        Assert.False(CpfOrCnpj.TryParse("145.382.206-21", out _, out var error));
        Assert.Contains("check digits", error, StringComparison.Ordinal);
        Assert.False(CpfOrCnpj.TryParse("123", out _));
    }

    private static string Mutate(string text, Random random, string alphabet)
    {
        var position = random.Next(text.Length);
        var source = position >= text.Length - 2 ? "0123456789" : alphabet;
        char replacement;
        do
        {
            replacement = source[random.Next(source.Length)];
        }
        while (replacement == text[position]);

        return string.Concat(text.AsSpan(0, position), replacement.ToString(), text.AsSpan(position + 1));
    }
}
