namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Keeps the product map (<see cref="ProductMap"/>) with a version per item. Item codes are compared ignoring case.
/// Implementations: <see cref="InMemorySyncStore"/> and the SQLite and PostgreSQL packages.
/// </summary>
public interface IProductMapStore
{
    /// <summary>Reads the mapping of an item.</summary>
    /// <param name="itemCode">The ERP item code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The mapping and its version, or <see langword="null"/> when the item is not mapped.</returns>
    Task<Versioned<ProductMapping>?> FindAsync(string itemCode, CancellationToken cancellationToken);

    /// <summary>Reads every mapping, by item code.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The mappings.</returns>
    Task<IReadOnlyList<ProductMapping>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Saves the mapping of an item if nobody saved it since <paramref name="expectedVersion"/>.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="expectedVersion">The version read (0 when the item was not mapped).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="SyncConflictException">Someone else saved the item's mapping since <paramref name="expectedVersion"/>.</exception>
    Task<long> SaveAsync(ProductMapping mapping, long expectedVersion, CancellationToken cancellationToken);
}
