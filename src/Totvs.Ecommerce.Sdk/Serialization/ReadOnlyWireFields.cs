using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// The fields Datasul returns but does not accept on write (<c>available=false</c> in TOTVS's published schemas, and
/// the SDK's own read-only extensions, <c>docs/schemas/sdk</c>). The SDK's write serializer leaves them out of every POST,
/// PUT and PATCH. The sets are generated (<c>ReadOnlyWireFields.g.cs</c>, <c>build/generate-wire.sh</c>).
/// </summary>
internal static partial class ReadOnlyWireFields
{
    /// <summary>A <see cref="JsonTypeInfo"/> modifier that never writes a read-only field.</summary>
    /// <param name="type">The metadata to change.</param>
    public static void Exclude(JsonTypeInfo type)
    {
        if (!ByType.TryGetValue(type.Type, out var readOnly))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (readOnly.Contains(property.Name))
            {
                property.ShouldSerialize = static (_, _) => false;
            }
        }
    }
}
