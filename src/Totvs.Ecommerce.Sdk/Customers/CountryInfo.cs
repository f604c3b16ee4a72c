using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// A country as Datasul describes it (<c>DeliveryContry</c>, <c>MailingAddressCountry</c>, <c>BillingAddressCountry</c>).
/// </summary>
// The wire properties are in CountryInfo.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record CountryInfo
{
    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
