namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A store of the Central de Configurações E-commerce, with what is linked to it.</summary>
internal sealed class StoreRecord(string code)
{
    public string Code { get; } = code;

    /// <summary>Codes of the families linked to the store (only these are published).</summary>
    public SortedSet<string> FamilyCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Codes of the items selected for the store.</summary>
    public HashSet<string> ItemCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Codes of the price tables linked to the store.</summary>
    public SortedSet<string> PriceTableCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Deposits linked to the store, as <c>branchId/warehouseCode</c>.</summary>
    public HashSet<string> Deposits { get; } = new(StringComparer.Ordinal);
}
