using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>What to list of the customers (apiCustomerPublic).</summary>
public sealed record CustomerListOptions : EcommerceListOptions
{
    /// <summary>Datasul's <c>$filter</c> (e.g. <c>ShortName eq 'JOAO'</c>).</summary>
    public string? Filter { get; init; }

    /// <summary>Ask the server for the total count (<c>totalCount=true</c>).</summary>
    public bool IncludeTotalCount { get; init; }

    internal override void AppendQuery(QueryStringBuilder query) => query
        .Add("$filter", Filter)
        .Add("totalCount", IncludeTotalCount ? "true" : null);
}
