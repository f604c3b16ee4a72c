using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;

namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>An admitted order item, with its price and natureza.</summary>
/// <param name="ItemCode">The item.</param>
/// <param name="ReferenceCode">The reference, if any.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="UnitPrice">The FOB price of the order's price table, ICMS included.</param>
/// <param name="IsGift">Whether it is a gift.</param>
/// <param name="Natureza">The natureza de operação chosen for it.</param>
public sealed record AdmittedItem(ItemCode ItemCode, ReferenceCode? ReferenceCode, decimal Quantity, decimal UnitPrice, bool IsGift, NaturezaChoice Natureza);
