using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>What the tests of orders under load share: a store that sells one item from deep stock, and a watch on arrivals.</summary>
internal static class OrderLoad
{
    /// <summary>Store 1 selling FUR-001 at 399.90 from a million in stock: every numbered order is admissible.</summary>
    public static void Store(FakeDatasulServer server) =>
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithItem("FUR-001", "Furadeira", 399.90m, 1_000_000, "FER");

    /// <summary>Completes when <paramref name="count"/> POSTs have reached the server (a watching rule that never hits).</summary>
    public static Task Arrivals(FakeDatasulServer server, string route, int count)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        server.Faults.On("POST", route).Always().When(_ =>
        {
            if (Interlocked.Increment(ref seen) == count)
            {
                arrived.TrySetResult();
            }

            return false;
        }).RespondWithStatus(500);
        return arrived.Task;
    }
}
