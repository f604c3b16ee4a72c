using NodaTime;
using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>What to list of the sales orders (apiOrdersPublic): the e-commerce filters plus Datasul's <c>$filter</c>, print dates and total count.</summary>
public sealed record OrderListOptions : EcommerceListOptions
{
    /// <summary>Datasul's <c>$filter</c> (e.g. <c>ShortName eq 'JOAO' and OrderSituation eq 1</c>).</summary>
    public string? Filter { get; init; }

    /// <summary>Orders printed on or after this day (<c>printDateFirst</c>).</summary>
    public LocalDate? PrintedFrom { get; init; }

    /// <summary>Orders printed on or before this day (<c>printDateLast</c>).</summary>
    public LocalDate? PrintedTo { get; init; }

    /// <summary>Ask the server for the total count (<c>totalCount=true</c>), returned in <see cref="Page{T}.TotalCount"/>.</summary>
    public bool IncludeTotalCount { get; init; }

    internal override void AppendQuery(QueryStringBuilder query) => query
        .Add("$filter", Filter)
        .Add("printDateFirst", PrintedFrom is { } from ? LocalDatePattern.Iso.Format(from) : null)
        .Add("printDateLast", PrintedTo is { } to ? LocalDatePattern.Iso.Format(to) : null)
        .Add("totalCount", IncludeTotalCount ? "true" : null);
}
