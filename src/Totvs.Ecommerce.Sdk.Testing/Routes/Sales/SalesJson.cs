using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>Reads and writes orders, customers and invoices with the SDK's own JSON settings (names from the wire contract).</summary>
internal sealed class SalesJson(DateTimeZone zone)
{
    public TotvsJsonContext Context { get; } = TotvsJson.CreateContext(zone);

    public JsonObject ToJson<T>(T value, JsonTypeInfo<T> type) => (JsonObject)JsonSerializer.SerializeToNode(value, type)!;

    /// <summary>Reads a request body, or says what is wrong with it.</summary>
    public bool TryRead<T>(byte[] body, JsonTypeInfo<T> type, out T? value, out string? error)
    {
        value = default;
        error = null;
        try
        {
            value = JsonSerializer.Deserialize(body, type);
            if (value is null)
            {
                error = "The body is empty or null.";
            }
        }
        catch (JsonException ex)
        {
            error = $"The body is not a valid {typeof(T).Name}: {ex.Message}";
        }

        return error is null;
    }
}
