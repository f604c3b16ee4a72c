namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>
/// An order as it arrives from the store, in the terms admission needs. Values are raw text where the
/// admission itself must judge them (document, UF), so every problem becomes a rejection with its code.
/// </summary>
public sealed record OrderToAdmit
{
    /// <summary>The store the order was placed in.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The customer's short name (<c>nome-abrev</c>, up to 12 characters): half of the order's natural key.</summary>
    public required string CustomerShortName { get; init; }

    /// <summary>The customer order number (<c>nr-pedcli</c>, up to 12 characters): the other half of the natural key.</summary>
    public required string CustomerOrderId { get; init; }

    /// <summary>The store's own order id; becomes the customer order number when the store says "Assume número do pedido da loja".</summary>
    public string? StoreOrderId { get; init; }

    /// <summary>The customer's CPF or CNPJ, masked or not.</summary>
    public required string CustomerDocument { get; init; }

    /// <summary>The customer's name, for a customer the ERP does not know yet.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The establishment that sells; the store's first establishment when <see langword="null"/>.</summary>
    public string? BranchId { get; init; }

    /// <summary>The delivery UF (two letters); empty when the order names a delivery place instead (<see cref="DeliveryCode"/>).</summary>
    public required string DeliveryUf { get; init; }

    /// <summary>
    /// The customer's delivery place the order names (customerPublic's <c>DeliveryPlaces</c>, the published path), when it
    /// carries no address: the UF is the place's.
    /// </summary>
    public string? DeliveryCode { get; init; }

    /// <summary>The carrier's e-commerce id (CD0402 "ID E-commerce"), if the order ships with one.</summary>
    public string? CarrierEcommerceId { get; init; }

    /// <summary>The marketplace where the sale happened (its representative short name), if any.</summary>
    public string? IntermediaryShortName { get; init; }

    /// <summary>The payment method's code.</summary>
    public required string PaymentMethodCode { get; init; }

    /// <summary>The e-commerce trade policy (política comercial) the prices come from, if any.</summary>
    public string? TradePolicyId { get; init; }

    /// <summary>The items.</summary>
    public IReadOnlyList<OrderItemToAdmit> Items { get; init; } = [];

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("StoreOrderId = ").Append(StoreOrderId)
            .Append(", BranchId = ").Append(BranchId)
            .Append(", Items = ").Append(Items?.Count ?? 0)
            .Append(", personal data hidden");
        return true;
    }
}
