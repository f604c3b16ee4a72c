using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Reads a <see cref="LocalDate"/> from <c>yyyy-MM-dd</c> (or from a timestamp, by its date part) and writes <c>yyyy-MM-dd</c>,
/// straight from the UTF-8 bytes in the usual case.
/// </summary>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string (yyyy-MM-dd) but found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && TryParse(DatePart(reader.ValueSpan), out var date))
        {
            return date;
        }

        // Some Datasul programs send a date as a timestamp (2026-03-01T00:00:00): its date part is the date.
        var text = reader.GetString()!;
        var datePart = text.Length > 10 && text[10] is 'T' or ' ' ? text[..10] : text;
        return Pattern.Parse(datePart) is { Success: true } parsed
            ? parsed.Value
            : throw new JsonException("The text is not a date; expected yyyy-MM-dd (e.g. 2026-03-01), or a timestamp starting with one.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[10];
        Digits(buffer[..4], value.Year);
        buffer[4] = (byte)'-';
        Digits(buffer.Slice(5, 2), value.Month);
        buffer[7] = (byte)'-';
        Digits(buffer.Slice(8, 2), value.Day);
        writer.WriteStringValue(buffer);
    }

    private static ReadOnlySpan<byte> DatePart(ReadOnlySpan<byte> text) =>
        text.Length > 10 && text[10] is (byte)'T' or (byte)' ' ? text[..10] : text;

    private static bool TryParse(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryNumber(text[..4], out var year) || !TryNumber(text.Slice(5, 2), out var month) || !TryNumber(text.Slice(8, 2), out var day)
            || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
