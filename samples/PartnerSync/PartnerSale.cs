namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>A sale recorded in the partner's system, to send to the ERP as an order.</summary>
/// <param name="Number">The partner's document number.</param>
/// <param name="CustomerShortName">The buyer's short name in the ERP's customer register.</param>
/// <param name="Lines">The items with quantity and unit price (the price must be set before sending).</param>
public sealed record PartnerSale(string Number, string CustomerShortName, IReadOnlyList<(string ItemCode, decimal Quantity, decimal? UnitPrice)> Lines);
