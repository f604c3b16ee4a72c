namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>One line of a <see cref="FakePurchaseOrder"/>: an item of the ERP's register, bought in a quantity at a price.</summary>
/// <param name="ItemCode">The item (<c>it-codigo</c>); it need not be published to any store.</param>
/// <param name="Quantity">How many, in <paramref name="UnitOfMeasure"/>.</param>
/// <param name="UnitOfMeasure">The unit (<c>un</c>), e.g. KG, UN.</param>
/// <param name="UnitPrice">The price of one unit.</param>
public sealed record FakePurchaseOrderLine(string ItemCode, decimal Quantity, string UnitOfMeasure, decimal UnitPrice);
