namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>The ERP's pace over the admin API: service times in milliseconds, per route (<c>"POST pdp/v1/ordersPublic"</c>), and the limit of concurrent requests.</summary>
internal sealed class CapacitySpec
{
    public double ServiceTimeMs { get; set; }

    public double JitterMs { get; set; }

    public Dictionary<string, RouteTimeSpec> Routes { get; set; } = [];

    public int? MaxConcurrentRequests { get; set; }

    public double RetryAfterSeconds { get; set; } = 1;

    public int Seed { get; set; } = 42;
}
