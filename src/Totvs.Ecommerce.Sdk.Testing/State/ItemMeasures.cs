namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>An item's optional weights (kg) and dimensions (cm).</summary>
internal sealed record ItemMeasures(decimal? NetWeightKg, decimal? GrossWeightKg, decimal? HeightCm, decimal? WidthCm, decimal? LengthCm);
