using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.PriceTables;

/// <summary>A price table linked to the store (CD1508), with the e-commerce trade policies it serves.</summary>
public sealed record PriceTable
{
    /// <summary>The table code (<c>priceTable</c>, <c>nr-tabpre</c>, up to 8 characters).</summary>
    [JsonPropertyName(PriceTableFields.Code)]
    public string Code { get; set; } = string.Empty;

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName(PriceTableFields.Description)]
    public string? Description { get; set; }

    /// <summary>The first day the table applies (<c>validFrom</c>).</summary>
    [JsonPropertyName(PriceTableFields.ValidFrom)]
    public LocalDate? ValidFrom { get; set; }

    /// <summary>The last day the table applies, if it ends (<c>validTo</c>).</summary>
    [JsonPropertyName(PriceTableFields.ValidTo)]
    public LocalDate? ValidTo { get; set; }

    /// <summary>The currency, ISO 4217 (<c>currency</c>, e.g. <c>BRL</c>).</summary>
    [JsonPropertyName(PriceTableFields.Currency)]
    public string? Currency { get; set; }

    /// <summary>The e-commerce trade-policy ids linked to this table ("Políticas Comerciais" of CD1508, <c>tradePolicies</c>).</summary>
    [JsonPropertyName(PriceTableFields.TradePolicies)]
    public IReadOnlyList<string> TradePolicies { get; set; } = [];

    /// <summary>When the table last changed in the ERP (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(PriceTableFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }
}
