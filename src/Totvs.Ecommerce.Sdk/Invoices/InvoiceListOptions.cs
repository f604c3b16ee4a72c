using NodaTime;
using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>What to list of the invoices: the e-commerce filters, plus direction and issue dates.</summary>
public sealed record InvoiceListOptions : EcommerceListOptions
{
    /// <summary>Only sales (<see cref="InvoiceDirection.Output"/>) or entries such as purchases (<see cref="InvoiceDirection.Input"/>); both when <see langword="null"/> (<c>direction</c>).</summary>
    public InvoiceDirection? Direction { get; init; }

    /// <summary>Invoices issued on or after this day (<c>issueDateFirst</c>).</summary>
    public LocalDate? IssuedFrom { get; init; }

    /// <summary>Invoices issued on or before this day (<c>issueDateLast</c>).</summary>
    public LocalDate? IssuedTo { get; init; }

    internal override void AppendQuery(QueryStringBuilder query) => query
        .Add("direction", Direction switch { InvoiceDirection.Output => "output", InvoiceDirection.Input => "input", _ => null })
        .Add("issueDateFirst", IssuedFrom is { } from ? LocalDatePattern.Iso.Format(from) : null)
        .Add("issueDateLast", IssuedTo is { } to ? LocalDatePattern.Iso.Format(to) : null);
}
