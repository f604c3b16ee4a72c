using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>An NF-e the fake ERP issued or received (wire contract §4.9); <see cref="Routes.Sales.InvoiceWire"/> puts it on the wire.</summary>
internal sealed record InvoiceRecord
{
    public required string BranchId { get; init; }

    public required string Series { get; init; }

    public required string InvoiceNumber { get; init; }

    public required NfeAccessKey AccessKey { get; init; }

    public required Instant IssueDate { get; init; }

    /// <summary>An output (sale) or an input (purchase) invoice.</summary>
    public required bool IsOutput { get; init; }

    public bool IsCancelled { get; init; }

    public required decimal TotalValue { get; init; }

    public string? Cfop { get; init; }

    public long? OrderId { get; init; }

    public string? CustomerOrderId { get; init; }

    public string? EcommerceOrderId { get; init; }

    public string? StoreCode { get; init; }

    /// <summary>The carrier's short name (nome-transp).</summary>
    public string? Carrier { get; init; }

    public string? TrackingNumber { get; init; }

    public required IReadOnlyList<InvoiceLine> Items { get; init; }

    public required Instant LastUpdate { get; init; }

    /// <summary>The invoice's key in its route: <c>{branchId}/{series}/{number}</c>.</summary>
    public string Key => $"{BranchId}/{Series}/{InvoiceNumber}";
}
