using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>A VTEX brand (<c>/api/catalog/pvt/brand</c>): every product needs one, and Datasul's catalog has none to give.</summary>
public sealed record VtexBrand
{
    /// <summary>The brand id (VTEX requires it on creation).</summary>
    [JsonPropertyName("Id")]
    public required int Id { get; init; }

    /// <summary>The brand's name.</summary>
    [JsonPropertyName("Name")]
    public required string Name { get; init; }

    /// <summary>Whether the brand is active.</summary>
    [JsonPropertyName("Active")]
    public bool Active { get; init; } = true;

    /// <summary>Prints the record's keys only (the convention for records with a <c>Name</c>).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Active = ").Append(Active);
        return true;
    }
}
