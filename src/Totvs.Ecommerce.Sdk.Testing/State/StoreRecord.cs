namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A store of the Central de Configurações E-commerce, with what is linked to it.</summary>
internal sealed class StoreRecord(string code)
{
    public string Code { get; } = code;

    /// <summary>Codes of the families linked to the store (only these are published).</summary>
    public SortedSet<string> FamilyCodes { get; } = new(StringComparer.Ordinal);
}
