using System.Diagnostics;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Reliability;

/// <summary>One client shared by many tasks: tokens are requested once per expiry, state stays consistent, cancellation is prompt.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Sixty_four_tasks_making_ten_thousand_calls_across_a_token_expiry_request_one_token_per_expiry()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1").WithFamilies(3), mode: TotvsAuthenticationMode.OAuth2ClientCredentials);
        var client = harness.Client;
        var calls = 0;
        var wrong = 0;

        async Task Worker()
        {
            while (Interlocked.Increment(ref calls) is var call && call <= 10_000)
            {
                if (call == 5_000)
                {
                    // Half-way, the clock passes the token's renewal point while 63 other tasks are calling.
                    harness.Clock.Advance(TimeSpan.FromMinutes(29.5));
                }

                var page = await client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" });
                if (page.Items.Count != 3)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(Worker)));

        Assert.Equal(0, wrong);
        Assert.Equal(10_000, harness.Server.Journal.For("GET", harness.Server.Routes.Families).Count);
        var tokenRequests = harness.Server.Journal.Entries.Where(e => e.Route == TotvsAuthenticationOptions.DefaultTokenPath).ToList();
        Assert.True(tokenRequests.Count == 2, $"{tokenRequests.Count} token requests, 2 expected: " +
            string.Join("; ", tokenRequests.Select(e => $"#{e.Sequence} {e.QueryString} at {e.ReceivedAt:HH:mm:ss.fff} -> {e.StatusCode}{(e.Fault is null ? string.Empty : $" ({e.Fault})")}")));
        harness.Server.Journal.AssertNoStatus(401);
    }

    [Fact]
    public async Task Cancelling_a_call_that_waits_on_the_server_returns_at_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1"));
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).When(_ => arrived.TrySetResult() || true).Hang();
        using var cancellation = new CancellationTokenSource();

        var call = harness.Client.Families.ListAsync(cancellationToken: cancellation.Token);
        await arrived.Task;
        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        clock.Stop();

        // 100 ms is the target; the bound is generous so a busy CI machine does not make it flaky.
        Assert.True(clock.ElapsedMilliseconds < 1_000, $"Cancellation took {clock.ElapsedMilliseconds} ms.");
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }
}
