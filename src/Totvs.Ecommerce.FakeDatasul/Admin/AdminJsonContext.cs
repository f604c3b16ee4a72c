using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>The admin API's JSON: camelCase, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(ConcurrencyView))]
[JsonSerializable(typeof(ErrorView))]
[JsonSerializable(typeof(FaultSpec))]
[JsonSerializable(typeof(List<FaultView>))]
[JsonSerializable(typeof(List<JournalView>))]
[JsonSerializable(typeof(FamilyChange))]
[JsonSerializable(typeof(PriceChange))]
[JsonSerializable(typeof(BalanceChange))]
[JsonSerializable(typeof(ItemLink))]
[JsonSerializable(typeof(InvoiceRequest))]
[JsonSerializable(typeof(CancelRequest))]
[JsonSerializable(typeof(List<OrderView>))]
[JsonSerializable(typeof(InvoiceView))]
[JsonSerializable(typeof(ClockAdvance))]
[JsonSerializable(typeof(ClockView))]
[JsonSerializable(typeof(SeedDocument))]
[JsonSerializable(typeof(SeedResult))]
[JsonSerializable(typeof(CapacitySpec))]
[JsonSerializable(typeof(PurchaseOrderSpec))]
[JsonSerializable(typeof(PurchaseOrderCreated))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
