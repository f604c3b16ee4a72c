using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.DependencyInjection;
using Totvs.Ecommerce.Sdk.Http;


namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TOTVS Datasul e-commerce clients: one unnamed, or several by name.</summary>
public static class TotvsEcommerceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the unnamed <see cref="TotvsEcommerceClient"/> as a singleton on its own <see cref="HttpClient"/> with the
    /// standard resilience handler and the SDK's rules: 408, 429 (honouring <c>Retry-After</c>), 502–504, a 500 without a
    /// business error body and connection failures are retried for requests that are safe to repeat; business rejections
    /// never are. Time-outs come from <see cref="TotvsEcommerceOptions.Resilience"/>. Options are validated when the
    /// application starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers or change the primary handler.</returns>
    /// <exception cref="InvalidOperationException">The unnamed client is already registered: name the second one.</exception>
    public static IHttpClientBuilder AddTotvsEcommerce(this IServiceCollection services, Action<TotvsEcommerceOptions> configure) =>
        services.AddTotvsEcommerce(Options.Options.DefaultName, configure);

    /// <summary>
    /// Registers the unnamed <see cref="TotvsEcommerceClient"/> with options bound from configuration (by convention the
    /// section <c>Totvs:Ecommerce</c>); credentials follow reloads of that configuration.
    /// See <see cref="AddTotvsEcommerce(IServiceCollection, Action{TotvsEcommerceOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options (BaseAddress, Authentication, Routes, Resilience, …).</param>
    /// <returns>The HTTP client builder, to add handlers or change the primary handler.</returns>
    /// <exception cref="InvalidOperationException">The unnamed client is already registered: name the second one.</exception>
    public static IHttpClientBuilder AddTotvsEcommerce(this IServiceCollection services, IConfiguration configuration) =>
        services.AddTotvsEcommerce(Options.Options.DefaultName, configuration);

    /// <summary>
    /// Registers a <see cref="TotvsEcommerceClient"/> under <paramref name="name"/>, for an application that talks to
    /// several Datasul servers: each name has its own options, credentials, resilience and <see cref="HttpClient"/>.
    /// Inject it with <c>[FromKeyedServices("name")] TotvsEcommerceClient</c>, or get it from
    /// <see cref="ITotvsEcommerceClientFactory"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, e.g. <c>"production"</c>; <see cref="string.Empty"/> is the unnamed client.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder of this name, to add handlers or change the primary handler.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="name"/> is already registered.</exception>
    public static IHttpClientBuilder AddTotvsEcommerce(this IServiceCollection services, string name, Action<TotvsEcommerceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = AddCore(services, name);
        services.AddOptions<TotvsEcommerceOptions>(name).Configure(configure).ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Registers a <see cref="TotvsEcommerceClient"/> under <paramref name="name"/> with options bound from configuration;
    /// a reload of that configuration with rotated credentials applies on the next call, without a restart.
    /// See <see cref="AddTotvsEcommerce(IServiceCollection, string, Action{TotvsEcommerceOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, e.g. <c>"homologation"</c>; <see cref="string.Empty"/> is the unnamed client.</param>
    /// <param name="configuration">The section holding the options (BaseAddress, Authentication, Routes, Resilience, …).</param>
    /// <returns>The HTTP client builder of this name, to add handlers or change the primary handler.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="name"/> is already registered.</exception>
    public static IHttpClientBuilder AddTotvsEcommerce(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = AddCore(services, name);
        services.AddOptions<TotvsEcommerceOptions>(name).Bind(configuration)
            .PostConfigure(options => options.UseErpConfiguration(
                ErpConfigurationReader.Read(configuration.GetSection(ErpConfigurationReader.SectionName)) ?? options.erpConfiguration))
            .Validate(_ => configuration[RenamedCreationAttempts] is null,
                $"{RenamedCreationAttempts} was renamed Resilience:CreationAttempts (it applies to orders and customers); move the setting there, or it is ignored.")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Changes the standard resilience handler of the unnamed client beyond <see cref="TotvsEcommerceOptions.Resilience"/>:
    /// rate limiter, jitter, back-off type, a predicate of your own. Runs after the SDK's settings, whatever the order
    /// of the calls; the SDK's predicates are kept unless you replace <c>ShouldHandle</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options, after the SDK's.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection ConfigureTotvsEcommerceResilience(this IServiceCollection services, Action<HttpStandardResilienceOptions> configure) =>
        services.ConfigureTotvsEcommerceResilience(Options.Options.DefaultName, configure);

    /// <summary>Changes the standard resilience handler of the client named <paramref name="name"/>; see the unnamed overload.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name; <see cref="string.Empty"/> for the unnamed client.</param>
    /// <param name="configure">Changes the options, after the SDK's.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection ConfigureTotvsEcommerceResilience(
        this IServiceCollection services, string name, Action<HttpStandardResilienceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.PostConfigure(PipelineNameOf(name), configure);
        return services;
    }

    /// <summary>The standard resilience pipeline (and its options' name) of a client's named HttpClient.</summary>
    /// <summary>A setting of 0.x that moved: bound from configuration, it would be ignored without a word.</summary>
    private const string RenamedCreationAttempts = "OrderCreationAttempts";

    private static string PipelineNameOf(string name) => TotvsClientRegistry.HttpClientNameOf(name) + "-standard";

    private static IHttpClientBuilder AddCore(IServiceCollection services, string name)
    {
        Registry(services).Add(name);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TotvsEcommerceOptions>, TotvsEcommerceOptionsValidator>());
        services.AddMetrics(); // the application's IMeterFactory: each container (and each test) has its own meter
        services.TryAddSingleton<TotvsEcommerceClientFactory>();
        services.TryAddSingleton<ITotvsEcommerceClientFactory>(provider => provider.GetRequiredService<TotvsEcommerceClientFactory>());
        services.AddKeyedSingleton(name, static (provider, key) => provider.GetRequiredService<ITotvsEcommerceClientFactory>().GetClient((string)key!));
        if (name.Length == 0)
        {
            services.TryAddSingleton(static provider => provider.GetRequiredService<ITotvsEcommerceClientFactory>().GetClient(Options.Options.DefaultName));
        }

        // The resilience handler's total time-out governs; HttpClient's own 100-second default would cut retries short.
        var builder = services.AddHttpClient(TotvsClientRegistry.HttpClientNameOf(name), client => client.Timeout = Timeout.InfiniteTimeSpan);

        // Redirects off: a request body (an order with a CPF) or a credential never goes to another address.
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.AddStandardResilienceHandler();
        services.AddOptions<HttpStandardResilienceOptions>(PipelineNameOf(name))
            .Configure<IOptionsMonitor<TotvsEcommerceOptions>>((resilience, monitor) =>
                TotvsResilience.ConfigureStandardHandler(resilience, ResilienceOf(monitor, name)));

        // Innermost: every body read whole under the size cap and the read timeout, inside each attempt's time-out.
        builder.AddHttpMessageHandler(provider => new TotvsBodyHandler(BodyLimits.From(
            provider.GetRequiredService<IOptionsMonitor<TotvsEcommerceOptions>>().Get(name), provider.GetService<TimeProvider>() ?? TimeProvider.System)));
        return builder;
    }

    /// <summary>
    /// The client's resilience settings; the defaults while its options are invalid, so start-up reports the broken
    /// options once (from their own validation) instead of twice.
    /// </summary>
    private static TotvsResilienceOptions ResilienceOf(IOptionsMonitor<TotvsEcommerceOptions> monitor, string name)
    {
        try
        {
            return monitor.Get(name).Resilience ?? new TotvsResilienceOptions();
        }
        catch (OptionsValidationException)
        {
            return new TotvsResilienceOptions();
        }
    }

    /// <summary>The registry of names of this service collection, added with the first client.</summary>
    private static TotvsClientRegistry Registry(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(TotvsClientRegistry) && descriptor.ImplementationInstance is TotvsClientRegistry existing)
            {
                return existing;
            }
        }

        var registry = new TotvsClientRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
