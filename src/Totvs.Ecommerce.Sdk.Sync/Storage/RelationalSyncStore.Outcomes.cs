using System.Globalization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>Outcomes per hour: one row per kind and hour, counted up by each send, kept for <see cref="IDocumentOutcomeLog.RetainedDays"/> days.</summary>
public abstract partial class RelationalSyncStore
{
    /// <summary>The last hour this instance pruned the outcome counts in (once an hour is enough).</summary>
    private long prunedHour = long.MinValue;

    /// <inheritdoc />
    public async Task CountOutcomeAsync(string kind, bool synced, Instant at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var outcomes = Table("document_outcomes");
        var hour = HourlyOutcomes.HourOf(at).ToUnixTimeMilliseconds();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null,
            $"INSERT INTO {outcomes} (kind, hour, synced, problems) VALUES (@kind, @hour, @synced, @problems) " +
            $"ON CONFLICT (kind, hour) DO UPDATE SET synced = {outcomes}.synced + excluded.synced, problems = {outcomes}.problems + excluded.problems",
            cancellationToken, ("kind", kind), ("hour", hour), ("synced", synced ? 1L : 0L), ("problems", synced ? 0L : 1L)).ConfigureAwait(false);
        if (Interlocked.Exchange(ref prunedHour, hour) != hour)
        {
            await Sql.ExecuteAsync(connection, null, $"DELETE FROM {outcomes} WHERE hour < @from", cancellationToken,
                ("from", HourlyOutcomes.RetainedFrom(at).ToUnixTimeMilliseconds())).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentHourlyOutcomes>> CountOutcomesByHourAsync(Instant from, Instant to, string? kind, CancellationToken cancellationToken)
    {
        var hours = new List<DocumentHourlyOutcomes>();
        await ReadRowsAsync(
            $"SELECT hour, SUM(synced), SUM(problems) FROM {Table("document_outcomes")} WHERE hour >= @from AND hour < @to " +
            $"{(kind is null ? string.Empty : "AND kind = @kind")} GROUP BY hour ORDER BY hour",
            reader => hours.Add(new DocumentHourlyOutcomes(
                Instant.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)),
                Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture))),
            cancellationToken, ("from", HourlyOutcomes.HourOf(from).ToUnixTimeMilliseconds()), ("to", to.ToUnixTimeMilliseconds()), ("kind", kind)).ConfigureAwait(false);
        return hours;
    }
}
