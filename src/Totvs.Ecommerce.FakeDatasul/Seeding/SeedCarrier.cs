namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>A part of a <see cref="SeedDocument"/>.</summary>
internal sealed class SeedCarrier
{
    public string EcommerceId { get; set; } = string.Empty;

    public int CarrierCode { get; set; }

    public string ShortName { get; set; } = string.Empty;
}
