using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The body of a PATCH: only the fields the caller set. A field counts as set when its JSON differs from a new,
/// untouched record's (so nulls, and the defaults of required fields, are not sent).
/// </summary>
internal static class MergePatch
{
    public static byte[] Create<T>(T changes, JsonTypeInfo<T> writeType)
        where T : new()
    {
        var untouched = (JsonObject)JsonSerializer.SerializeToNode(new T(), writeType)!;
        var body = (JsonObject)JsonSerializer.SerializeToNode(changes, writeType)!;
        foreach (var (name, value) in untouched)
        {
            if (body.TryGetPropertyValue(name, out var set) && JsonNode.DeepEquals(set, value))
            {
                body.Remove(name);
            }
        }

        return body.Count == 0
            ? throw new ArgumentException($"The {typeof(T).Name} to patch sets no field: set the fields to change, leave the rest unset.", nameof(changes))
            : JsonSerializer.SerializeToUtf8Bytes(body, writeType.Options.GetTypeInfo(typeof(JsonObject)));
    }
}
