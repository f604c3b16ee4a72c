using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Reads <see cref="ErpEcommerceConfiguration"/> from a configuration section (<c>Totvs:Ecommerce:ErpConfiguration</c>):
/// the section becomes the JSON it came from (children <c>0</c>, <c>1</c>, … an array) and System.Text.Json fills the
/// immutable records, so a missing required value fails with its path.
/// </summary>
internal static class ErpConfigurationReader
{
    /// <summary>The section's name under the client's options.</summary>
    public const string SectionName = "ErpConfiguration";

    /// <summary>The configuration in the section, or <see langword="null"/> when there is none.</summary>
    /// <param name="section">The <c>ErpConfiguration</c> section.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="InvalidOperationException">A value is missing or cannot be read; the message names its path.</exception>
    public static ErpEcommerceConfiguration? Read(IConfigurationSection section)
    {
        if (!section.Exists())
        {
            return null;
        }

        try
        {
            return ToNode(section).Deserialize(ErpConfigurationJsonContext.Default.ErpEcommerceConfiguration);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException(
                $"{section.Path} cannot be read at '{ex.Path}': {ex.Message} Fix that setting (see docs/configuration.md).", ex);
        }
    }

    private static JsonNode? ToNode(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            return section.Value is null ? null : JsonValue.Create(section.Value);
        }

        if (children.All(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return new JsonArray(children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)).Select(ToNode).ToArray());
        }

        var node = new JsonObject();
        foreach (var child in children)
        {
            node[child.Key] = ToNode(child);
        }

        return node;
    }
}
