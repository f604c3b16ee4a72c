using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Prices;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Stock;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Http.Authentication;

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
[JsonSerializable(typeof(List<Family>))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(List<Product>))]
[JsonSerializable(typeof(Sku))]
[JsonSerializable(typeof(List<Sku>))]
[JsonSerializable(typeof(RootSku))]
[JsonSerializable(typeof(List<RootSku>))]
[JsonSerializable(typeof(PriceItem))]
[JsonSerializable(typeof(List<PriceItem>))]
[JsonSerializable(typeof(PriceTable))]
[JsonSerializable(typeof(List<PriceTable>))]
[JsonSerializable(typeof(StockBalance))]
[JsonSerializable(typeof(List<StockBalance>))]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(List<Order>))]
[JsonSerializable(typeof(OrderCancellation))]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(List<Customer>))]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(List<Invoice>))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(OAuth2TokenResponse))]
internal sealed partial class TotvsJsonContext : JsonSerializerContext;
