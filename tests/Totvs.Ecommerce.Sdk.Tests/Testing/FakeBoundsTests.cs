using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Contract;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

/// <summary>The fake keeps what it is sent within bounds: a capped prefix of each body in the journal, capped echoes in its errors.</summary>
public class FakeBoundsTests
{
    [Fact]
    public async Task A_huge_request_is_journaled_as_a_capped_prefix_and_echoed_capped()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1");
        using var raw = new RawDatasul(server);
        var huge = new string('9', 4 * 1024 * 1024);

        var (status, answer) = await raw.SendAsync("POST", server.Routes.Orders, new JsonObject
        {
            ["CustomerOrderId"] = huge, ["ShortName"] = "JOAO", ["EmissionDate"] = "2026-03-01", ["ImplantationDate"] = "2026-03-01",
            ["OrderItems"] = new JsonArray(new JsonObject { ["ItemCode"] = "A", ["OriginalPrice"] = 1, ["QuantityBilling"] = 1 }),
        });

        Assert.Equal(400, status);
        Assert.True(answer!.ToJsonString().Length < 16 * 1024, $"The error answer has {answer.ToJsonString().Length:N0} characters.");
        var body = server.Journal.For("POST", server.Routes.Orders).Single().Body!;
        Assert.True(body.Length < 70 * 1024, $"The journal kept {body.Length:N0} characters.");
        Assert.Contains("the journal keeps the first", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_large_requests_leaves_only_capped_prefixes_behind()
    {
        // What the fake keeps of a request is its journal entry (the state refuses the order): so what stays after a
        // burst is bounded by the journal's cap, whatever the requests' size. (Process-wide heap figures are not
        // measured here: tests run in parallel in this process.)
        var server = new FakeDatasulServer();
        server.AddStore("1");
        using var raw = new RawDatasul(server);
        var large = new JsonObject { ["CustomerOrderId"] = new string('7', 8 * 1024 * 1024) };

        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(400, (await raw.SendAsync("POST", server.Routes.Orders, large)).Status);
        }

        var kept = server.Journal.Entries.Sum(e => (long)(e.Body?.Length ?? 0));
        Assert.Equal(12, server.Journal.Entries.Count);
        Assert.True(kept <= 12 * 70 * 1024, $"The journal keeps {kept:N0} characters of twelve 8 MB requests.");
        Assert.Empty(server.Orders);
    }
}
