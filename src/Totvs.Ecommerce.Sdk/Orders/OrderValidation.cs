using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Payments;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// The checks an order must pass before it is sent: required fields, Datasul's field lengths, a valid CPF/CNPJ,
/// UF and CEP. The client runs them before sending; the fake server runs the same ones on what it receives.
/// </summary>
public static class OrderValidation
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

        FieldRules.Text(problems, "BranchId", order.BranchId, 5, required: false);
        FieldRules.Document(problems, "PersonalId", order.PersonalId, required: false);
        FieldRules.Text(problems, "PersonalId", order.PersonalId, 19, required: false);
        FieldRules.Text(problems, "TransactionType", order.TransactionType, 6, required: false);
        FieldRules.Text(problems, "PriceTableOrder", order.PriceTableOrder, 8, required: false);
        FieldRules.Text(problems, "RepresentativeOrderId", order.RepresentativeOrderId, 12, required: false);
        FieldRules.Text(problems, "DeliveryState", order.DeliveryState, 4, required: false);
        FieldRules.State(problems, "DeliveryState", order.DeliveryState);
        FieldRules.Text(problems, "DeliveryZipCode", order.DeliveryZipCode, 12, required: false);
        FieldRules.ZipCode(problems, "DeliveryZipCode", order.DeliveryZipCode);
        if (order.OrderItems.Count == 0)
        {
            problems.Add(new RecordProblem("OrderItems", "OrderItems is required: an order has at least one item."));
        }

        for (var i = 0; i < order.OrderItems.Count; i++)
        {
            var item = order.OrderItems[i];
            FieldRules.Text(problems, FieldName.Of("OrderItems", i, "ItemCode"), item.ItemCode, 16, required: true);
            FieldRules.Text(problems, FieldName.Of("OrderItems", i, "ReferenceCode"), item.ReferenceCode, 8, required: false);
            FieldRules.Text(problems, FieldName.Of("OrderItems", i, "TransactionType"), item.TransactionType, 6, required: false);
            if (item.QuantityBilling <= 0)
            {
                var field = FieldName.Of("OrderItems", i, "QuantityBilling").ToString();
                problems.Add(new RecordProblem(field, $"{field} {item.QuantityBilling} must be greater than zero."));
            }

            if (item.OriginalPrice < 0)
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

    /// <summary>Throws <see cref="TotvsValidationException"/> when the order breaks a rule.</summary>
    /// <param name="order">The order.</param>
    public static void ThrowIfInvalid(Order order)
    {
        var problems = Validate(order);
        if (problems.Count > 0)
        {
            throw new TotvsValidationException($"order '{order.CustomerOrderId}' of customer '{order.ShortName}'", problems);
        }
    }
}
