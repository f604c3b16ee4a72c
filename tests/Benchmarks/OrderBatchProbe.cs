using System.Diagnostics;
using System.Globalization;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.TestData;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Pacing;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// A measured program: a backlog of orders sent with <see cref="OrdersClient.CreateManyAsync"/> to the fake over loopback,
/// which answers each POST after a fixed service time. First against an ERP that takes any concurrency (the time against
/// the ideal <c>orders × service time / K</c>), then against one that serves only a few requests at once and answers 503
/// with Retry-After beyond (where the adaptive limit settles, how many requests met a 503, and that every order is in
/// the ERP exactly once).
/// </summary>
internal static class OrderBatchProbe
{
    public static async Task<int> RunAsync(int orders, int postMilliseconds, int concurrency, int erpCapacity)
    {
        Console.WriteLine($"{orders} orders over loopback, {postMilliseconds} ms per POST, MaxConcurrency = {concurrency}");
        var free = await SendAsync(orders, postMilliseconds, concurrency, erpCapacity: null);
        var ideal = TimeSpan.FromMilliseconds((double)orders * postMilliseconds / concurrency);
        Console.WriteLine(Invariant(
            $"  any concurrency at the ERP: {free.Elapsed.TotalSeconds:0.00} s = {free.Elapsed / ideal:0.000} × the ideal {ideal.TotalSeconds:0.00} s (target ≤ 1.15); {free.Summary}"));

        var limited = await SendAsync(orders, postMilliseconds, concurrency, erpCapacity);
        Console.WriteLine(Invariant(
            $"  the ERP serves {erpCapacity} at once: {limited.Elapsed.TotalSeconds:0.00} s; {limited.Summary}"));
        return free.Exact && limited.Exact ? 0 : 1;
    }

    private static async Task<Run> SendAsync(int count, int postMilliseconds, int concurrency, int? erpCapacity)
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithItem("FUR-001", "Furadeira", 399.90m, 10_000_000);
        server.Capacity = new FakeErpCapacity
        {
            Routes = new Dictionary<string, FakeServiceTime> { [$"POST {server.Routes.Orders}"] = new(TimeSpan.FromMilliseconds(postMilliseconds)) },
            MaxConcurrentRequests = erpCapacity,
        };
        await using var host = await server.StartLoopbackAsync();
        var client = new TotvsEcommerceClient(server.CreateClientOptions(host.BaseAddress));
        var orders = Enumerable.Range(1, count).Select(NumberedOrders.Number).ToList();

        var started = Stopwatch.GetTimestamp();
        var outcomes = new List<OrderBatchOutcome>(count);
        await foreach (var outcome in client.Orders.CreateManyAsync(orders, new OrderBatchOptions { MaxConcurrency = concurrency }))
        {
            outcomes.Add(outcome);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var requests = server.Journal.Entries.Count;
        var refused = server.Journal.Entries.Count(e => e.StatusCode == 503);
        var created = server.Orders.Count;
        var distinct = server.Orders.Select(o => o.CustomerOrderId).Distinct().Count();
        var failed = outcomes.Count(o => !o.Succeeded);
        var settled = outcomes.Skip(outcomes.Count / 4).Select(o => o.ConcurrencyLimit).ToList(); // in order of completion
        var summary = Invariant(
            $"{requests} requests, {refused} met a 503 ({100.0 * refused / requests:0.00} %); peak at the ERP {server.PeakConcurrentRequests} in flight; limit after the first quarter (outcomes at each level): {Histogram(settled)}; {created} orders in the ERP, {distinct} distinct, {failed} failed outcomes");
        return new Run(elapsed, summary, created == count && distinct == count && failed == 0 && outcomes.Count == count);
    }

    private static string Histogram(IEnumerable<int> limits) =>
        string.Join(", ", limits.GroupBy(l => l).OrderBy(g => g.Key).Select(g => Invariant($"{g.Key}: {g.Count()}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Run(TimeSpan Elapsed, string Summary, bool Exact);
}
