using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A customer the fake ERP holds, as its wire document.</summary>
internal sealed class CustomerRecord(JsonObject document, Instant lastUpdate) : WireDocumentRecord(document, lastUpdate)
{
    public long CustomerCode => WireValues.Long(Document, "CustomerCode")!.Value;

    public string ShortName => WireValues.Text(Document, "ShortName") ?? string.Empty;

    public string? PersonalId => WireValues.Text(Document, "PersonalId");

    /// <summary>The customer's discount percentage (emitente's, from its group in CD0701): customerPublic does not show it; its orders carry it.</summary>
    public decimal? DiscountPercentage { get; set; }
}
