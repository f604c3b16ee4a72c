using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// A custom field of an order or customer (<c>CustomFields[]</c>): a value Datasul keeps for a customisation.
/// </summary>
// The wire properties are in CustomField.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record CustomField
{
    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
