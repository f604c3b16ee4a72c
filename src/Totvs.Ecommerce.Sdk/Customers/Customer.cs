using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// A customer of apiCustomerPublic (TOTVS Mensagem Padronizada <c>CustomersInfo</c>, UpperCamelCase): every field of the
/// published schema with its published JSON type. Read-only fields are never sent.
/// </summary>
// The wire properties are in Customer.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record Customer
{
    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerCode = ").Append(CustomerCode)
            .Append(", EntityType = ").Append(EntityType)
            .Append(", State = ").Append(State)
            .Append(", personal data hidden");
        return true;
    }
}
