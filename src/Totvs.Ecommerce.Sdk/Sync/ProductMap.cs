namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The map between ERP items and a partner's products (seed 000: "on first imports, map each ERP product to
/// the partner's product type and packaging; validate the map against the ERP"). Not thread-safe.
/// </summary>
public sealed class ProductMap
{
    private readonly Dictionary<string, ProductMapping> mappings = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every mapping.</summary>
    public IReadOnlyCollection<ProductMapping> Mappings => mappings.Values;

    /// <summary>Adds or replaces the mapping of an item.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <exception cref="ArgumentException">A field is blank.</exception>
    public void Map(ProductMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping.ItemCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping.PartnerProductType);
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping.Packaging);
        mappings[mapping.ItemCode] = mapping;
    }

    /// <summary>The mapping of an item, or <see langword="null"/> when it is not mapped yet.</summary>
    /// <param name="itemCode">The ERP item code.</param>
    /// <returns>The mapping.</returns>
    public ProductMapping? Find(string itemCode) => mappings.GetValueOrDefault(itemCode);

    /// <summary>
    /// Checks the map against the items the ERP publishes: every published item must be mapped, and every
    /// mapping must name an item the ERP knows.
    /// </summary>
    /// <param name="erpItemCodes">The item codes the ERP publishes (e.g. from <c>client.Products.ListAllAsync</c>).</param>
    /// <returns>Every problem, item by item; empty when the map is complete and sound.</returns>
    public IReadOnlyList<RecordProblem> Validate(IEnumerable<string> erpItemCodes)
    {
        ArgumentNullException.ThrowIfNull(erpItemCodes);
        var erp = erpItemCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = erp.Where(code => !mappings.ContainsKey(code)).Order(StringComparer.Ordinal)
            .Select(code => new RecordProblem(code, $"ERP item {code} has no partner product: map it to a product type and packaging."))
            .ToList();
        problems.AddRange(mappings.Keys.Where(code => !erp.Contains(code)).Order(StringComparer.Ordinal)
            .Select(code => new RecordProblem(code, $"Mapped item {code} is not published by the ERP: fix the code or link the item to the store.")));
        return problems;
    }
}
