namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>One route's service time in a <see cref="CapacitySpec"/>, in milliseconds.</summary>
internal sealed class RouteTimeSpec
{
    public double FixedMs { get; set; }

    public double JitterMs { get; set; }
}
