namespace Totvs.Ecommerce.Sdk.Families;

/// <summary>What to list of the families published to the store.</summary>
public sealed record FamilyListOptions : EcommerceListOptions;
