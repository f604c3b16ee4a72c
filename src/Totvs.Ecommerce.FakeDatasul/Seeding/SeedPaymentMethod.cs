namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>
/// A part of a <see cref="SeedStore"/>: one of the store's payment methods as the ERP's users set it up (the settings its
/// type requires, or the fake refuses the orders that use it).
/// </summary>
internal sealed class SeedPaymentMethod
{
    public string Code { get; set; } = string.Empty;

    /// <summary><c>Boleto</c>, <c>BankTransfer</c>, <c>CreditCard</c> or <c>Invoiced</c>.</summary>
    public Totvs.Ecommerce.Sdk.Domain.Payments.PaymentMethodType Type { get; set; }

    public string? Especie { get; set; }

    public bool EspecieAccounts { get; set; }

    public bool EspecieGeneratesAdvance { get; set; }

    public string? SerieFiscal { get; set; }

    public string? Portador { get; set; }

    public string? Carteira { get; set; }

    public string? CardAdministrator { get; set; }

    public string? CardBrand { get; set; }

    public string? Customer { get; set; }

    public string? Representative { get; set; }

    public Totvs.Ecommerce.Sdk.Domain.Payments.PaymentMethodConfiguration ToConfiguration() => new()
    {
        Code = Code, Type = Type, Especie = Especie, EspecieAccounts = EspecieAccounts, EspecieGeneratesAdvance = EspecieGeneratesAdvance,
        SerieFiscal = SerieFiscal, Portador = Portador, Carteira = Carteira, CardAdministrator = CardAdministrator, CardBrand = CardBrand,
        Customer = Customer, Representative = Representative,
    };
}
