namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>The credit a customer has in the ERP (CM0102 "Crédito"), as given to customers the integration creates.</summary>
public enum CreditSituation
{
    /// <summary>1 Normal: orders go through the credit evaluation.</summary>
    Normal = 1,

    /// <summary>2 Automático: credit approved automatically.</summary>
    Automatic = 2,

    /// <summary>3 Só imprime pedido.</summary>
    PrintOrderOnly = 3,

    /// <summary>4 Suspenso: orders are held.</summary>
    Suspended = 4,

    /// <summary>5 Pagamento à vista.</summary>
    CashPayment = 5,
}
