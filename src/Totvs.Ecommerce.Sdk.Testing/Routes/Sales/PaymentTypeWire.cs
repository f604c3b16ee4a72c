using Totvs.Ecommerce.Sdk.Domain.Payments;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>The wire names of <c>PaymentMethod.Type</c> (§4.7): <c>boleto</c>, <c>bankTransfer</c>, <c>creditCard</c>, <c>invoiced</c>.</summary>
internal static class PaymentTypeWire
{
    private static readonly (string Wire, PaymentMethodType Type)[] Names =
    [
        ("boleto", PaymentMethodType.Boleto), ("bankTransfer", PaymentMethodType.BankTransfer),
        ("creditCard", PaymentMethodType.CreditCard), ("invoiced", PaymentMethodType.Invoiced),
    ];

    public static bool TryRead(string? text, out PaymentMethodType type)
    {
        foreach (var (wire, known) in Names)
        {
            if (string.Equals(wire, text, StringComparison.OrdinalIgnoreCase))
            {
                type = known;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static string Write(PaymentMethodType type) => Names.First(n => n.Type == type).Wire;
}
