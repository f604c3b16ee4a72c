using System.Text;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing.Time;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Hostile;

/// <summary>
/// The SDK against a server that misbehaves on purpose, over a real socket: every answer bounded in memory and time,
/// no redirect followed, no success without proof, no key or option that addresses another route, no endless list.
/// </summary>
public sealed class HostileServerTests
{
    private static readonly byte[] Filler = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public async Task An_error_answer_over_the_cap_is_refused_without_reading_it_whole(int status)
    {
        const long huge = 200L * 1024 * 1024;
        HostileServer? server = null;
        server = new HostileServer(async (_, stream, ct) =>
        {
            await HostileServer.WriteHeadAsync(stream, status, "Content-Type: application/json\r\n", ct); // no length: read until it ends
            await stream.WriteAsync(Encoding.ASCII.GetBytes("{\"code\":\"X\",\"message\":\""), ct);
            await server!.WriteRepeatedAsync(stream, Filler, huge, ct);
        });
        await using var _ = server;
        var (client, provider) = HostileClients.WithDi(server.BaseAddress, TimeProvider.System, o => o.MaxResponseBodyBytes = 1024 * 1024);
        await using var __ = provider;

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync());

        Assert.Contains("larger than 1,048,576 bytes", error.Message, StringComparison.Ordinal);
        Assert.True(server.BytesWritten < 64L * 1024 * 1024, $"The server wrote {server.BytesWritten:N0} bytes before the client stopped reading.");
        Assert.Single(server.Requests); // refused, not retried
    }

    [Fact]
    public async Task A_body_that_trickles_fails_after_the_read_timeout()
    {
        var clock = new TestClock(DateTimeOffset.UnixEpoch);
        await using var server = new HostileServer(async (_, stream, ct) =>
        {
            await HostileServer.WriteHeadAsync(stream, 200, "Content-Type: application/json\r\nContent-Length: 1000\r\n", ct);
            await stream.WriteAsync("{"u8.ToArray(), ct);
            await stream.FlushAsync(ct);
            await Task.Delay(Timeout.Infinite, ct); // the rest never comes (held until the test ends)
        });
        var client = HostileClients.Plain(server.BaseAddress, clock, o => o.ResponseReadTimeout = TimeSpan.FromSeconds(5));

        // The clock jumps to the read timeout's timer as soon as the SDK arms it (when a read has to wait): no sleep, no race.
        var error = await Assert.ThrowsAsync<TotvsApiException>(() => clock.RunAsync(() => client.Families.ListAsync()).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.True(error.IsTransient);
        Assert.Contains("ResponseReadTimeout", error.Message, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(5), clock.GetUtcNow());
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_an_error_and_nothing_goes_to_the_other_origin(int status)
    {
        await using var elsewhere = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 201, "{}", ct));
        await using var server = new HostileServer((_, stream, ct) =>
            HostileServer.WriteHeadAsync(stream, status, $"Location: {elsewhere.BaseAddress}steal?token=abc\r\nContent-Length: 0\r\n", ct));
        var (client, provider) = HostileClients.WithDi(server.BaseAddress, TimeProvider.System);
        await using var _ = provider;

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Orders.CreateAsync(SalesSeed.Order()));

        Assert.Contains($"answered {status}", error.Message, StringComparison.Ordinal);
        Assert.Contains(elsewhere.BaseAddress.Authority, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token=abc", error.Message, StringComparison.Ordinal);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task An_OAuth2_token_request_is_not_redirected_either()
    {
        await using var elsewhere = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 200, """{"access_token":"evil","expires_in":3600}""", ct));
        await using var server = new HostileServer((_, stream, ct) =>
            HostileServer.WriteHeadAsync(stream, 302, $"Location: {elsewhere.BaseAddress}token\r\nContent-Length: 0\r\n", ct));
        var (client, provider) = HostileClients.WithDi(server.BaseAddress, TimeProvider.System, o => o.Authentication = new TotvsAuthenticationOptions
        {
            Mode = TotvsAuthenticationMode.OAuth2ClientCredentials, ClientId = "id", ClientSecret = "secret",
        });
        await using var _ = provider;

        await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync());

        Assert.Empty(elsewhere.Requests);
    }

    [Theory]
    [InlineData(200, "{}")]
    [InlineData(201, """{"OrderId":99,"CustomerOrderId":"OTHER","ShortName":"OTHER","EmissionDate":"2026-03-01","ImplantationDate":"2026-03-01","OrderItems":[]}""")]
    [InlineData(204, "")]
    public async Task A_write_succeeds_only_with_proof_otherwise_the_natural_key_decides(int status, string body)
    {
        var posts = 0;
        await using var server = new HostileServer((request, stream, ct) =>
        {
            if (request.Method == "POST")
            {
                Interlocked.Increment(ref posts);
                return status == 204 ? HostileServer.WriteHeadAsync(stream, 204, "Content-Length: 0\r\n", ct) : HostileServer.WriteJsonAsync(stream, status, body, ct);
            }

            return HostileServer.WriteJsonAsync(stream, 200, """{"hasNext":false,"Orders":[]}""", ct); // the look-up: not there
        });
        var clock = new TestClock(DateTimeOffset.UnixEpoch);
        // The read timeout stays longer than the waits RunAsync jumps over, so only the back-offs move the clock.
        var client = HostileClients.Plain(server.BaseAddress, clock, o => (o.Resilience.CreationAttempts, o.ResponseReadTimeout) = (2, TimeSpan.FromMinutes(10)));

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => clock.RunAsync(() => client.Orders.CreateAsync(SalesSeed.Order())));

        Assert.Contains("not confirmed", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, posts);
        Assert.Contains(server.Requests, r => r.Method == "GET" && r.Target.Contains("filter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_single_record_read_as_empty_braces_is_an_invalid_record_not_defaults()
    {
        await using var server = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 200, "{}", ct));
        var client = HostileClients.Plain(server.BaseAddress);

        var invoice = await Assert.ThrowsAsync<TotvsInvalidRecordException>(() => client.Invoices.GetAsync("1", "1", "42"));
        var order = await Assert.ThrowsAsync<TotvsInvalidRecordException>(() => client.Orders.GetAsync(42));

        Assert.Contains(invoice.Record.Problems, p => p.Field == "accessKey");
        Assert.Contains(order.Record.Problems, p => p.Field == "CustomerOrderId");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData(" ")]
    [InlineData("a\r\nb")]
    public async Task Keys_that_would_address_another_route_are_refused_before_sending(string key)
    {
        await using var server = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 200, "{}", ct));
        var client = HostileClients.Plain(server.BaseAddress);

        var family = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Families.GetAsync(key));
        var invoice = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Invoices.GetAsync("1", key, "3"));

        Assert.Equal("code", family.ParamName);
        Assert.Equal("series", invoice.ParamName);
        Assert.Empty(server.Requests);
        Assert.False(Totvs.Ecommerce.Sdk.Domain.Catalog.ItemCode.TryParse(key, out _));
    }

    [Fact]
    public async Task More_records_than_the_page_size_asked_for_is_an_error()
    {
        var records = string.Join(',', Enumerable.Range(1, 5000).Select(i => $$"""{"categoryParentCode":"F{{i}}"}"""));
        await using var server = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 200, $$"""{"hasNext":false,"items":[{{records}}]}""", ct));
        var client = HostileClients.Plain(server.BaseAddress);

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync(new FamilyListOptions { PageSize = 20 }));

        Assert.Contains("5,000 records for pageSize=20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pathological_page_under_Skip_stops_at_the_page_size_instead_of_working_through_it()
    {
        var junk = string.Join(',', Enumerable.Repeat("1", 1_000_000));
        await using var server = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 200, $$"""{"hasNext":false,"items":[{{junk}}]}""", ct));
        var client = HostileClients.Plain(server.BaseAddress);
        var skipped = 0;

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync(new FamilyListOptions
        {
            PageSize = 20,
            OnInvalidRecord = _ => { skipped++; return InvalidRecordAction.Skip; },
        }));

        Assert.Equal(20, skipped);
        Assert.Contains("pageSize=20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_checked_between_records()
    {
        var records = string.Join(',', Enumerable.Range(1, 1000).Select(i => $$"""{"categoryParentCode":" "}"""));
        await using var server = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 200, $$"""{"hasNext":false,"items":[{{records}}]}""", ct));
        var client = HostileClients.Plain(server.BaseAddress);
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Families.ListAsync(new FamilyListOptions
        {
            PageSize = 1000,
            OnInvalidRecord = _ =>
            {
                if (++seen == 10)
                {
                    cancel.Cancel();
                }

                return InvalidRecordAction.Skip;
            },
        }, cancel.Token));

        Assert.InRange(seen, 10, 64);
    }

    [Theory]
    [InlineData(1, 2)] // one at a time: page 1, page 2, stop
    [InlineData(4, 5)] // page 1, then at most four at once
    public async Task A_list_that_always_says_hasNext_with_the_same_page_stops_with_a_clear_error(int parallelPages, int mostRequests)
    {
        await using var server = new HostileServer((_, stream, ct) => HostileServer.WriteJsonAsync(stream, 200, """{"hasNext":true,"items":[{"categoryParentCode":" "}]}""", ct));
        var client = HostileClients.Plain(server.BaseAddress);

        var error = await Assert.ThrowsAsync<TotvsApiException>(async () =>
        {
            await foreach (var _ in client.Families.ListAllAsync(new FamilyListOptions { ParallelPages = parallelPages, OnInvalidRecord = _ => InvalidRecordAction.Skip }))
            {
            }
        });

        Assert.Contains("exactly as page 1", error.Message, StringComparison.Ordinal);
        Assert.InRange(server.Requests.Count, 2, mostRequests);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)] // pages at once never go past the announced total: page 4 only once page 3 claimed more
    public async Task A_list_that_pages_past_its_announced_total_stops(int parallelPages)
    {
        var page = 0;
        await using var server = new HostileServer((_, stream, ct) =>
            HostileServer.WriteJsonAsync(stream, 200, $$"""{"hasNext":true,"totalHits":"3","Orders":[{"CustomerOrderId":"V-{{Interlocked.Increment(ref page)}}","ShortName":"J"}]}""", ct));
        var client = HostileClients.Plain(server.BaseAddress);

        var error = await Assert.ThrowsAsync<TotvsApiException>(async () =>
        {
            await foreach (var _ in client.Orders.ListAllAsync(new OrderListOptions { PageSize = 1, IncludeTotalCount = true, ParallelPages = parallelPages }))
            {
            }
        });

        Assert.Contains("totalHits=3", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Server_text_in_an_exception_is_bounded_and_the_capped_body_stays_reachable()
    {
        const string cpf = "145.382.206-20";
        var details = string.Join(',', Enumerable.Range(1, 2000).Select(i => $$"""{"code":"D{{i}}","message":"CPF {{cpf}} recusado"}"""));
        var message = $"CPF {cpf} " + new string('m', 400 * 1024); // under the 1 MiB error cap with the details
        await using var server = new HostileServer((_, stream, ct) =>
            HostileServer.WriteJsonAsync(stream, 400, $$"""{"code":"BAD","message":"{{message}}","details":[{{details}}]}""", ct));
        var client = HostileClients.Plain(server.BaseAddress);

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => client.Families.ListAsync());

        Assert.True(error.Message.Length < 10_000, $"The message has {error.Message.Length:N0} characters.");
        Assert.InRange(CountOf(error.Message, cpf), 1, 11);
        Assert.Contains("more: see the exception's Error", error.Message, StringComparison.Ordinal);
        Assert.Equal(50, error.Error!.Details.Count);
        Assert.Equal(1950, error.Error.OmittedDetails);
        Assert.True(error.Error.Message!.Length <= 2001);
    }

    [Theory]
    [InlineData("Routes", "//other-host/steal")]
    [InlineData("Routes", "cdp\\v1\\x")]
    [InlineData("Routes", "https://other-host/x")]
    [InlineData("AcceptLanguage", "pt-BR\r\nX-Injected: 1")]
    [InlineData("BaseAddress", "https://user:hunter2@erp.example.com.br")]
    public void Options_that_would_send_credentials_elsewhere_are_refused(string option, string value)
    {
        var options = HostileClients.Options(new Uri("https://erp.example.com.br"));
        switch (option)
        {
            case "Routes": options.Routes.Families = value; break;
            case "AcceptLanguage": options.AcceptLanguage = value; break;
            default: options.BaseAddress = new Uri(value); break;
        }

        var error = Assert.Throws<OptionsValidationException>(() => TotvsEcommerceOptionsValidator.ThrowIfInvalid(options));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", options.ToString(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
