using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Testing.Time;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>
/// The order batch's limit: one more in flight for each limit's worth of answers, half as many when the ERP pushes back
/// (once per window), a climb back to just below the refusal and a rare try above it, Retry-After honoured.
/// </summary>
public sealed class AdaptiveConcurrencyLimitTests
{
    private static readonly TimeSpan Answer = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task The_limit_grows_by_one_for_each_limits_worth_of_answers_up_to_the_most()
    {
        var limit = Limit(initial: 1, most: 4);
        var seen = new List<int>();

        for (var i = 0; i < 20; i++)
        {
            await AnswerOneAsync(limit, 201);
            seen.Add(limit.Limit);
        }

        Assert.Equal([2, 2, 3, 3, 3, 4], seen.Take(6)); // 1 answer at 1, 2 at 2, 3 at 3
        Assert.Equal(4, seen[^1]); // never above the most
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(0)] // no answer at all
    public async Task A_push_back_halves_the_limit_once_for_the_calls_of_its_window(int status)
    {
        var limit = Limit(initial: 8, most: 8);
        var inFlight = new List<AdaptiveConcurrencyLimit.Lease>();
        for (var i = 0; i < 8; i++)
        {
            inFlight.Add(await limit.AcquireAsync(CancellationToken.None));
        }

        foreach (var lease in inFlight)
        {
            lease.Observe(new ObservedCall("POST", status, Answer, null)); // eight refusals of one window
            lease.Dispose();
        }

        Assert.Equal(4, limit.Limit); // halved once, not eight times
    }

    [Fact]
    public async Task After_a_push_back_the_limit_climbs_to_just_below_it_and_tries_above_only_after_a_long_run()
    {
        var limit = Limit(initial: 5, most: 8);
        await AnswerOneAsync(limit, 503); // the ERP took no more than 4: ceiling 5, limit 2

        var levels = new List<int>();
        for (var i = 0; i < AdaptiveConcurrencyLimit.FirstProbeAfter + 20; i++)
        {
            await AnswerOneAsync(limit, 201);
            levels.Add(limit.Limit);
        }

        Assert.Equal(2, levels[0]);
        var firstAtFour = levels.IndexOf(4);
        Assert.InRange(firstAtFour, 1, 10);
        Assert.All(levels.Take(firstAtFour + AdaptiveConcurrencyLimit.FirstProbeAfter - 1), level => Assert.True(level <= 4));
        Assert.Contains(5, levels); // then, once, it tries one more
    }

    [Fact]
    public async Task A_failed_try_above_waits_twice_as_long_before_the_next()
    {
        var limit = Limit(initial: 5, most: 8);
        await AnswerOneAsync(limit, 503);
        var answersToTry = new List<int>();
        for (var round = 0; round < 2; round++)
        {
            var answers = 0;
            while (limit.Limit < 5)
            {
                await AnswerOneAsync(limit, 201);
                answers++;
            }

            answersToTry.Add(answers);
            await AnswerOneAsync(limit, 503); // the try fails: the ERP still takes 4
        }

        Assert.True(answersToTry[1] >= 2 * AdaptiveConcurrencyLimit.FirstProbeAfter, $"second try after {answersToTry[1]} answers");
    }

    [Fact]
    public async Task Retry_After_holds_every_new_start_until_it_has_passed()
    {
        var clock = new TestClock(SdkHarness.Start);
        var limit = Limit(initial: 4, most: 4, clock);
        var first = await limit.AcquireAsync(CancellationToken.None);
        first.Observe(new ObservedCall("POST", 503, Answer, TimeSpan.FromSeconds(3)));
        first.Dispose();

        var next = limit.AcquireAsync(CancellationToken.None).AsTask();
        await clock.WhenTimerDueAsync(SdkHarness.Start + TimeSpan.FromSeconds(3)).WaitAsync(TimeSpan.FromMinutes(1));
        var heldAtFirst = !next.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(3));
        using var lease = await next.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(heldAtFirst);
    }

    [Fact]
    public async Task An_order_answered_much_slower_than_the_fastest_recent_ones_counts_as_a_push_back()
    {
        var limit = Limit(initial: 4, most: 4);
        for (var i = 0; i < 10; i++)
        {
            await AnswerOneAsync(limit, 201);
        }

        await AnswerOneAsync(limit, 201, Answer * 2.5); // slower, within the factor of 3
        var afterSlower = limit.Limit;
        await AnswerOneAsync(limit, 201, Answer * 4); // the ERP is slowing down

        Assert.Equal(4, afterSlower);
        Assert.Equal(2, limit.Limit);
    }

    [Fact]
    public async Task A_fixed_limit_keeps_the_most_in_flight_whatever_the_answers_and_never_more()
    {
        var limit = new AdaptiveConcurrencyLimit(1, 1, 3, adaptive: false, 0.5, 3, TimeProvider.System);
        var leases = new List<AdaptiveConcurrencyLimit.Lease>();
        for (var i = 0; i < 3; i++)
        {
            leases.Add(await limit.AcquireAsync(CancellationToken.None));
        }

        leases[0].Observe(new ObservedCall("POST", 503, Answer, null));
        var fourth = limit.AcquireAsync(CancellationToken.None).AsTask();
        var waitedForAPlace = !fourth.IsCompleted;
        leases[0].Dispose();
        using var lease = await fourth.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(waitedForAPlace);
        Assert.Equal(3, limit.Limit);
    }

    private static AdaptiveConcurrencyLimit Limit(int initial, int most, TimeProvider? time = null) =>
        new(initial, 1, most, adaptive: true, decreaseFactor: 0.5, slowdownFactor: 3, time ?? TimeProvider.System);

    private static async Task AnswerOneAsync(AdaptiveConcurrencyLimit limit, int status, TimeSpan? elapsed = null)
    {
        using var lease = await limit.AcquireAsync(CancellationToken.None);
        lease.Observe(new ObservedCall("POST", status, elapsed ?? Answer, null));
    }
}
