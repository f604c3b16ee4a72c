namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>An item of an invoice the fake ERP holds.</summary>
internal sealed record InvoiceLine(int Sequence, string ItemCode, string? ReferenceCode, decimal Quantity, decimal UnitPrice, decimal TotalValue);
