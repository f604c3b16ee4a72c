using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>
/// A root with its SKUs in Root/SKU mode (apiProductRootSkuPublic, store parameter "Empresa utiliza o
/// conceito de ROOT x SKU"): each SKU is an item distinguished by its grid values (size, colour, …).
/// </summary>
public sealed record RootSku
{
    /// <summary>The root code (<c>rootCode</c>).</summary>
    [JsonPropertyName(RootSkuFields.RootCode)]
    public string RootCode { get; set; } = string.Empty;

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName(RootSkuFields.Description)]
    public string? Description { get; set; }

    /// <summary>The family (category) of the root (<c>categoryParentCode</c>).</summary>
    [JsonPropertyName(RootSkuFields.FamilyCode)]
    public string? FamilyCode { get; set; }

    /// <summary>Whether the root is active for the store (<c>isActive</c>).</summary>
    [JsonPropertyName(RootSkuFields.IsActive)]
    public bool? IsActive { get; set; }

    /// <summary>When the root or one of its SKUs last changed in the ERP (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(RootSkuFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }

    /// <summary>The root's SKUs (<c>skus</c>).</summary>
    [JsonPropertyName(RootSkuFields.Skus)]
    public IReadOnlyList<RootSkuVariant> Skus { get; set; } = [];
}
