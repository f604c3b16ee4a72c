namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>One row of TOTVS's published schema tables (docs/schemas), as test data.</summary>
public sealed record SchemaRow(string Object, string Field, string JsonType, int? Length, bool Required, bool Writable)
{
    /// <summary>The nested schema object of an array or object field.</summary>
    public string? Nested => JsonType.StartsWith("array of ", StringComparison.Ordinal) ? JsonType["array of ".Length..]
        : JsonType == "object" ? "DeliveryContry"
        : null;

    /// <summary>A date carried as a string (<c>yyyy-MM-dd</c>).</summary>
    public bool IsDate => JsonType == "string"
        && (Field.EndsWith("Date", StringComparison.Ordinal) || Field is "birthdate" or "LastSale" or "CreditLimitEnd" or "DateCancel" or "DateDevol" or "DateUpdatedSituation");

    public override string ToString() => $"{Object}.{Field}";
}
