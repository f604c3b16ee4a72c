namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales.Schema;

/// <summary>
/// The e-commerce extension of the order (wire contract §4.7, <c>[sdk]</c>): fields TOTVS does not publish in
/// <c>OrdersInfo</c> that the SDK sends with an e-commerce order and the fake returns.
/// </summary>
internal static class EcommerceExtension
{
    public static void AddTo(Dictionary<string, Dictionary<string, SchemaField>> objects)
    {
        Add(objects, "OrdersInfo",
            Text("EcommerceStoreCode"), Text("EcommerceOrderId"), Text("EcommerceCustomerPersonalId", 19), Text("TradePolicyId"), Text("CarrierEcommerceId"),
            new SchemaField("EcommerceFreight", "number", null, false, true, null),
            new SchemaField("EcommerceDeliveryAddress", "object", null, false, true, "EcommerceDeliveryAddress"),
            new SchemaField("Intermediary", "object", null, false, true, "Intermediary"),
            new SchemaField("PaymentMethod", "object", null, false, true, "PaymentMethod"),
            new SchemaField("BillingHold", "string", null, false, false, null),
            new SchemaField("LastUpdate", "string", null, false, false, null));
        Add(objects, "OrderItems", new SchemaField("IsGift", "boolean", null, false, true, null));
        Add(objects, "EcommerceDeliveryAddress",
            Text("Street", 40), Text("Neighborhood", 30), Text("City", 50), Text("State", 4), Text("ZipCode", 12), Text("Country", 20),
            new SchemaField("IbgeCode", "integer", null, false, true, null));
        Add(objects, "Intermediary", new SchemaField("ShortName", "string", 12, true, true, null), Text("PersonalId", 19));
        Add(objects, "PaymentMethod",
            new SchemaField("Type", "string", null, true, true, null), new SchemaField("Code", "string", 20, true, true, null),
            new SchemaField("Installments", "integer", null, false, true, null), new SchemaField("Value", "number", null, false, true, null),
            Text("BankSlipNumber"), Text("CardBrand"), Text("CardAcquirer"));
    }

    private static SchemaField Text(string name, int? length = null) => new(name, "string", length, false, true, null);

    private static void Add(Dictionary<string, Dictionary<string, SchemaField>> objects, string objectName, params SchemaField[] fields)
    {
        if (!objects.TryGetValue(objectName, out var known))
        {
            objects[objectName] = known = new Dictionary<string, SchemaField>(StringComparer.OrdinalIgnoreCase);
        }

        foreach (var field in fields)
        {
            known[field.Name] = field;
        }
    }
}
