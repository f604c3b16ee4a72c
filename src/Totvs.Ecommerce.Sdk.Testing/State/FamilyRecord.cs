using NodaTime;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A family (família comercial) as the fake ERP holds it.</summary>
internal sealed record FamilyRecord(string Code, string Description, bool IsActive, Instant LastUpdate);
