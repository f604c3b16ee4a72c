namespace Totvs.Ecommerce.Sdk.Families;

/// <summary>
/// A family (família comercial, <c>cod-familia-comerc</c>) that Datasul publishes to the store as a category.
/// Only families linked to the store are published.
/// </summary>
// The wire properties are in Family.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record Family;
