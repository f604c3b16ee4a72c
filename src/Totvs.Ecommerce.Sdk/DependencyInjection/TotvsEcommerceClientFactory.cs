using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Totvs.Ecommerce.Sdk.DependencyInjection;

/// <summary>
/// Builds each named client once, on the named <see cref="HttpClient"/> the registration configured, with its options
/// from <see cref="IOptionsMonitor{TOptions}"/>: credentials follow configuration reloads; the other options are read
/// when the client is built (a change to them is logged as needing a restart).
/// </summary>
internal sealed class TotvsEcommerceClientFactory : ITotvsEcommerceClientFactory, IDisposable
{
    private readonly IServiceProvider services;
    private readonly TotvsClientRegistry registry;
    private readonly IOptionsMonitor<TotvsEcommerceOptions> monitor;
    private readonly ConcurrentDictionary<string, Lazy<TotvsEcommerceClient>> clients = new(StringComparer.Ordinal);
    private readonly IDisposable? changes;

    public TotvsEcommerceClientFactory(IServiceProvider services, TotvsClientRegistry registry, IOptionsMonitor<TotvsEcommerceOptions> monitor)
    {
        this.services = services;
        this.registry = registry;
        this.monitor = monitor;
        changes = monitor.OnChange(WarnIfRestartNeeded);
    }

    public IReadOnlyList<string> Names => registry.Names;

    public TotvsEcommerceClient GetClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registry.Contains(name))
        {
            var known = registry.Names.Count == 0 ? "none" : string.Join(", ", registry.Names.Select(n => n.Length == 0 ? "(unnamed)" : $"'{n}'"));
            throw new InvalidOperationException(
                $"No TOTVS e-commerce client is registered as '{name}' (registered: {known}). Register it with services.AddTotvsEcommerce(\"{name}\", …).");
        }

        return clients.GetOrAdd(name, n => new Lazy<TotvsEcommerceClient>(() => Create(n))).Value;
    }

    public void Dispose() => changes?.Dispose();

    private TotvsEcommerceClient Create(string name)
    {
        var http = services.GetRequiredService<IHttpClientFactory>();
        var httpClientName = TotvsClientRegistry.HttpClientNameOf(name);
        return new TotvsEcommerceClient(
            () => http.CreateClient(httpClientName),
            monitor.Get(name),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetService<ILoggerFactory>(),
            () => monitor.Get(name).Authentication,
            Diagnostics.TotvsMetrics.From(services.GetService<IMeterFactory>()));
    }

    private void WarnIfRestartNeeded(TotvsEcommerceOptions options, string? name)
    {
        name ??= Options.DefaultName;
        if (!clients.TryGetValue(name, out var built) || !built.IsValueCreated)
        {
            return;
        }

        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(Diagnostics.TotvsTelemetry.Name);
        if (logger is not null)
        {
            Diagnostics.TotvsLog.OptionsReloaded(logger, name.Length == 0 ? "(unnamed)" : name);
        }
    }
}
