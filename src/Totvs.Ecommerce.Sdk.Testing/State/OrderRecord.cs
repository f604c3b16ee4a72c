using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>An order the fake ERP holds: what the store sent, with the fields Datasul fills. The typed members read the document.</summary>
internal sealed class OrderRecord(JsonObject document, Instant lastUpdate) : WireDocumentRecord(document, lastUpdate)
{
    public long OrderId => WireValues.Long(Document, "OrderId")!.Value;

    public string ShortName => WireValues.Text(Document, "ShortName") ?? string.Empty;

    public string CustomerOrderId => WireValues.Text(Document, "CustomerOrderId") ?? string.Empty;

    public string StoreCode => WireValues.Text(Document, "EcommerceStoreCode") ?? "1";

    public string? EcommerceOrderId => WireValues.Text(Document, "EcommerceOrderId");

    public long? CustomerCode => WireValues.Long(Document, "CustomerCode");

    public int Situation
    {
        get => (int)(WireValues.Long(Document, "OrderSituation") ?? 1);
        set => Document["OrderSituation"] = value;
    }

    /// <summary>Why billing waits: <c>none</c>, <c>awaitingPayment</c> or <c>awaitingCreditApproval</c> (SDK extension).</summary>
    /// <summary>The stock this order took at entry (balance key, quantity), given back if it is cancelled.</summary>
    public List<(string BalanceKey, decimal Quantity)> Allocations { get; } = [];

    public string BillingHold
    {
        get => WireValues.Text(Document, "BillingHold") ?? BillingHolds.None;
        set => Document["BillingHold"] = value;
    }
}
