using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// A SKU's specification by name (<c>PUT /api/catalog/pvt/stockkeepingunit/{skuId}/specificationvalue</c>): VTEX creates
/// the group, the specification and the value when they are new. A reference of a Datasul grid is the SKU's value of the
/// grid's specification (e.g. <c>Referência</c> = <c>M</c>), which the store shows as the variation to choose.
/// </summary>
public sealed record VtexSkuSpecification
{
    /// <summary>The specification's name (up to 100 characters).</summary>
    [JsonPropertyName("FieldName")]
    public required string FieldName { get; init; }

    /// <summary>The specification group's name.</summary>
    [JsonPropertyName("GroupName")]
    public required string GroupName { get; init; }

    /// <summary>Whether the specification is at the root level (VTEX's example sends <see langword="true"/>).</summary>
    [JsonPropertyName("RootLevelSpecification")]
    public bool RootLevelSpecification { get; init; } = true;

    /// <summary>The SKU's value (a SKU specification holds exactly one).</summary>
    [JsonPropertyName("FieldValues")]
    public required IReadOnlyList<string> FieldValues { get; init; }
}
