namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>A part of a <see cref="SeedDocument"/>.</summary>
internal sealed class SeedDeposit
{
    public string BranchId { get; set; } = string.Empty;

    public string WarehouseCode { get; set; } = string.Empty;
}
