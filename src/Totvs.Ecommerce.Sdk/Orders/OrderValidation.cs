using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Payments;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// The checks an order must pass before it is sent: required fields, Datasul's field lengths, a valid CPF/CNPJ,
/// UF and CEP. The client runs them before sending; the fake server runs the same ones on what it receives.
/// </summary>
internal static class OrderValidation
{
    /// <summary>Checks an order to create.</summary>
    /// <param name="order">The order.</param>
    /// <returns>Every problem, field by field; empty when the order can be sent.</returns>
    public static IReadOnlyList<RecordProblem> Validate(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var problems = new List<RecordProblem>();
        FieldRules.Text(problems, "CustomerOrderId", order.CustomerOrderId, 12, required: true);
        FieldRules.Text(problems, "ShortName", order.ShortName, 12, required: true);
        if (order.EmissionDate == default)
        {
            problems.Add(new RecordProblem("EmissionDate", "EmissionDate is required: the day the customer placed the order."));
        }

        if (order.ImplantationDate == default)
        {
            problems.Add(new RecordProblem("ImplantationDate", "ImplantationDate is required: the day the order enters the ERP."));
        }

        foreach (var (field, value, length) in new[]
        {
            (OrderFields.BranchId, order.BranchId, 5), (OrderFields.CarrierName, order.CarrierName, 12), (OrderFields.CifCity, order.CifCity, 50),
            (OrderFields.Comments, order.Comments, 2000), (OrderFields.DeliveryCode, order.DeliveryCode, 12),
            (OrderFields.RepresentativeShortName, order.RepresentativeShortName, 12),
        })
        {
            FieldRules.Text(problems, field, value, length, required: false);
        }

        FieldRules.Text(problems, "TransactionType", order.TransactionType, 6, required: false);
        FieldRules.Text(problems, "PriceTableOrder", order.PriceTableOrder, 8, required: false);
        FieldRules.Text(problems, "RepresentativeOrderId", order.RepresentativeOrderId, 12, required: false);
        if (order.OrderId is null)
        {
            ReadOnlyOnCreate(problems, order);
        }

        if (order.EcommerceDeliveryAddress is { } delivery)
        {
            const string prefix = OrderFields.EcommerceDeliveryAddress + ".";
            FieldRules.Text(problems, prefix + "Street", delivery.Street, 40, required: false);
            FieldRules.Text(problems, prefix + "Neighborhood", delivery.Neighborhood, 30, required: false);
            FieldRules.Text(problems, prefix + "City", delivery.City, 50, required: false);
            FieldRules.Text(problems, prefix + "Country", delivery.Country, 20, required: false);
        }

        if (order.OrderItems.Count == 0)
        {
            problems.Add(new RecordProblem("OrderItems", "OrderItems is required: an order has at least one item."));
        }

        for (var i = 0; i < order.OrderItems.Count; i++)
        {
            var item = order.OrderItems[i];
            if (item.ItemCode.IsEmpty)
            {
                var field = FieldName.Of("OrderItems", i, "ItemCode").ToString();
                problems.Add(new RecordProblem(field, $"{field} is required: ItemCode.Parse the ERP's item code (up to 16 characters)."));
            }

            FieldRules.Text(problems, FieldName.Of("OrderItems", i, "TransactionType"), item.TransactionType, 6, required: false);
            if (item.QuantityBilling <= 0)
            {
                var field = FieldName.Of("OrderItems", i, "QuantityBilling").ToString();
                problems.Add(new RecordProblem(field, $"{field} {item.QuantityBilling} must be greater than zero."));
            }

            if (item.OriginalPrice == 0 && !item.IsGift)
            {
                var field = FieldName.Of("OrderItems", i, "OriginalPrice").ToString();
                problems.Add(new RecordProblem(field,
                    $"{field} is missing: give item '{item.ItemCode}' its unit price before sending the order (only a gift goes at 0)."));
            }
            else if (item.OriginalPrice < 0)
            {
                var field = FieldName.Of("OrderItems", i, "OriginalPrice").ToString();
                problems.Add(new RecordProblem(field, $"{field} {item.OriginalPrice} cannot be negative."));
            }
        }

        if (order.PaymentMethod is { } payment)
        {
            FieldRules.Text(problems, "PaymentMethod.Code", payment.Code, 20, required: true);
            if (payment.BankSlipNumber is not null && payment.Type != PaymentMethodType.Boleto)
            {
                problems.Add(new RecordProblem("PaymentMethod.BankSlipNumber", "BankSlipNumber (nosso número) belongs to boleto payments only."));
            }
        }

        return problems;
    }

    /// <summary>
    /// A new order that sets a field Datasul fills itself (read-only in the published schema) would lose it silently:
    /// the SDK names the extension field that carries it instead.
    /// </summary>
    private static void ReadOnlyOnCreate(List<RecordProblem> problems, Order order)
    {
        if (order.PersonalId is not null && order.EcommerceCustomerPersonalId is null)
        {
            problems.Add(new RecordProblem(OrderFields.PersonalId,
                "PersonalId is filled by Datasul (read-only in the published schema) and is not sent: put the customer's CPF or CNPJ in EcommerceCustomerPersonalId."));
        }

        if ((order.DeliveryState ?? order.DeliveryCity ?? order.DeliveryZipCode ?? order.DeliveryNeighborhood) is not null && order.EcommerceDeliveryAddress is null)
        {
            problems.Add(new RecordProblem(OrderFields.DeliveryState,
                "DeliveryState, DeliveryCity, DeliveryZipCode and DeliveryNeighborhood are filled by Datasul (read-only in the published schema) and are not sent: " +
                "put the delivery address in EcommerceDeliveryAddress."));
        }

        if (order.ValueFreight is not null && order.EcommerceFreight is null)
        {
            problems.Add(new RecordProblem(OrderFields.ValueFreight,
                "ValueFreight is filled by Datasul (read-only in the published schema) and is not sent: put the freight in EcommerceFreight."));
        }
    }

    /// <summary>Throws <see cref="TotvsValidationException"/> when the order breaks a rule.</summary>
    /// <param name="order">The order.</param>
    public static void ThrowIfInvalid(Order order)
    {
        var problems = Validate(order);
        if (problems.Count > 0)
        {
            throw new TotvsValidationException($"order '{order.CustomerOrderId}'", problems);
        }
    }
}
