using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Families;

/// <summary>
/// A family (família comercial, <c>cod-familia-comerc</c>) that Datasul publishes to the store as a category.
/// Only families linked to the store are published.
/// </summary>
public sealed record Family
{
    /// <summary>The family code (<c>categoryParentCode</c>). Empty only when left out with <c>Fields</c>.</summary>
    [JsonPropertyName(FamilyFields.Code)]
    public string Code { get; set; } = string.Empty;

    /// <summary>The ERP's description of the family (<c>categoryErpDesc</c>).</summary>
    [JsonPropertyName(FamilyFields.Description)]
    public string? Description { get; set; }

    /// <summary>Whether the family is active for the store (<c>isActive</c>); <see langword="null"/> when not sent.</summary>
    [JsonPropertyName(FamilyFields.IsActive)]
    public bool? IsActive { get; set; }

    /// <summary>When the family last changed in the ERP (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(FamilyFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }
}
