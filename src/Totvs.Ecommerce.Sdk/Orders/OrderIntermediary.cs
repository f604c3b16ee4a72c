using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>The marketplace where the sale happened (<c>Intermediary</c>), registered in the ERP as a representative.</summary>
public sealed record OrderIntermediary
{
    /// <summary>The representative's short name (<c>ShortName</c>).</summary>
    [JsonPropertyName("ShortName")]
    public string ShortName { get; set; } = string.Empty;

    /// <summary>The marketplace's CNPJ (<c>PersonalId</c>).</summary>
    [JsonPropertyName("PersonalId")]
    public string? PersonalId { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("personal data hidden");
        return true;
    }
}
