using System.Text.Json;
using System.Text.Unicode;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Turns a <see cref="JsonException"/> into the field it is about and a message without the serializer's position noise.</summary>
internal static class JsonErrors
{
    public static RecordProblem ToProblem(JsonException exception) => ToProblem(exception, default);

    /// <summary>
    /// The field a read failed at, what arrived there (its JSON kind and a truncated value, found in <paramref name="record"/>)
    /// and what the model expected, marked <see cref="RecordProblem.DoesNotFitModel"/>.
    /// </summary>
    /// <param name="exception">The serializer's failure.</param>
    /// <param name="record">The record's JSON, to find what arrived; empty when not at hand.</param>
    public static RecordProblem ToProblem(JsonException exception, ReadOnlySpan<byte> record)
    {
        var field = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : exception.Path ?? "$";
        var message = exception.Message;
        var noise = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = noise > 0 ? message[..noise] : message;
        var arrived = record.IsEmpty ? null : ValueAt(record, exception.Path);
        var expected = ExpectedType(message);
        var described = arrived is null
            ? message
            : expected is null
                ? $"{message} (a JSON {arrived} arrived)"
                : $"a JSON {arrived} arrived where the SDK's model expects {expected}";
        return new RecordProblem(field, described) { DoesNotFitModel = true };
    }

    /// <summary>What a type-conversion failure says the model expected, in words; null when the message names no type.</summary>
    private static string? ExpectedType(string message)
    {
        const string marker = "could not be converted to ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var type = message[(at + marker.Length)..].TrimEnd('.');
        return type switch
        {
            _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => $"a whole JSON number ({type})",
            _ when type.Contains("Decimal", StringComparison.Ordinal) => $"a JSON number ({type})",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => $"true or false ({type})",
            _ when type.Contains("String", StringComparison.Ordinal) => $"a JSON string ({type})",
            _ => type,
        };
    }

    /// <summary>The kind and a short, truncated form of the value at a serializer path such as <c>$.OrderItems[0].Sequence</c>.</summary>
    private static string? ValueAt(ReadOnlySpan<byte> record, string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(record);
            using var document = JsonDocument.ParseValue(ref reader);
            var element = document.RootElement;
            foreach (var step in Steps(path))
            {
                if (step.Index is { } index)
                {
                    if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                    {
                        return null;
                    }

                    element = element[index];
                }
                else if (element.ValueKind != JsonValueKind.Object || !TryGetProperty(element, step.Name!, out element))
                {
                    return null;
                }
            }

            return Describe(element);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryGetProperty(JsonElement record, string name, out JsonElement value)
    {
        foreach (var property in record.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static IEnumerable<(string? Name, int? Index)> Steps(string path)
    {
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                yield return (name.Trim('\'', '[', ']'), null);
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0)
                {
                    yield break;
                }

                if (int.TryParse(part.AsSpan(bracket + 1, close - bracket - 1), out var index))
                {
                    yield return (null, index);
                }

                bracket = part.IndexOf('[', close);
            }
        }
    }

    /// <summary>
    /// A value's kind and a short form of it: numbers and flags as they are, text cut to its first three characters (a
    /// document number or a name never appears whole in a message), objects and arrays by their size.
    /// </summary>
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } text
            ? $"string \"{(text.Length <= 3 ? text : text[..3] + "…")}\" ({text.Length} characters)"
            : "string",
        JsonValueKind.Number => $"number {Truncate(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"boolean {value.GetRawText()}",
        JsonValueKind.Object => $"object with {value.EnumerateObject().Count()} fields",
        JsonValueKind.Array => $"array of {value.GetArrayLength()} values",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "…";

    /// <summary>
    /// Refuses a body that is not UTF-8 before it is read: the reader would otherwise fail later with an
    /// <see cref="InvalidOperationException"/> deep inside a converter.
    /// </summary>
    public static void ThrowIfNotUtf8(ReadOnlySpan<byte> body)
    {
        if (!Utf8.IsValid(body))
        {
            throw new JsonException("The answer is not valid UTF-8 text.");
        }
    }

    /// <summary>The JSON kind a token starts, in words for messages: "string", "number", "object", …</summary>
    /// <param name="token">The token.</param>
    /// <returns>The kind's name.</returns>
    public static string KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
