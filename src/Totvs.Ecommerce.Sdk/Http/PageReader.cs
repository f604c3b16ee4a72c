using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Reads a page envelope in both of Datasul's spellings: <c>{"hasNext", "items": […]}</c> and the
/// Mensagem Padronizada's <c>{"hasNext", "Orders"|"Customers": […], "totalHits": "123"}</c>.
/// </summary>
internal static class PageReader
{
    public static Page<T> Read<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> itemType, int pageNumber, int pageSize)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a page object such as {\"hasNext\":false,\"items\":[]}.");
        }

        var items = new List<T>();
        var hasNext = false;
        long? totalCount = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (IsName(name, "hasNext"))
            {
                hasNext = ReadBoolean(ref reader);
            }
            else if (IsName(name, "totalHits"))
            {
                totalCount = ReadCount(ref reader);
            }
            else if (reader.TokenType == JsonTokenType.StartArray && IsItemsName(name))
            {
                ReadItems(ref reader, itemType, items);
            }
            else
            {
                reader.Skip();
            }
        }

        return new Page<T>(items, hasNext, pageNumber, pageSize, totalCount);
    }

    private static void ReadItems<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> itemType, List<T> items)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = JsonSerializer.Deserialize(ref reader, itemType)
                ?? throw new JsonException($"Record {items.Count + 1} of the page is null.");
            items.Add(item);
        }
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        JsonTokenType.String => bool.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"hasNext must be true or false, not '{reader.GetString()}'."),
        _ => throw new JsonException($"hasNext must be true or false, not a {reader.TokenType}."),
    };

    private static long? ReadCount(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetInt64(),
        JsonTokenType.String => long.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null,
        _ => SkipAndReturnNull(ref reader),
    };

    private static long? SkipAndReturnNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static bool IsItemsName(string? name) =>
        IsName(name, "items") || IsName(name, "Orders") || IsName(name, "Customers");

    private static bool IsName(string? actual, string expected) =>
        string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);
}
