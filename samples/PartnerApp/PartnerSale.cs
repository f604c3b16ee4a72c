namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>A sale recorded in the partner application ("Histórico de vendas"), to send to TOTVS as a sales order.</summary>
/// <param name="Number">The sale's number, which becomes the order's <c>CustomerOrderId</c> (up to 12).</param>
/// <param name="Day">The day of the sale.</param>
/// <param name="CustomerShortName">The buyer's short name in TOTVS (nome abreviado).</param>
/// <param name="Lines">What was sold.</param>
public sealed record PartnerSale(string Number, DateOnly Day, string CustomerShortName, IReadOnlyList<PartnerSaleLine> Lines)
{
    /// <summary>The lines still without a unit price.</summary>
    public IEnumerable<PartnerSaleLine> Unpriced => Lines.Where(l => l.UnitPrice is null or <= 0);
}
