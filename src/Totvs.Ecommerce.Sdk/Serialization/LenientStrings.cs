using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// The reading rule of the models of TOTVS's published schemas (<see cref="GeneratedWireModels.ReadLeniently"/>): a text field
/// Progress sends as a number (<c>"BranchId": 1</c>) reads as the number's digits. The catalog's models stay strict.
/// </summary>
internal static class LenientStrings
{
    private static readonly LenientStringConverter Converter = new();

    /// <summary>A <see cref="JsonTypeInfo"/> modifier that reads every text property of a generated model leniently.</summary>
    /// <param name="type">The metadata to change.</param>
    public static void Apply(JsonTypeInfo type)
    {
        if (!GeneratedWireModels.ReadLeniently.Contains(type.Type))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(string))
            {
                property.CustomConverter = Converter;
            }
        }
    }
}
