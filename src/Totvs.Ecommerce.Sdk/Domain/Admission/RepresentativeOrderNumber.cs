namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>
/// The store's order number as Datasul's 12-character order fields hold it (PD1001 "Pedido Repres",
/// <c>nr-pedrep</c>, and by default the customer order number): its letters and digits, the last 12 when longer.
/// </summary>
internal static class RepresentativeOrderNumber
{
    /// <summary>The number for a store order id such as <c>1234567890123-01</c> (→ <c>456789012301</c>).</summary>
    public static string From(string storeOrderId)
    {
        ArgumentNullException.ThrowIfNull(storeOrderId);
        var compact = new string(storeOrderId.Where(char.IsAsciiLetterOrDigit).ToArray());
        return compact.Length <= 12 ? compact : compact[^12..];
    }
}
