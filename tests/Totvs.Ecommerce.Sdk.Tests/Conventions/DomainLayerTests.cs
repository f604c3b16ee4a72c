using System.Reflection;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>The domain layer knows nothing of HTTP or JSON, and its identifiers all parse the same way.</summary>
public sealed class DomainLayerTests
{
    private static readonly Type[] DomainTypes = typeof(TotvsEcommerceClient).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("Totvs.Ecommerce.Sdk.Domain", StringComparison.Ordinal) == true)
        .ToArray();

    [Fact]
    public void The_domain_layer_has_no_dependency_on_HTTP_or_JSON_types()
    {
        Assert.NotEmpty(DomainTypes);
        var offenders = DomainTypes.SelectMany(type => ReferencedTypes(type).Where(IsTransportType).Select(t => $"{type.FullName} uses {t.FullName}")).ToList();

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Every_public_identifier_has_Parse_and_TryParse()
    {
        var identifiers = DomainTypes.Where(t => t.IsPublic && t.IsValueType && !t.IsEnum && t.GetProperty("Value") is not null && t.Name != "StockControl");

        Assert.All(identifiers, type =>
        {
            Assert.NotNull(type.GetMethod("Parse", [typeof(string)]));
            Assert.NotNull(type.GetMethod("TryParse", [typeof(string), type.MakeByRefType()]));
        });
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var attribute in type.GetCustomAttributesData())
        {
            yield return attribute.AttributeType;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return property.PropertyType;
            foreach (var attribute in property.GetCustomAttributesData())
            {
                yield return attribute.AttributeType;
            }
        }

        foreach (var method in type.GetMethods(all))
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
            {
                yield return local.LocalType;
            }
        }
    }

    private static bool IsTransportType(Type type)
    {
        var name = (type.IsByRef || type.IsArray ? type.GetElementType()! : type).Namespace ?? string.Empty;
        return name.StartsWith("System.Net.Http", StringComparison.Ordinal) || name.StartsWith("System.Text.Json", StringComparison.Ordinal);
    }
}
