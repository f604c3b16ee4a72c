using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// A page as Datasul sends it, read in one call when every record reads: <c>{"hasNext", "items": […]}</c> or the
/// Mensagem Padronizada's <c>{"hasNext", "Orders"|"Customers": […], "totalHits": "123"}</c>. When a record does not
/// read, <see cref="PageReader"/> falls back to reading the page record by record.
/// </summary>
internal sealed class PageEnvelope<T>
{
    [JsonPropertyName("hasNext")]
    [JsonConverter(typeof(LenientBooleanJsonConverter))]
    public bool HasNext { get; set; }

    [JsonPropertyName("totalHits")]
    public long? TotalHits { get; set; }

    [JsonPropertyName("items")]
    public List<T>? Items { get; set; }

    [JsonPropertyName("Orders")]
    public List<T>? Orders { get; set; }

    [JsonPropertyName("Customers")]
    public List<T>? Customers { get; set; }

    /// <summary>The records, whichever spelling the page used; an element is null where the page has <c>null</c>.</summary>
    public List<T> Records => Items ?? Orders ?? Customers ?? [];
}
