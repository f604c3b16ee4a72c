using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Http.Authentication;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Source-generated JSON metadata of every wire model: no reflection at run time, trim- and AOT-safe.
/// Models name their wire fields with <c>JsonPropertyName</c>; reading is case-insensitive because
/// Datasul mixes camelCase and UpperCamelCase between resources.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(Family))]
[JsonSerializable(typeof(PageEnvelope<Family>), TypeInfoPropertyName = "FamilyPage")]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(PageEnvelope<Product>), TypeInfoPropertyName = "ProductPage")]
[JsonSerializable(typeof(Sku))]
[JsonSerializable(typeof(PageEnvelope<Sku>), TypeInfoPropertyName = "SkuPage")]
[JsonSerializable(typeof(RootSku))]
[JsonSerializable(typeof(PageEnvelope<RootSku>), TypeInfoPropertyName = "RootSkuPage")]
[JsonSerializable(typeof(PriceItem))]
[JsonSerializable(typeof(PageEnvelope<PriceItem>), TypeInfoPropertyName = "PriceItemPage")]
[JsonSerializable(typeof(PriceTable))]
[JsonSerializable(typeof(PageEnvelope<PriceTable>), TypeInfoPropertyName = "PriceTablePage")]
[JsonSerializable(typeof(StockBalance))]
[JsonSerializable(typeof(PageEnvelope<StockBalance>), TypeInfoPropertyName = "StockBalancePage")]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(PageEnvelope<Order>), TypeInfoPropertyName = "OrderPage")]
[JsonSerializable(typeof(OrderCancellation))]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(PageEnvelope<Customer>), TypeInfoPropertyName = "CustomerPage")]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(PageEnvelope<Invoice>), TypeInfoPropertyName = "InvoicePage")]
[JsonSerializable(typeof(PurchaseOrders.PurchaseOrder))]
[JsonSerializable(typeof(PageEnvelope<PurchaseOrders.PurchaseOrder>), TypeInfoPropertyName = "PurchaseOrderPage")]
[JsonSerializable(typeof(PurchaseOrders.PurchaseOrderLine))]
[JsonSerializable(typeof(PageEnvelope<PurchaseOrders.PurchaseOrderLine>), TypeInfoPropertyName = "PurchaseOrderLinePage")]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(OAuth2TokenResponse))]
internal sealed partial class TotvsJsonContext : JsonSerializerContext;
