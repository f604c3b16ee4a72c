namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>A setting of a payment method.</summary>
public enum PaymentSetting
{
    /// <summary>Espécie (document type); for boleto/transfer: Contabilização = Não and Gera Antecipação = Sim.</summary>
    Especie = 0,

    /// <summary>Série fiscal (UTB113AA).</summary>
    SerieFiscal = 1,

    /// <summary>Portador (bank/collector).</summary>
    Portador = 2,

    /// <summary>Carteira.</summary>
    Carteira = 3,

    /// <summary>Administradora de cartão (ACR002AA).</summary>
    CardAdministrator = 4,

    /// <summary>Bandeira (card brand).</summary>
    CardBrand = 5,

    /// <summary>Cliente.</summary>
    Customer = 6,

    /// <summary>Representante.</summary>
    Representative = 7,
}
