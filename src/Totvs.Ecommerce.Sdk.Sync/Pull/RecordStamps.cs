using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// What the ERP says of a record for an incremental pull: when it last changed (the ERP's own clock) and its key, so
/// that the watermark follows the ERP's data and a record the overlap brings again is recognised.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed record RecordStamps<T>(Func<T, Instant?> LastUpdateOf, Func<T, string?> KeyOf)
{
    /// <summary>
    /// Whether records leave the feed without a trace: prices, stock and SKUs of an item taken out of the store are no
    /// longer published (families and products stay, inactive). Pulls of these feeds check their page boundaries.
    /// </summary>
    public bool CanLeaveTheFeed { get; init; }

    /// <summary>The stamps of one of the SDK's records, or <see langword="null"/> for a type the SDK does not know.</summary>
    public static RecordStamps<T>? Known { get; } = Find();

    /// <summary>The identity of a record at one version: key and change time.</summary>
    public string? IdentityOf(T record) =>
        KeyOf(record) is { } key && LastUpdateOf(record) is { } at ? $"{key}@{at.ToUnixTimeTicks()}" : null;

    private static RecordStamps<T>? Find()
    {
        object? stamps = typeof(T) switch
        {
            var t when t == typeof(Family) => new RecordStamps<Family>(r => r.LastUpdate, FamilyRules.Instance.KeyOf),
            var t when t == typeof(Product) => new RecordStamps<Product>(r => r.LastUpdate, ProductRules.Instance.KeyOf),
            var t when t == typeof(Sku) => new RecordStamps<Sku>(r => r.LastUpdate, SkuRules.Instance.KeyOf) { CanLeaveTheFeed = true },
            var t when t == typeof(RootSku) => new RecordStamps<RootSku>(r => r.LastUpdate, RootSkuRules.Instance.KeyOf) { CanLeaveTheFeed = true },
            var t when t == typeof(PriceItem) => new RecordStamps<PriceItem>(r => r.LastUpdate, PriceItemRules.Instance.KeyOf) { CanLeaveTheFeed = true },
            var t when t == typeof(PriceTable) => new RecordStamps<PriceTable>(r => r.LastUpdate, PriceTableRules.Instance.KeyOf),
            var t when t == typeof(StockBalance) => new RecordStamps<StockBalance>(r => r.LastUpdate, StockBalanceRules.Instance.KeyOf) { CanLeaveTheFeed = true },
            var t when t == typeof(Order) => new RecordStamps<Order>(r => r.LastUpdate, OrderRules.Instance.KeyOf),
            var t when t == typeof(Customer) => new RecordStamps<Customer>(r => r.LastUpdate, CustomerRules.Instance.KeyOf),
            var t when t == typeof(Invoice) => new RecordStamps<Invoice>(r => r.LastUpdate, InvoiceRules.Instance.KeyOf),
            _ => null,
        };
        return stamps as RecordStamps<T>;
    }
}
