namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>An order as the tool's admin API lists it (<c>GET /__admin/erp/orders</c>).</summary>
internal sealed record ErpOrder(long OrderId, string CustomerOrderId, string StoreCode, string Situation);
