using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Tests.Hostile;

/// <summary>
/// The figures of docs/reliability.md, in real time and at full size: run with <c>TOTVS_HOSTILE_SLOW=1</c> (they take
/// about half a minute and send 600 MB over loopback). Without it they print how to run them and check nothing more
/// than the fast suite does.
/// </summary>
public sealed class HostileMeasurements(ITestOutputHelper output)
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("TOTVS_HOSTILE_SLOW") == "1";

    [Fact]
    public async Task Peak_working_set_while_refusing_a_600_MB_error_answer()
    {
        if (!Enabled)
        {
            output.WriteLine("Set TOTVS_HOSTILE_SLOW=1 to measure.");
            return;
        }

        const long size = 600L * 1024 * 1024;
        var filler = Encoding.ASCII.GetBytes(new string('m', 64 * 1024));
        HostileServer? server = null;
        server = new HostileServer(async (_, stream, ct) =>
        {
            await HostileServer.WriteHeadAsync(stream, 500, $"Content-Type: application/json\r\nContent-Length: {size}\r\n", ct);
            await server!.WriteRepeatedAsync(stream, filler, size, ct);
        });
        await using var _ = server;
        var (client, provider) = HostileClients.WithDi(server.BaseAddress, TimeProvider.System, o => o.MaxResponseBodyBytes = 1024L * 1024 * 1024);
        await using var __ = provider;

        var (baseline, clock) = StartPeak();
        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync());
        var peak = Peak();

        // Even with MaxResponseBodyBytes at 1 GiB an error answer is read to 1 MiB at most, and refused (not retried).
        output.WriteLine($"600 MB 500 answer, MaxResponseBodyBytes 1 GiB: refused after {clock.Elapsed.TotalMilliseconds:F0} ms; working set {baseline / 1048576.0:F0} MB -> peak {peak / 1048576.0:F0} MB (+{(peak - baseline) / 1048576.0:F0} MB); server wrote {server.BytesWritten / 1048576.0:F0} MB in {server.Requests.Count} request(s)");
        Assert.True(peak - baseline <= 64L * 1024 * 1024, "Refusing an error answer took more than 64 MB.");
        Assert.Contains("error answer", error.Message, StringComparison.Ordinal);

        var (capped, cappedProvider) = HostileClients.WithDi(server.BaseAddress, TimeProvider.System);
        await using var ___ = cappedProvider;
        (baseline, clock) = StartPeak();
        await Assert.ThrowsAsync<TotvsApiException>(() => capped.Families.ListAsync());
        peak = Peak();
        output.WriteLine($"600 MB 500 answer, default cap 32 MiB: refused after {clock.Elapsed.TotalMilliseconds:F0} ms; working set +{(peak - baseline) / 1048576.0:F0} MB over {baseline / 1048576.0:F0} MB");
        Assert.True(peak - baseline <= (32L + 64) * 1024 * 1024, "Refusing an oversize answer took more than the cap and 64 MB.");
    }

    [Fact]
    public async Task Time_to_fail_on_a_trickling_body()
    {
        if (!Enabled)
        {
            output.WriteLine("Set TOTVS_HOSTILE_SLOW=1 to measure.");
            return;
        }

        await using var server = new HostileServer(async (_, stream, ct) =>
        {
            await HostileServer.WriteHeadAsync(stream, 200, "Content-Type: application/json\r\nContent-Length: 100000\r\n", ct);
            await stream.WriteAsync(" "u8.ToArray(), ct); // a first byte, then nothing: the body never arrives whole
            await stream.FlushAsync(ct);
            await Task.Delay(Timeout.Infinite, ct); // held until the test ends, not a sleep
        });
        var (client, provider) = HostileClients.WithDi(server.BaseAddress, TimeProvider.System, o => o.ResponseReadTimeout = TimeSpan.FromSeconds(5),
            resilience: r => r.Retry.MaxRetryAttempts = 1);
        await using var _ = provider;

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync());
        var perAttempt = clock.Elapsed / server.Requests.Count;

        output.WriteLine($"Body stalled after one byte, ResponseReadTimeout 5 s (the SDK's own timer, real time): failed after {clock.Elapsed.TotalSeconds:F2} s over {server.Requests.Count} attempt(s) ({perAttempt.TotalSeconds:F2} s each): {error.Message[..Math.Min(120, error.Message.Length)]}");
        Assert.True(perAttempt <= TimeSpan.FromSeconds(6), $"An attempt took {perAttempt.TotalSeconds:F2} s (goal: read timeout + 1 s).");
    }

    /// <summary>
    /// Resets the kernel's high-water mark of this process's resident memory (Linux: <c>/proc/self/clear_refs</c>), so
    /// <see cref="Peak"/> reports the peak from now on without sampling.
    /// </summary>
    private static (long Baseline, Stopwatch Clock) StartPeak()
    {
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, Stopwatch.StartNew());
    }

    private static long Peak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
