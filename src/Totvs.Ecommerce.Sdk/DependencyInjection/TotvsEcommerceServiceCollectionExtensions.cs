using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the TOTVS Datasul e-commerce client.</summary>
public static class TotvsEcommerceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TotvsEcommerceClient"/> as a singleton on a named <see cref="HttpClient"/>
    /// (<see cref="TotvsEcommerceClient.HttpClientName"/>) with the standard resilience handler and the
    /// SDK's rules: 408, 429 (honouring <c>Retry-After</c>), 502–504, a 500 without a business error body
    /// and connection failures are retried for requests that are safe to repeat; business rejections never are.
    /// Options are validated when the application starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddTotvsEcommerce(this IServiceCollection services, Action<TotvsEcommerceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TotvsEcommerceOptions>().Configure(configure).ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="TotvsEcommerceClient"/> with options bound from configuration (by convention the
    /// section <c>Totvs:Ecommerce</c>); see <see cref="AddTotvsEcommerce(IServiceCollection, Action{TotvsEcommerceOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options (BaseAddress, Authentication, Routes, …).</param>
    /// <returns>The HTTP client builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddTotvsEcommerce(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TotvsEcommerceOptions>().Bind(configuration).ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>
    /// Changes the standard resilience handler of the SDK's client: time-outs, retry count and delays,
    /// circuit breaker. The SDK's predicates (what is transient, what may be retried) are kept unless you
    /// replace <c>ShouldHandle</c> yourself.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options, after the SDK's defaults.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection ConfigureTotvsEcommerceResilience(this IServiceCollection services, Action<HttpStandardResilienceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(ResiliencePipelineName, configure);
        return services;
    }

    /// <summary>The name of the standard resilience pipeline (and of its options) on the SDK's client.</summary>
    private const string ResiliencePipelineName = TotvsEcommerceClient.HttpClientName + "-standard";

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TotvsEcommerceOptions>, TotvsEcommerceOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new TotvsEcommerceClient(
                () => factory.CreateClient(TotvsEcommerceClient.HttpClientName),
                provider.GetRequiredService<IOptions<TotvsEcommerceOptions>>().Value,
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                provider.GetService<Microsoft.Extensions.Logging.ILoggerFactory>());
        });

        // The resilience handler's total time-out governs; HttpClient's own 100-second default would cut retries short.
        var builder = services.AddHttpClient(TotvsEcommerceClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);

        // Redirects off: a request body (an order with a CPF) or a credential never goes to another address.
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.AddStandardResilienceHandler(TotvsResilience.ConfigureStandardHandler);

        // Innermost: every body read whole under the size cap and the read timeout, inside each attempt's time-out.
        builder.AddHttpMessageHandler(provider => new TotvsBodyHandler(BodyLimits.From(
            provider.GetRequiredService<IOptions<TotvsEcommerceOptions>>().Value, provider.GetService<TimeProvider>() ?? TimeProvider.System)));
        return builder;
    }
}
