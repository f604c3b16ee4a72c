using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Sync;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the sync toolkit's hosted services.</summary>
public static class TotvsSyncServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="DocumentReprocessingService"/> for one kind of document, over the <see cref="IDocumentLedgerStore"/>
    /// registered in the container (e.g. a <c>SqliteSyncStore</c> or <c>PostgreSqlSyncStore</c>). Call once per kind.
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
