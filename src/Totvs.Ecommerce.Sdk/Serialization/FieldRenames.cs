using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;
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

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// The field names one Datasul release spells differently (<see cref="TotvsEcommerceOptions.FieldNames"/>): a JSON
/// metadata modifier that reads and writes each record with the ERP's names, and the translation of <c>fields</c> and
/// <c>order</c>. Built once per client; a client without renames never consults it.
/// </summary>
internal sealed class FieldRenames
{
    /// <summary>The record type of each route table entry whose fields can be renamed.</summary>
    public static FrozenDictionary<string, Type> RecordTypes { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [nameof(TotvsRouteTable.Families)] = typeof(Family),
        [nameof(TotvsRouteTable.Products)] = typeof(Product),
        [nameof(TotvsRouteTable.Skus)] = typeof(Sku),
        [nameof(TotvsRouteTable.RootSkus)] = typeof(RootSku),
        [nameof(TotvsRouteTable.PriceItems)] = typeof(PriceItem),
        [nameof(TotvsRouteTable.PriceTables)] = typeof(PriceTable),
        [nameof(TotvsRouteTable.StockBalances)] = typeof(StockBalance),
        [nameof(TotvsRouteTable.Invoices)] = typeof(Invoice),
        [nameof(TotvsRouteTable.PurchaseOrders)] = typeof(PurchaseOrders.PurchaseOrder),
        [nameof(TotvsRouteTable.PurchaseOrderLines)] = typeof(PurchaseOrders.PurchaseOrderLine),
        [nameof(TotvsRouteTable.Orders)] = typeof(Order),
        [nameof(TotvsRouteTable.Customers)] = typeof(Customer),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<Type, FrozenDictionary<string, string>> byType;

    private FieldRenames(FrozenDictionary<Type, FrozenDictionary<string, string>> byType) => this.byType = byType;

    /// <summary>The renames of validated options, or <see langword="null"/> when there are none (the usual case).</summary>
    public static FieldRenames? From(Dictionary<string, Dictionary<string, string>>? fieldNames)
    {
        var byType = (fieldNames ?? [])
            .Where(entry => entry.Value is { Count: > 0 })
            .ToFrozenDictionary(entry => RecordTypes[entry.Key], entry => entry.Value.ToFrozenDictionary(StringComparer.Ordinal));
        return byType.Count == 0 ? null : new FieldRenames(byType);
    }

    /// <summary>Whether records of <paramref name="type"/> are read with other names.</summary>
    public bool Renames(Type type) => byType.ContainsKey(type);

    /// <summary>A <see cref="JsonTypeInfo"/> modifier that gives each renamed property the ERP's name.</summary>
    public void Apply(JsonTypeInfo type)
    {
        if (!byType.TryGetValue(type.Type, out var names))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (names.TryGetValue(property.Name, out var erpName))
            {
                property.Name = erpName;
            }
        }
    }

    /// <summary>The names of a <c>fields</c> or <c>order</c> list (an order term may start with <c>-</c> or <c>+</c>) in the ERP's names.</summary>
    public IReadOnlyList<string>? Translate(Type type, IReadOnlyList<string>? names)
    {
        if (names is null || !byType.TryGetValue(type, out var renamed))
        {
            return names;
        }

        return names.Select(term =>
        {
            var sign = term.StartsWith('-') || term.StartsWith('+') ? term[..1] : string.Empty;
            var name = term[sign.Length..];
            return sign + renamed.GetValueOrDefault(name, name);
        }).ToList();
    }
}
