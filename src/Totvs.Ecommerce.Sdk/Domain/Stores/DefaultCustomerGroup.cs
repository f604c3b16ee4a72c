namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>
/// The customer group (CD0701) whose settings customers created by the integration receive: natureza,
/// portador, modalidade, representante, atividade, tipo receita/despesa and discount.
/// </summary>
public sealed record DefaultCustomerGroup
{
    /// <summary>The group number.</summary>
    public required int Group { get; init; }

    /// <summary>The group's natureza de operação, if it sets one.</summary>
    public string? Natureza { get; init; }

    /// <summary>The portador (bank/collector) new customers get.</summary>
    public string? Portador { get; init; }

    /// <summary>The modalidade (collection modality, 1–9).</summary>
    public int? Modality { get; init; }

    /// <summary>The representative new customers get.</summary>
    public string? Representative { get; init; }

    /// <summary>The activity of new customers.</summary>
    public string? Activity { get; init; }

    /// <summary>The revenue/expense type.</summary>
    public string? RevenueType { get; init; }

    /// <summary>The discount percentage.</summary>
    public decimal? DiscountPercentage { get; init; }

    /// <summary>
    /// Whether the group's payment condition is "à vista". Required: otherwise boleto, transfer and card orders
    /// split into a different number of instalments than the invoice.
    /// </summary>
    public bool HasCashPaymentCondition { get; init; }
}
