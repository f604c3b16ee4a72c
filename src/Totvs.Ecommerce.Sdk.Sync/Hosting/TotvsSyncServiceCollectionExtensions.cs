using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Sync;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the sync toolkit: its state store and hosted services.</summary>
public static class TotvsSyncServiceCollectionExtensions
{
    /// <summary>
    /// Registers one store as the connector's state: checkpoints, leases, the document ledger and the product map
    /// (<c>SqliteSyncStore</c>, <c>PostgreSqlSyncStore</c> or <see cref="InMemorySyncStore"/>), as a singleton for each of
    /// the four interfaces, and as <see cref="ISyncStatusReader"/> (for the status page) when it reads status.
    /// </summary>
    /// <typeparam name="TStore">The store's type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="store">The store.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddTotvsSyncStore<TStore>(this IServiceCollection services, TStore store)
        where TStore : class, ISyncCheckpointStore, ISyncLeaseStore, IDocumentLedgerStore, IProductMapStore
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);
        services.AddSingleton(store);
        services.AddSingleton<ISyncCheckpointStore>(store);
        services.AddSingleton<ISyncLeaseStore>(store);
        services.AddSingleton<IDocumentLedgerStore>(store);
        services.AddSingleton<IProductMapStore>(store);
        if (store is ISyncStatusReader reader)
        {
            services.AddSingleton(reader); // the status page's reads (Totvs.Ecommerce.Sdk.AspNetCore)
        }

        return services;
    }

    /// <summary>
    /// Registers a <see cref="DocumentReprocessingService"/> for one kind of document, over the <see cref="IDocumentLedgerStore"/>
    /// registered in the container (<see cref="AddTotvsSyncStore{TStore}"/>). Call once per kind.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="kind">The kind of document, as the ledger names it (e.g. <c>orders</c>).</param>
    /// <param name="send">Sends a document by its key, with the application's services.</param>
    /// <param name="configure">Sets the interval, batch size, schedule and progress callback.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddTotvsDocumentReprocessing(
        this IServiceCollection services, string kind, Func<IServiceProvider, string, CancellationToken, Task> send, Action<DocumentReprocessingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(send);
        var options = new DocumentReprocessingOptions();
        configure?.Invoke(options);
        services.AddSingleton<IHostedService>(provider => new DocumentReprocessingService(
            new DocumentSyncLedger(provider.GetRequiredService<IDocumentLedgerStore>(), kind, options.Ledger),
            (key, ct) => send(provider, key, ct),
            options,
            provider.GetService<ILogger<DocumentReprocessingService>>()));
        return services;
    }
}
