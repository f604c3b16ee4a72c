using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>How the connector's status page (<see cref="ConnectorStatusEndpointRouteBuilderExtensions.MapTotvsStatusPage"/>) shows and acts.</summary>
public sealed class ConnectorStatusOptions
{
    private readonly Dictionary<string, Func<IServiceProvider, string, CancellationToken, Task>> senders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Portuguese, string English)> kindNames = new(StringComparer.Ordinal)
    {
        ["orders"] = ("Pedidos", "Orders"),
        ["invoices"] = ("Notas fiscais", "Invoices"),
        ["cancellations"] = ("Cancelamentos", "Cancellations"),
        ["customers"] = ("Clientes", "Customers"),
    };

    /// <summary>The connector's name in the page's title ("Conector" by default).</summary>
    public string Title { get; set; } = "Conector";

    /// <summary>
    /// The page's language: <c>pt-BR</c> (the default) or <c>en</c>. A visitor switches with <c>?lang=en</c> or <c>?lang=pt-BR</c>.
    /// </summary>
    public string Language { get; set; } = "pt-BR";

    /// <summary>Documents per page of the list (50 by default, at most 500).</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>The zone dates are shown and filtered in: the ERP's, <c>America/Sao_Paulo</c>, by default.</summary>
    public DateTimeZone TimeZone { get; set; } = DateTimeZoneProviders.Tzdb[TotvsEcommerceOptions.DefaultServerTimeZone];

    /// <summary>The clock ("now" for the chart's last 24 hours and the actions); <see cref="TimeProvider.System"/> by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Which registered health checks the page runs for "the health of the ERP connection"; all of them by default.</summary>
    public Func<HealthCheckRegistration, bool>? HealthChecks { get; set; }

    /// <summary>How long a health report is reused before the checks run again (30 seconds by default), so that a page view does not probe Datasul each time.</summary>
    public TimeSpan HealthCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>This process's holder name and the schedule, used by "sync again" and "give up" (their clock is <see cref="TimeProvider"/>).</summary>
    public DocumentLedgerOptions Ledger { get; set; } = new();

    /// <summary>
    /// Makes "sync again" send documents of a kind at once (the operator sees the outcome on the next page) instead of
    /// only making them due for the connector's next run.
    /// </summary>
    /// <param name="kind">The kind of document (e.g. <c>orders</c>).</param>
    /// <param name="send">Sends a document by its key, with the application's services (the same function the connector's loop uses).</param>
    /// <returns>These options.</returns>
    public ConnectorStatusOptions SendWith(string kind, Func<IServiceProvider, string, CancellationToken, Task> send)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(send);
        senders[kind] = send;
        return this;
    }

    /// <summary>
    /// Names a kind of document on the page, in Portuguese and English (the ledger's key, e.g. <c>vendas</c>, is shown
    /// otherwise). The SDK's own kinds — <c>orders</c>, <c>invoices</c>, <c>cancellations</c>, <c>customers</c> — are
    /// named already.
    /// </summary>
    /// <param name="kind">The ledger's kind.</param>
    /// <param name="portuguese">Its name on a Portuguese page.</param>
    /// <param name="english">Its name on an English page.</param>
    /// <returns>These options, to chain.</returns>
    public ConnectorStatusOptions NameKind(string kind, string portuguese, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(portuguese);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        kindNames[kind] = (portuguese, english);
        return this;
    }

    /// <summary>A kind's name in a language: Portuguese for <c>pt</c>, English otherwise; the kind itself when unnamed.</summary>
    internal string KindName(string kind, bool portuguese) =>
        kindNames.TryGetValue(kind, out var names) ? (portuguese ? names.Portuguese : names.English) : kind;

    /// <summary>The sender of a kind, if one was given.</summary>
    internal Func<IServiceProvider, string, CancellationToken, Task>? SenderOf(string kind) => senders.GetValueOrDefault(kind);

    /// <summary>Checks the options.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSize, 1, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PageSize, 500, nameof(PageSize));
        ArgumentNullException.ThrowIfNull(TimeZone, nameof(TimeZone));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ArgumentNullException.ThrowIfNull(Ledger, nameof(Ledger));
        ArgumentException.ThrowIfNullOrWhiteSpace(Title, nameof(Title));
    }
}
