using System.Net;
using Polly;
using Polly.Retry;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>The SDK's predicates, public for an application's own pipeline: what is transient, what may be sent again.</summary>
public sealed class ResiliencePredicatesTests
{
    [Theory]
    [InlineData("GET", 503, true)]
    [InlineData("GET", 429, true)]
    [InlineData("GET", 404, false)]
    [InlineData("POST", 503, false)] // an order is never sent twice blindly
    [InlineData("PUT", 502, true)]
    public async Task A_transient_failure_of_a_repeatable_request_is_retried_and_nothing_else(string method, int status, bool retried)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://erp.example/pdp/v1/ordersPublic");
        using var response = new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request };
        var context = ResilienceContextPool.Shared.Get();

        var retry = await TotvsResiliencePredicates.ShouldRetry(new RetryPredicateArguments<HttpResponseMessage>(context, Outcome.FromResult(response), 0));

        Assert.Equal(retried, retry);
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void A_connection_failure_is_transient_and_a_business_rejection_is_not()
    {
        Assert.True(TotvsResiliencePredicates.IsTransient(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset"))));
        Assert.False(TotvsResiliencePredicates.IsTransient(Outcome.FromException<HttpResponseMessage>(
            new TotvsBusinessRuleException("57382", 500, new TotvsError("57382", "x", null, null, []), "POST", "o"))));
        Assert.False(TotvsResiliencePredicates.IsRepeatable(new HttpRequestMessage(HttpMethod.Post, "https://erp.example/o")));
    }
}
