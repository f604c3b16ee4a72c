using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>Everything one view of the status page shows, read before anything is written.</summary>
internal sealed record StatusPageModel
{
    public required StatusPageText Text { get; init; }

    public required ConnectorStatusOptions Options { get; init; }

    /// <summary>The page's own address (path base and pattern), which links and forms point at.</summary>
    public required string BasePath { get; init; }

    public required StatusPageQuery Query { get; init; }

    public required Instant Now { get; init; }

    public required (HealthReport Report, Instant At)? Health { get; init; }

    public required IReadOnlyList<NamedCheckpoint> Pulls { get; init; }

    public required IReadOnlyList<DocumentStateCount> Counts { get; init; }

    /// <summary>The last 24 hours, oldest first, each hour present (zero when nothing happened).</summary>
    public required IReadOnlyList<DocumentHourlyOutcomes> Hours { get; init; }

    public required DocumentPage Documents { get; init; }

    /// <summary>The anti-forgery form field's name and value for the page's actions.</summary>
    public required (string Name, string Value) Antiforgery { get; init; }

    /// <summary>What the last action did, already in words.</summary>
    public string? Notice { get; init; }

    /// <summary>Reads the model.</summary>
    public static async Task<StatusPageModel> ReadAsync(
        ISyncStatusReader reader, StatusPageHealth health, ConnectorStatusOptions options, StatusPageQuery query, string basePath,
        (string Name, string Value) antiforgery, string? notice, CancellationToken cancellationToken)
    {
        var now = Instant.FromDateTimeOffset(options.TimeProvider.GetUtcNow());
        var lastHour = Instant.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds() / 3_600_000 * 3_600_000);
        var firstHour = lastHour - Duration.FromHours(23);
        var documents = await reader.QueryDocumentsAsync(query.ToDocumentQuery(options.TimeZone, options.PageSize), cancellationToken).ConfigureAwait(false);
        var counts = await reader.CountDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = await reader.CountOutcomesByHourAsync(firstHour, lastHour + Duration.FromHours(1), query.Kind, cancellationToken).ConfigureAwait(false);
        var pulls = await reader.ListCheckpointsAsync(cancellationToken).ConfigureAwait(false);
        var report = await health.GetAsync(cancellationToken).ConfigureAwait(false);
        var byHour = outcomes.ToDictionary(h => h.Hour);
        var hours = Enumerable.Range(0, 24).Select(i => firstHour + Duration.FromHours(i))
            .Select(hour => byHour.GetValueOrDefault(hour) ?? new DocumentHourlyOutcomes(hour, 0, 0)).ToList();
        return new StatusPageModel
        {
            Text = StatusPageText.For(query.Language ?? options.Language),
            Options = options,
            BasePath = basePath,
            Query = query,
            Now = now,
            Health = report,
            Pulls = pulls,
            Counts = counts,
            Hours = hours,
            Documents = documents,
            Antiforgery = antiforgery,
            Notice = notice,
        };
    }

    /// <summary>An instant in the page's zone, in the page's language.</summary>
    /// <summary>A kind's name in the page's language (<see cref="ConnectorStatusOptions.NameKind"/>).</summary>
    public string KindName(string kind) => Options.KindName(kind, Text.Language.StartsWith("pt", StringComparison.Ordinal));

    public string Local(Instant instant) => Text.DateTime(instant.InZone(Options.TimeZone).LocalDateTime);
}
