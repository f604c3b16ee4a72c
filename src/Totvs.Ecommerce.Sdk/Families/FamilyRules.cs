using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Families;

/// <summary>What the SDK checks on each family it receives.</summary>
internal static class FamilyRules
{
    public static RecordRules<Family> Instance { get; } = new(
        family => family.Code,
        (family, check) => check.Required(FamilyFields.Code, !string.IsNullOrWhiteSpace(family.Code)));
}
