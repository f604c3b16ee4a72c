using System.Text.Json;
using System.Text.Unicode;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Turns a <see cref="JsonException"/> into the field it is about and a message without the serializer's position noise.</summary>
internal static class JsonErrors
{
    public static RecordProblem ToProblem(JsonException exception)
    {
        var field = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : exception.Path ?? "$";
        var message = exception.Message;
        var noise = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return new RecordProblem(field, noise > 0 ? message[..noise] : message);
    }

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
