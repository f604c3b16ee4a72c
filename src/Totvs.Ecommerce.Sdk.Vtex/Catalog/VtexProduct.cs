using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>A VTEX catalog product (<c>/api/catalog/pvt/product</c>): a Datasul item, whose SKUs are its references.</summary>
public sealed record VtexProduct
{
    /// <summary>The product id; VTEX gives one when it is not sent on creation.</summary>
    [JsonPropertyName("Id")]
    public int? Id { get; init; }

    /// <summary>The name shown in the store.</summary>
    [JsonPropertyName("Name")]
    public required string Name { get; init; }

    /// <summary>The category.</summary>
    [JsonPropertyName("CategoryId")]
    public int? CategoryId { get; init; }

    /// <summary>The brand.</summary>
    [JsonPropertyName("BrandId")]
    public int? BrandId { get; init; }

    /// <summary>The product's own code, unique in the account: the Datasul item code.</summary>
    [JsonPropertyName("RefId")]
    public string? RefId { get; init; }

    /// <summary>The page's slug.</summary>
    [JsonPropertyName("LinkId")]
    public string? LinkId { get; init; }

    /// <summary>The description.</summary>
    [JsonPropertyName("Description")]
    public string? Description { get; init; }

    /// <summary>The page's title tag.</summary>
    [JsonPropertyName("Title")]
    public string? Title { get; init; }

    /// <summary>Whether the product shows in the store.</summary>
    [JsonPropertyName("IsVisible")]
    public bool IsVisible { get; init; } = true;

    /// <summary>Whether the product is active (sellable once it has an active SKU).</summary>
    [JsonPropertyName("IsActive")]
    public bool IsActive { get; init; } = true;

    /// <summary>Whether the product shows when out of stock.</summary>
    [JsonPropertyName("ShowWithoutStock")]
    public bool ShowWithoutStock { get; init; } = true;

    /// <summary>The product's tax code (NCM, for Brazilian stores).</summary>
    [JsonPropertyName("TaxCode")]
    public string? TaxCode { get; init; }

    /// <summary>Prints the record's keys only: the convention for records with a <c>Name</c> (some records' names are people's).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", RefId = ").Append(RefId).Append(", CategoryId = ").Append(CategoryId).Append(", IsActive = ").Append(IsActive);
        return true;
    }
}
