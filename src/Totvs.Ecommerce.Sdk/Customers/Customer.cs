using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>A customer of apiCustomerPublic (TOTVS Mensagem Padronizada, UpperCamelCase).</summary>
public sealed record Customer
{
    /// <summary>The ERP's customer code (<c>CustomerCode</c>), assigned on creation.</summary>
    [JsonPropertyName("CustomerCode")]
    public long? CustomerCode { get; set; }

    /// <summary>The short name (<c>ShortName</c>, <c>nome-abrev</c>, up to 12). Required and unique.</summary>
    [JsonPropertyName("ShortName")]
    public string ShortName { get; set; } = string.Empty;

    /// <summary>The name (<c>CustomerName</c>, up to 80). Required.</summary>
    [JsonPropertyName("CustomerName")]
    public string CustomerName { get; set; } = string.Empty;

    /// <summary>The customer group (<c>CustomerGroup</c>, CD0701). Required.</summary>
    [JsonPropertyName("CustomerGroup")]
    public int CustomerGroup { get; set; }

    /// <summary>The collection modality 1–9 (<c>Modality</c>). Required.</summary>
    [JsonPropertyName("Modality")]
    public int Modality { get; set; }

    /// <summary>The representative's code (<c>RepresentativeCode</c>). Required.</summary>
    [JsonPropertyName("RepresentativeCode")]
    public int RepresentativeCode { get; set; }

    /// <summary>The country (<c>Country</c>). Required.</summary>
    [JsonPropertyName("Country")]
    public string Country { get; set; } = string.Empty;

    /// <summary>The street and number (<c>Address</c>, up to 40). Required.</summary>
    [JsonPropertyName("Address")]
    public string Address { get; set; } = string.Empty;

    /// <summary>1 Pessoa Física, 2 Pessoa Jurídica, 3 Estrangeiro, 4 Trading (<c>EntityType</c>).</summary>
    [JsonPropertyName("EntityType")]
    public int? EntityType { get; set; }

    /// <summary>The CPF or CNPJ (<c>PersonalId</c>).</summary>
    [JsonPropertyName("PersonalId")]
    public string? PersonalId { get; set; }

    /// <summary>The state registration (<c>StateRegistration</c>).</summary>
    [JsonPropertyName("StateRegistration")]
    public string? StateRegistration { get; set; }

    /// <summary>Whether the customer pays ICMS (<c>ICMSTaxpayer</c>).</summary>
    [JsonPropertyName("ICMSTaxpayer")]
    public bool? IcmsTaxpayer { get; set; }

    /// <summary>The city (<c>City</c>).</summary>
    [JsonPropertyName("City")]
    public string? City { get; set; }

    /// <summary>The UF (<c>State</c>).</summary>
    [JsonPropertyName("State")]
    public string? State { get; set; }

    /// <summary>The CEP (<c>ZipCode</c>).</summary>
    [JsonPropertyName("ZipCode")]
    public string? ZipCode { get; set; }

    /// <summary>The neighbourhood (<c>Neighborhood</c>).</summary>
    [JsonPropertyName("Neighborhood")]
    public string? Neighborhood { get; set; }

    /// <summary>The city's IBGE code (<c>IbgeCode</c>).</summary>
    [JsonPropertyName("IbgeCode")]
    public string? IbgeCode { get; set; }

    /// <summary>The e-mail (<c>Email</c>).</summary>
    [JsonPropertyName("Email")]
    public string? Email { get; set; }

    /// <summary>Where NF-e are sent (<c>NFeEmail</c>).</summary>
    [JsonPropertyName("NFeEmail")]
    public string? NfeEmail { get; set; }

    /// <summary>The intra-state natureza (<c>TransactionType</c>).</summary>
    [JsonPropertyName("TransactionType")]
    public string? TransactionType { get; set; }

    /// <summary>The inter-state natureza (<c>InterstateTransactionType</c>).</summary>
    [JsonPropertyName("InterstateTransactionType")]
    public string? InterstateTransactionType { get; set; }

    /// <summary>The credit situation 1 Normal … 5 Pagamento à Vista (<c>Credit</c>).</summary>
    [JsonPropertyName("Credit")]
    public int? Credit { get; set; }

    /// <summary>When the customer last changed in the ERP (<c>LastUpdate</c>).</summary>
    [JsonPropertyName("LastUpdate")]
    public Instant? LastUpdate { get; set; }
}
