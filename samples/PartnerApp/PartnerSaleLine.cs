namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>One line of a <see cref="PartnerSale"/>: an ERP item, a quantity, and a unit price once it is known.</summary>
public sealed record PartnerSaleLine(string ItemCode, string Description, decimal Quantity, decimal? UnitPrice);
