namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>The business model of a store: selling to consumers or to companies.</summary>
public enum BusinessModel
{
    /// <summary>Business to consumer.</summary>
    B2C = 0,

    /// <summary>Business to business: only the customers linked to the store buy there.</summary>
    B2B = 1,
}
