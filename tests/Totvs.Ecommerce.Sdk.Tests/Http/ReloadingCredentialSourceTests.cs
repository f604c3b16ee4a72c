using System.Net.Http.Headers;
using Totvs.Ecommerce.Sdk.Http.Authentication;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>
/// The source that follows reloaded credentials builds one inner source for everyone: callers that race on the first
/// call used to each build and use their own, and an OAuth2 client then signed in once per racing thread (a second token
/// at start, seen under the full suite's load).
/// </summary>
public sealed class ReloadingCredentialSourceTests
{
    [Fact]
    public async Task Callers_that_build_at_once_all_use_the_one_source_that_won()
    {
        var options = new TotvsAuthenticationOptions { Username = "u", Password = "p" };
        using var bothBuilding = new Barrier(2);
        var built = new List<CountingSource>();
        var reloading = new ReloadingCredentialSource(() => options, _ =>
        {
            bothBuilding.SignalAndWait(TimeSpan.FromSeconds(10)); // both threads are past the check, building
            var source = new CountingSource();
            lock (built)
            {
                built.Add(source);
            }

            return source;
        });

        await Task.WhenAll(Task.Run(() => reloading.GetAsync(null, default).AsTask()), Task.Run(() => reloading.GetAsync(null, default).AsTask()));
        await reloading.GetAsync(null, default);

        Assert.Equal(2, built.Count); // both built…
        Assert.Equal([3, 0], built.Select(s => s.Calls).OrderDescending()); // …and every call went to the one that won
    }

    private sealed class CountingSource : ICredentialSource
    {
        private int calls;

        public int Calls => calls;

        public bool CanRenew => false;

        public ValueTask<AuthenticationHeaderValue> GetAsync(AuthenticationHeaderValue? rejected, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            return ValueTask.FromResult(new AuthenticationHeaderValue("Basic", "x"));
        }
    }
}
