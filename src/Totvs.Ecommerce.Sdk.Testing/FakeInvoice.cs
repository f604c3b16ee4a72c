using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>An NF-e the fake ERP issued or received, with its wire document (<see cref="Json"/>).</summary>
public sealed class FakeInvoice
{
    internal FakeInvoice(InvoiceRecord record, DateTimeZone zone)
    {
        BranchId = record.BranchId;
        Series = record.Series;
        InvoiceNumber = record.InvoiceNumber;
        AccessKey = record.AccessKey;
        IssueDate = record.IssueDate;
        TotalValue = record.TotalValue;
        OrderId = record.OrderId;
        IsCancelled = record.IsCancelled;
        Json = InvoiceWire.ToJson(record, zone);
    }

    /// <summary>The establishment that issued it.</summary>
    public string BranchId { get; }

    /// <summary>The series.</summary>
    public string Series { get; }

    /// <summary>The number.</summary>
    public string InvoiceNumber { get; }

    /// <summary>The NF-e access key.</summary>
    public NfeAccessKey AccessKey { get; }

    /// <summary>When it was issued.</summary>
    public Instant IssueDate { get; }

    /// <summary>The total, freight included.</summary>
    public decimal TotalValue { get; }

    /// <summary>The order it invoices, for a sale.</summary>
    public long? OrderId { get; }

    /// <summary>Whether the NF-e was cancelled (<see cref="FakeDatasulServer.CancelInvoice"/>).</summary>
    public bool IsCancelled { get; }

    /// <summary>The invoice as the server serves it (a copy).</summary>
    public JsonObject Json { get; }
}
