using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>Leases: one row per job; a new holder raises the token, which fences the old one off.</summary>
public abstract partial class RelationalSyncStore
{
    /// <inheritdoc />
    public async Task<SyncLease?> TryAcquireAsync(string name, string holder, Instant now, Instant expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        var leases = Table("leases");
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var token = await Sql.ScalarAsync(connection, null,
            $"INSERT INTO {leases} (name, holder, token, expires_at) VALUES (@name, @holder, 1, @expires) " +
            $"ON CONFLICT (name) DO UPDATE SET holder = @holder, token = {leases}.token + 1, expires_at = @expires " +
            $"WHERE {leases}.expires_at <= @now OR {leases}.holder = @holder RETURNING token",
            cancellationToken, ("name", name), ("holder", holder), ("expires", expiresAt.ToUnixTimeMilliseconds()), ("now", now.ToUnixTimeMilliseconds()))
            .ConfigureAwait(false);
        return token is null or DBNull ? null : new SyncLease(name, holder, Convert.ToInt64(token, System.Globalization.CultureInfo.InvariantCulture), expiresAt);
    }

    /// <inheritdoc />
    public async Task<SyncLease?> RenewAsync(SyncLease lease, Instant expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var changed = await Sql.ExecuteAsync(connection, null,
            $"UPDATE {Table("leases")} SET expires_at = @expires WHERE name = @name AND holder = @holder AND token = @token",
            cancellationToken, ("name", lease.Name), ("holder", lease.Holder), ("token", lease.Token), ("expires", expiresAt.ToUnixTimeMilliseconds()))
            .ConfigureAwait(false);
        return changed == 1 ? lease with { ExpiresAt = expiresAt } : null;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(SyncLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null,
            $"UPDATE {Table("leases")} SET expires_at = @free WHERE name = @name AND holder = @holder AND token = @token",
            cancellationToken, ("name", lease.Name), ("holder", lease.Holder), ("token", lease.Token), ("free", long.MinValue)).ConfigureAwait(false);
    }
}
