namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales.Schema;

/// <summary>
/// One field of a published TOTVS schema (or of the SDK's e-commerce extension): its JSON name, published JSON type,
/// length, whether Datasul requires it and whether it accepts it on write.
/// </summary>
/// <param name="Name">The JSON name, exact case.</param>
/// <param name="JsonType">As published: <c>string</c>, <c>integer</c>, <c>decimal</c>/<c>number</c>, <c>boolean</c>, <c>array of X</c>, <c>object</c>.</param>
/// <param name="Length">Datasul's column length, where published.</param>
/// <param name="Required">Required on write.</param>
/// <param name="Writable">Accepted on write (<c>available=true</c>); otherwise Datasul fills it.</param>
/// <param name="Nested">For an array or object: the schema object its elements follow.</param>
internal sealed record SchemaField(string Name, string JsonType, int? Length, bool Required, bool Writable, string? Nested);
