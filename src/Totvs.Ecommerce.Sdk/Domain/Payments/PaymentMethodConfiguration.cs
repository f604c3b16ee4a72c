namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>A payment method registered for a store, with its settings.</summary>
public sealed record PaymentMethodConfiguration
{
    /// <summary>The method's code, as the store sends it.</summary>
    public required string Code { get; init; }

    /// <summary>The type.</summary>
    public required PaymentMethodType Type { get; init; }

    /// <summary>The espécie.</summary>
    public string? Especie { get; init; }

    /// <summary>Whether the espécie is set to Contabilização = Sim (boleto/transfer need Não).</summary>
    public bool EspecieAccounts { get; init; }

    /// <summary>Whether the espécie is set to Gera Antecipação = Sim (boleto/transfer need Sim).</summary>
    public bool EspecieGeneratesAdvance { get; init; }

    /// <summary>The série fiscal.</summary>
    public string? SerieFiscal { get; init; }

    /// <summary>The portador.</summary>
    public string? Portador { get; init; }

    /// <summary>The carteira.</summary>
    public string? Carteira { get; init; }

    /// <summary>
    /// The bank (its FEBRABAN number, e.g. <c>341</c>) that issues the store platform's boletos for this method: the
    /// portador and carteira must be of the same bank, or the bank's return file cannot settle the titles.
    /// </summary>
    public string? IssuingBank { get; init; }

    /// <summary>The bank of the portador, as registered in Contas a Receber.</summary>
    public string? PortadorBank { get; init; }

    /// <summary>The bank the carteira belongs to (the portador × carteira register of Contas a Receber).</summary>
    public string? CarteiraBank { get; init; }

    /// <summary>The card administrator.</summary>
    public string? CardAdministrator { get; init; }

    /// <summary>The card brand.</summary>
    public string? CardBrand { get; init; }

    /// <summary>The customer.</summary>
    public string? Customer { get; init; }

    /// <summary>The representative.</summary>
    public string? Representative { get; init; }

    /// <summary>The value of a setting, or <see langword="null"/> when it is not set.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>Its value.</returns>
    public string? ValueOf(PaymentSetting setting) => setting switch
    {
        PaymentSetting.Especie => Especie,
        PaymentSetting.SerieFiscal => SerieFiscal,
        PaymentSetting.Portador => Portador,
        PaymentSetting.Carteira => Carteira,
        PaymentSetting.CardAdministrator => CardAdministrator,
        PaymentSetting.CardBrand => CardBrand,
        PaymentSetting.Customer => Customer,
        PaymentSetting.Representative => Representative,
        _ => null,
    };
}
