using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>A price with the table it belongs to.</summary>
internal sealed record PriceView(string PriceTable, PriceRecord Price)
{
    public string Key => $"{PriceTable}/{PriceRecord.KeyOf(Price.ItemCode, Price.ReferenceCode)}";
}
