namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>An item of an order to admit.</summary>
/// <param name="ItemCode">The item code.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="ReferenceCode">The reference, for items controlled by reference.</param>
/// <param name="IsGift">Whether the item is a gift (brinde): it takes the gift naturezas.</param>
public sealed record OrderItemToAdmit(string ItemCode, decimal Quantity, string? ReferenceCode = null, bool IsGift = false)
{
    /// <summary>
    /// The unit price the store charged, if it sent one. A sold item (not a gift) priced 0 or less is refused
    /// (<see cref="TotvsErrorCodes.ItemPricedZero"/>): only a brinde goes free, under its own naturezas.
    /// </summary>
    public decimal? UnitPrice { get; init; }
}
