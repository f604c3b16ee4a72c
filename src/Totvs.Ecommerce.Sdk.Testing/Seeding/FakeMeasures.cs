namespace Totvs.Ecommerce.Sdk.Testing.Seeding;

/// <summary>Weights and dimensions of a reference (CD1506), each optional.</summary>
/// <param name="NetWeightKg">Net weight, in kg.</param>
/// <param name="GrossWeightKg">Gross weight, in kg.</param>
/// <param name="HeightCm">Height, in cm.</param>
/// <param name="WidthCm">Width, in cm.</param>
/// <param name="LengthCm">Length, in cm.</param>
public sealed record FakeMeasures(decimal? NetWeightKg = null, decimal? GrossWeightKg = null, decimal? HeightCm = null, decimal? WidthCm = null, decimal? LengthCm = null);
