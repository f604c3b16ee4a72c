namespace Totvs.Ecommerce.FakeDatasul.Admin;

// The bodies of the admin API (/__admin/), as described in openapi.json. Written for the API, not taken from the SDK.

internal sealed record HealthView(string Status, string Clock, IReadOnlyList<string> Stores, int Orders, int JournalEntries);

internal sealed record ErrorView(string Error);

/// <summary>A fault to script: what it hits (method, route relative to the path prefix; every request when both are left out), how often, and what it does.</summary>
internal sealed class FaultSpec
{
    public string? Method { get; set; }

    public string? Route { get; set; }

    /// <summary>status, error, malformed, drop, lost-answer, latency, hang, truncated.</summary>
    public string Kind { get; set; } = string.Empty;

    public int? Status { get; set; }

    public string? Code { get; set; }

    public string? Message { get; set; }

    public int? RetryAfterSeconds { get; set; }

    public int? LatencyMs { get; set; }

    /// <summary>How many requests it hits (1 by default); ignored when <see cref="Always"/>.</summary>
    public int? Times { get; set; }

    public bool Always { get; set; }

    /// <summary>The chance (0–1) a matching request is hit, rolled with <see cref="Seed"/> so a run repeats.</summary>
    public double? Probability { get; set; }

    public int? Seed { get; set; }
}

internal sealed record FaultView(string? Method, string? Route, string Fault, int Remaining);

internal sealed record JournalView(long Sequence, DateTimeOffset ReceivedAt, string Method, string Route, string Query, int StatusCode, string? Fault, string? Body);

internal sealed record FamilyChange(string Code, string Description, bool IsActive = true, string? Store = null);

internal sealed record PriceChange(string PriceTable, string ItemCode, decimal Price, string? ReferenceCode = null);

internal sealed record BalanceChange(string ItemCode, string BranchId, string WarehouseCode, decimal Quantity, string? ReferenceCode = null);

internal sealed record ItemLink(string Store, string ItemCode);

internal sealed record InvoiceRequest(string? TrackingNumber = null);

internal sealed record CancelRequest(string Reason);

internal sealed record OrderView(long OrderId, string CustomerOrderId, string StoreCode, string Situation, string BillingHold);

internal sealed record InvoiceView(long? OrderId, string BranchId, string Series, string InvoiceNumber, string AccessKey, decimal TotalValue, bool IsCancelled);

internal sealed record ClockAdvance(double Seconds);

internal sealed record ClockView(string Now, double OffsetSeconds);

internal sealed record SeedResult(IReadOnlyList<string> Stores, int Customers, int Orders);
