using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>Source-generated JSON for what the fake writes (it builds its answers as JSON nodes, with the wire names spelled out).</summary>
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class FakeJsonContext : JsonSerializerContext;
