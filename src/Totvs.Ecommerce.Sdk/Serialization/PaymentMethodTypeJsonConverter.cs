using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Payments;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Writes a <see cref="PaymentMethodType"/> as the wire contract's text: <c>boleto</c>, <c>bankTransfer</c>, <c>creditCard</c>, <c>invoiced</c>.</summary>
internal sealed class PaymentMethodTypeJsonConverter : JsonConverter<PaymentMethodType>
{
    public static string ToWire(PaymentMethodType type) => type switch
    {
        PaymentMethodType.Boleto => "boleto",
        PaymentMethodType.BankTransfer => "bankTransfer",
        PaymentMethodType.CreditCard => "creditCard",
        PaymentMethodType.Invoiced => "invoiced",
        _ => throw new JsonException($"Payment method type {type} has no wire name."),
    };

    public static bool TryFromWire(string? text, out PaymentMethodType type)
    {
        foreach (var candidate in Enum.GetValues<PaymentMethodType>())
        {
            if (string.Equals(ToWire(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public override PaymentMethodType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TryFromWire(text, out var type)
            ? type
            : throw new JsonException($"Payment method type '{text}' is unknown; expected boleto, bankTransfer, creditCard or invoiced.");
    }

    public override void Write(Utf8JsonWriter writer, PaymentMethodType value, JsonSerializerOptions options) => writer.WriteStringValue(ToWire(value));
}
