using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>What the SDK checks on each root it receives.</summary>
internal static class RootSkuRules
{
    public static RecordRules<RootSku> Instance { get; } = new(
        root => string.IsNullOrEmpty(root.RootCode) ? null : root.RootCode,
        (root, check) =>
        {
            check.Required(RootSkuFields.RootCode, !string.IsNullOrWhiteSpace(root.RootCode));
            if (root.Skus is null)
            {
                check.Add(new RecordProblem(RootSkuFields.Skus, "skus is null; a root lists its SKUs (an empty list when it has none)."));
                return;
            }

            for (var i = 0; i < root.Skus.Count; i++)
            {
                if (root.Skus[i] is null || root.Skus[i].ItemCode.IsEmpty)
                {
                    check.Add(new RecordProblem($"skus[{i}].itemCode", "itemCode is required for every SKU of a root."));
                }
            }
        });
}
