using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>
/// An order as the fake ERP holds it, taken at one moment: the fields tests look at most, and the whole wire document
/// (<see cref="Json"/>) as the server serves it, by published name.
/// </summary>
public sealed class FakeOrder
{
    internal FakeOrder(OrderRecord record, DateTimeZone zone)
    {
        OrderId = record.OrderId;
        CustomerOrderId = record.CustomerOrderId;
        ShortName = record.ShortName;
        StoreCode = record.StoreCode;
        EcommerceOrderId = record.EcommerceOrderId;
        CustomerCode = record.CustomerCode;
        OrderSituation = (OrderSituation)record.Situation;
        BillingHold = record.BillingHold;
        LastUpdate = record.LastUpdate;
        Json = record.ToWire(zone);
    }

    /// <summary>The ERP's order number (<c>OrderId</c>).</summary>
    public long OrderId { get; }

    /// <summary>The customer order number (<c>CustomerOrderId</c>).</summary>
    public string CustomerOrderId { get; }

    /// <summary>The customer's short name (<c>ShortName</c>).</summary>
    public string ShortName { get; }

    /// <summary>The e-commerce store (<c>EcommerceStoreCode</c>).</summary>
    public string StoreCode { get; }

    /// <summary>The store's own order id (<c>EcommerceOrderId</c>).</summary>
    public string? EcommerceOrderId { get; }

    /// <summary>The customer's ERP code (<c>CustomerCode</c>).</summary>
    public long? CustomerCode { get; }

    /// <summary>The order's situation (<c>OrderSituation</c>).</summary>
    public OrderSituation OrderSituation { get; }

    /// <summary>Why billing waits, as on the wire: <c>none</c>, <c>awaitingPayment</c> or <c>awaitingCreditApproval</c>.</summary>
    public string BillingHold { get; }

    /// <summary>When the order last changed.</summary>
    public Instant LastUpdate { get; }

    /// <summary>The order as the server serves it (a copy: changing it changes nothing in the fake).</summary>
    public JsonObject Json { get; }
}
