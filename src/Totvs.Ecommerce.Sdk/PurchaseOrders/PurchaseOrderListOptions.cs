using NodaTime;
using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.PurchaseOrders;

/// <summary>
/// Which purchase orders to list: a period of order dates (both days included), a vendor. The query names
/// (<c>orderDateFirst</c>, <c>orderDateLast</c>, <c>vendorId</c>) are the SDK's: TOTVS does not document the list's filters.
/// </summary>
public sealed record PurchaseOrderListOptions : EcommerceListOptions
{
    /// <summary>The first order date to list, included.</summary>
    public LocalDate? OrderedFrom { get; init; }

    /// <summary>The last order date to list, included.</summary>
    public LocalDate? OrderedTo { get; init; }

    /// <summary>Only this vendor's orders (its ERP code).</summary>
    public long? VendorId { get; init; }

    internal override void AppendQuery(QueryStringBuilder query)
    {
        if (OrderedFrom is { } from && OrderedTo is { } to && from > to)
        {
            throw new ArgumentException($"OrderedFrom ({LocalDatePattern.Iso.Format(from)}) is after OrderedTo ({LocalDatePattern.Iso.Format(to)}): give the period's first day first.");
        }

        query
            .Add("orderDateFirst", OrderedFrom is { } first ? LocalDatePattern.Iso.Format(first) : null)
            .Add("orderDateLast", OrderedTo is { } last ? LocalDatePattern.Iso.Format(last) : null)
            .Add("vendorId", VendorId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
