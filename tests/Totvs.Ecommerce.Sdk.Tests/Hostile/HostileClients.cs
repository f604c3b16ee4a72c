using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Totvs.Ecommerce.Sdk.Tests.Hostile;

/// <summary>SDK clients pointed at a hostile server: the plain constructor, or DI with the SDK's whole pipeline.</summary>
public static class HostileClients
{
    public static TotvsEcommerceOptions Options(Uri baseAddress, Action<TotvsEcommerceOptions>? configure = null)
    {
        var options = new TotvsEcommerceOptions
        {
            BaseAddress = baseAddress,
            Authentication = new TotvsAuthenticationOptions { Username = "integration", Password = "s3cr3t-Pa55" },
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>The plain constructor over an <see cref="HttpClient"/> set up as documented (no redirects).</summary>
    public static TotvsEcommerceClient Plain(Uri baseAddress, TimeProvider? time = null, Action<TotvsEcommerceOptions>? configure = null) =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), Options(baseAddress, configure), time);

    /// <summary>The DI registration: the SDK's primary handler, resilience pipeline and body handler.</summary>
    public static (TotvsEcommerceClient Client, ServiceProvider Provider) WithDi(
        Uri baseAddress, TimeProvider time, Action<TotvsEcommerceOptions>? configure = null, Action<HttpStandardResilienceOptions>? resilience = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddTotvsEcommerce(o =>
        {
            var options = Options(baseAddress, configure);
            o.BaseAddress = options.BaseAddress;
            o.Authentication = options.Authentication;
            o.MaxResponseBodyBytes = options.MaxResponseBodyBytes;
            o.ResponseReadTimeout = options.ResponseReadTimeout;
            o.Resilience.CreationAttempts = options.Resilience.CreationAttempts;
        });
        services.ConfigureTotvsEcommerceResilience(o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
            resilience?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<TotvsEcommerceClient>(), provider);
    }
}
