using System.Text.Json.Nodes;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>A record as it goes on the wire (its JSON with the wire names), with the key and change time the fake filters and sorts by.</summary>
internal sealed record WireRecord(string Key, JsonObject Json, Instant LastUpdate);
