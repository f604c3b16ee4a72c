using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="VtexClient"/>.</summary>
public static class VtexServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the VTEX client sends with.</summary>
    public const string HttpClientName = "Totvs.Ecommerce.Sdk.Vtex";

    /// <summary>
    /// Registers a <see cref="VtexClient"/> singleton with options bound from configuration (by convention the section
    /// <c>Vtex</c>: <c>Account</c>, <c>AppKey</c>, <c>AppToken</c>), on an <see cref="HttpClient"/> with the standard
    /// resilience handler: a 429 or 503 (the request was not taken) is retried after VTEX's <c>Retry-After</c>, whatever
    /// the method; other server errors, time-outs and lost connections only for requests safe to repeat (GET, PUT, DELETE).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The HTTP client builder, to add handlers or change the primary handler (a fake VTEX in tests).</returns>
    public static IHttpClientBuilder AddVtexClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddVtexClient(options => configuration.Bind(options));
    }

    /// <summary>Registers a <see cref="VtexClient"/> with options set in code; see the configuration overload.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddVtexClient(this IServiceCollection services, Action<VtexClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<VtexClientOptions>().Configure(configure)
            .Validate(o => o.Problems().Count == 0, "Vtex options are incomplete: set Vtex:Account, Vtex:AppKey and Vtex:AppToken.")
            .ValidateOnStart();
        var builder = services.AddHttpClient(HttpClientName);
        builder.AddStandardResilienceHandler(options =>
        {
            options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context));
            options.Retry.ShouldRetryAfterHeader = true;
        });
        services.AddSingleton(provider => new VtexClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), provider.GetRequiredService<IOptions<VtexClientOptions>>().Value));
        return builder;
    }

    /// <summary>A 429 or 503 is retried for any method (VTEX did not take the request); other transient failures only when repeating is safe.</summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var status = (int?)outcome.Result?.StatusCode;
        if (status is 429 or 503)
        {
            return true;
        }

        var method = (outcome.Result?.RequestMessage ?? context.GetRequestMessage())?.Method;
        var repeatable = method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head;
        return repeatable && (outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException || status is 408 or >= 500);
    }
}
