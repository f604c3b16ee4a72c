using System.Text.Json.Nodes;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>How one resource's records go on the wire: their JSON with the wire names, and their change time.</summary>
internal sealed record WireProjection<T>(Func<T, Instant> LastUpdate, Func<T, JsonObject> ToJson);
