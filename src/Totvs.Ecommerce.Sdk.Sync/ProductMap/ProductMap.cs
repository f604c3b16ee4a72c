using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Products;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The map between ERP items and a partner's products (seed 000: "on first imports, map each ERP product to
/// the partner's product type and packaging; validate the map against the ERP"), kept in a store so that it survives
/// restarts and is shared by replicas.
/// </summary>
public sealed class ProductMap
{
    private readonly IProductMapStore store;

    /// <summary>Creates the map over a store.</summary>
    /// <param name="store">Where the mappings live: the SQLite or PostgreSQL store in production, <see cref="InMemorySyncStore"/> in tests.</param>
    public ProductMap(IProductMapStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
    }

    /// <summary>Every mapping, by item code.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The mappings.</returns>
    public Task<IReadOnlyList<ProductMapping>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    /// <summary>Adds or replaces the mapping of an item.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the mapping is stored.</returns>
    /// <exception cref="ArgumentException">A field is blank.</exception>
    /// <exception cref="SyncConflictException">Another replica changed the item's mapping at the same moment; read it and decide.</exception>
    public async Task MapAsync(ProductMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping.ItemCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping.PartnerProductType);
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping.Packaging);
        var current = await store.FindAsync(mapping.ItemCode, cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(mapping, current?.Version ?? 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The mapping of an item (ignoring case), or <see langword="null"/> when it is not mapped yet.</summary>
    /// <param name="itemCode">The ERP item code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The mapping.</returns>
    public async Task<ProductMapping?> FindAsync(string itemCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemCode);
        return (await store.FindAsync(itemCode, cancellationToken).ConfigureAwait(false))?.Value;
    }

    /// <summary>
    /// Checks the map against the items the ERP publishes: every published item must be mapped, and every
    /// mapping must name an item the ERP knows.
    /// </summary>
    /// <param name="erpItemCodes">The item codes the ERP publishes (e.g. from <c>client.Products.ListAllAsync</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every problem, item by item; empty when the map is complete and sound.</returns>
    public async Task<IReadOnlyList<RecordProblem>> ValidateAsync(IEnumerable<string> erpItemCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(erpItemCodes);
        var erp = erpItemCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mapped = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Select(m => m.ItemCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = erp.Where(code => !mapped.Contains(code)).Order(StringComparer.Ordinal)
            .Select(code => new RecordProblem(code, $"ERP item {code} has no partner product: map it to a product type and packaging."))
            .ToList();
        problems.AddRange(mapped.Where(code => !erp.Contains(code)).Order(StringComparer.Ordinal)
            .Select(code => new RecordProblem(code, $"Mapped item {code} is not published by the ERP: fix the code or link the item to the store.")));
        return problems;
    }

    /// <summary>
    /// Checks every mapping against the ERP's item register (CD0204), not only the items published to a store: the raw
    /// materials a partner buys are registered but published nowhere. Read-only; one request per mapping.
    /// </summary>
    /// <param name="products">The client's products (<c>client.Products</c>), whose <see cref="ProductsClient.FindInRegisterAsync"/> is asked.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Every mapping whose item code is malformed or not in the register, item by item; empty when all are.</returns>
    /// <exception cref="TotvsApiException">The ERP failed or refused: the map is not reported valid or invalid on a failure.</exception>
    public async Task<IReadOnlyList<RecordProblem>> ValidateInRegisterAsync(ProductsClient products, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(products);
        var problems = new List<RecordProblem>();
        foreach (var mapping in (await store.ListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(m => m.ItemCode, StringComparer.Ordinal))
        {
            if (!ItemCode.TryParse(mapping.ItemCode, out var code, out var error))
            {
                problems.Add(new RecordProblem(mapping.ItemCode, $"Mapped item '{mapping.ItemCode}' is not an item code: {error}"));
            }
            else if (await products.FindInRegisterAsync(code, cancellationToken).ConfigureAwait(false) is null)
            {
                problems.Add(new RecordProblem(mapping.ItemCode, $"Mapped item {mapping.ItemCode} is not in the ERP's item register: fix the code, or register the item in CD0204."));
            }
        }

        return problems;
    }
}
