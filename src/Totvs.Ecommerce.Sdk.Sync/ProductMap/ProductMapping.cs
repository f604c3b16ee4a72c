namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>How an ERP item is known in the partner's system: its product type and packaging.</summary>
/// <param name="ItemCode">The ERP item code.</param>
/// <param name="PartnerProductType">The partner's product type.</param>
/// <param name="Packaging">The partner's packaging (e.g. <c>CX-12</c>).</param>
public sealed record ProductMapping(string ItemCode, string PartnerProductType, string Packaging);
