using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;

namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>What the ERP does with an order it admits.</summary>
public sealed record AdmittedOrder
{
    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The establishment that sells.</summary>
    public required string BranchId { get; init; }

    /// <summary>The customer's short name.</summary>
    public required string CustomerShortName { get; init; }

    /// <summary>The customer order number the ERP keeps (the store's order id when the store says so).</summary>
    public required string CustomerOrderId { get; init; }

    /// <summary>The customer's document.</summary>
    public required CpfOrCnpj CustomerDocument { get; init; }

    /// <summary>The customer to create first, when the ERP does not know the document; <see langword="null"/> for a known customer.</summary>
    public CustomerToCreate? CustomerToCreate { get; init; }

    /// <summary>The ERP carrier, when the order ships with one.</summary>
    public string? CarrierCode { get; init; }

    /// <summary>The price table the prices come from.</summary>
    public required string PriceTable { get; init; }

    /// <summary>The items with their prices and naturezas.</summary>
    public required IReadOnlyList<AdmittedItem> Items { get; init; }

    /// <summary>The payment method and how it behaves.</summary>
    public required PaymentMethodPolicy Payment { get; init; }

    /// <summary>The payment method's code.</summary>
    public required string PaymentMethodCode { get; init; }

    /// <summary>Whether the order enters complete ("Completa Pedido").</summary>
    public bool Completed { get; init; }

    /// <summary>What happens to the order's stock.</summary>
    public required AllocationOutcome Allocation { get; init; }

    /// <summary>When the order is released for billing (from its payment method).</summary>
    public BillingRelease BillingRelease => Payment.Release;
}
