namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>The product map: one row per item, keyed by the item code in upper case (codes compare ignoring case).</summary>
public abstract partial class RelationalSyncStore
{
    /// <inheritdoc />
    public async Task<Versioned<ProductMapping>?> FindAsync(string itemCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemCode);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = Sql.Command(connection, null,
            $"SELECT item_code, partner_product_type, packaging, version FROM {Table("product_map")} WHERE item_key = @key", ("key", KeyOf(itemCode)));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new Versioned<ProductMapping>(new ProductMapping(reader.GetString(0), reader.GetString(1), reader.GetString(2)), reader.GetInt64(3))
            : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProductMapping>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = Sql.Command(connection, null, $"SELECT item_code, partner_product_type, packaging FROM {Table("product_map")} ORDER BY item_key");
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var mappings = new List<ProductMapping>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            mappings.Add(new ProductMapping(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return mappings;
    }

    /// <inheritdoc />
    public async Task<long> SaveAsync(ProductMapping mapping, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        (string, object?)[] values =
        [
            ("key", KeyOf(mapping.ItemCode)), ("code", mapping.ItemCode), ("type", mapping.PartnerProductType), ("packaging", mapping.Packaging),
            ("now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), ("expected", expectedVersion),
        ];
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var changed = expectedVersion == 0
            ? await Sql.ExecuteAsync(connection, null,
                $"INSERT INTO {Table("product_map")} (item_key, item_code, version, partner_product_type, packaging, updated_at) " +
                "VALUES (@key, @code, 1, @type, @packaging, @now) ON CONFLICT (item_key) DO NOTHING", cancellationToken, values).ConfigureAwait(false)
            : await Sql.ExecuteAsync(connection, null,
                $"UPDATE {Table("product_map")} SET item_code = @code, partner_product_type = @type, packaging = @packaging, updated_at = @now, " +
                "version = version + 1 WHERE item_key = @key AND version = @expected", cancellationToken, values).ConfigureAwait(false);
        return changed == 1 ? expectedVersion + 1 : throw new SyncConflictException(mapping.ItemCode, expectedVersion);
    }

    private static string KeyOf(string itemCode) => itemCode.ToUpperInvariant();
}
