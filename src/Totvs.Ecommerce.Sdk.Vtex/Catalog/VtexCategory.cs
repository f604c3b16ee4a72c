using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>A VTEX catalog category (<c>/api/catalog/pvt/category</c>): a Datasul família comercial in the store.</summary>
public sealed record VtexCategory
{
    /// <summary>The category id; VTEX gives one when it is not sent on creation.</summary>
    [JsonPropertyName("Id")]
    public int? Id { get; init; }

    /// <summary>The name shown in the store.</summary>
    [JsonPropertyName("Name")]
    public required string Name { get; init; }

    /// <summary>The parent category, for a subcategory; <see langword="null"/> for a department.</summary>
    [JsonPropertyName("FatherCategoryId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // VTEX requires it, null included
    public int? FatherCategoryId { get; init; }

    /// <summary>The page's title tag.</summary>
    [JsonPropertyName("Title")]
    public string Title { get; init; } = string.Empty;

    /// <summary>The page's meta description.</summary>
    [JsonPropertyName("Description")]
    public string Description { get; init; } = string.Empty;

    /// <summary>Other words for the category.</summary>
    [JsonPropertyName("Keywords")]
    public string Keywords { get; init; } = string.Empty;

    /// <summary>Whether the category page is available in the store.</summary>
    [JsonPropertyName("IsActive")]
    public bool IsActive { get; init; } = true;

    /// <summary>Whether the category shows in the store's menus.</summary>
    [JsonPropertyName("ShowInStoreFront")]
    public bool ShowInStoreFront { get; init; } = true;

    /// <summary>Whether the category's link is active.</summary>
    [JsonPropertyName("ActiveStoreFrontLink")]
    public bool ActiveStoreFrontLink { get; init; } = true;

    /// <summary>Whether the page offers a brand filter.</summary>
    [JsonPropertyName("ShowBrandFilter")]
    public bool ShowBrandFilter { get; init; } = true;

    /// <summary>The search score.</summary>
    [JsonPropertyName("Score")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // VTEX requires it, null included
    public int? Score { get; init; }

    /// <summary>How SKUs are chosen in the store: <c>SPECIFICATION</c> (the default) or <c>LIST</c>.</summary>
    [JsonPropertyName("StockKeepingUnitSelectionMode")]
    public string StockKeepingUnitSelectionMode { get; init; } = "SPECIFICATION";

    /// <summary>Google's global category id.</summary>
    [JsonPropertyName("GlobalCategoryId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // VTEX requires it, null included
    public int? GlobalCategoryId { get; init; }

    /// <summary>A legacy field VTEX still requires on creation (sent empty).</summary>
    [JsonPropertyName("AdWordsRemarketingCode")]
    public string AdWordsRemarketingCode { get; init; } = string.Empty;

    /// <summary>A legacy field VTEX still requires on creation (sent empty).</summary>
    [JsonPropertyName("LomadeeCampaignCode")]
    public string LomadeeCampaignCode { get; init; } = string.Empty;

    /// <summary>Prints the record's keys only: the convention for records with a <c>Name</c> (some records' names are people's).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Keywords = ").Append(Keywords).Append(", IsActive = ").Append(IsActive);
        return true;
    }
}
