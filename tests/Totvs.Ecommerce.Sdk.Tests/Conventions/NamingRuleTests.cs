using System.Reflection;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>
/// The naming rule of docs/design-decisions.md, checked on the public surface: a sub-client is named after its records
/// (plural), its class is that name plus <c>Client</c>, its route-table entry has the same name, and its
/// <c>GetAsync</c> takes each key in the type the record exposes it.
/// </summary>
public sealed class NamingRuleTests
{
    private static IEnumerable<PropertyInfo> SubClients => typeof(TotvsEcommerceClient)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttribute<ObsoleteAttribute>() is null);

    [Fact]
    public void Every_sub_client_is_named_after_its_records_with_a_class_and_a_route_of_the_same_name()
    {
        var routes = typeof(TotvsRouteTable).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(SubClients, property =>
        {
            Assert.Equal(property.Name + "Client", property.PropertyType.Name);
            Assert.Contains(property.Name, routes);
            var record = RecordOf(property.PropertyType);
            if (record is not null)
            {
                Assert.Equal(Plural(record.Name), property.Name);
            }
        });
    }

    [Fact]
    public void Every_GetAsync_takes_its_keys_in_the_type_the_record_exposes_them()
    {
        foreach (var property in SubClients)
        {
            var record = RecordOf(property.PropertyType);
            var get = property.PropertyType.GetMethod("GetAsync");
            if (record is null || get is null)
            {
                continue;
            }

            foreach (var key in get.GetParameters().Where(p => p.Name is not ("storeCode" or "cancellationToken")))
            {
                var exposed = record.GetProperties().SingleOrDefault(p => string.Equals(p.Name, key.Name, StringComparison.OrdinalIgnoreCase))
                    ?? record.GetProperty("Code") ?? record.GetProperty("RootCode") ?? record.GetProperty("SkuId");
                Assert.NotNull(exposed);
                Assert.Equal(Nullable.GetUnderlyingType(exposed!.PropertyType) ?? exposed.PropertyType, key.ParameterType);
            }
        }
    }

    [Fact]
    public void Every_record_namespace_is_named_after_its_records_as_its_sub_client_is()
    {
        Assert.All(SubClients, property =>
        {
            var record = RecordOf(property.PropertyType);
            if (record is not null)
            {
                Assert.Equal($"Totvs.Ecommerce.Sdk.{Plural(record.Name)}", record.Namespace);
            }
        });
    }

    private static string Plural(string name) => name.EndsWith('y') ? name[..^1] + "ies" : name + "s";

    /// <summary>The record a collection client reads (<c>EcommerceCollectionClient&lt;TRecord, …&gt;</c>), or null.</summary>
    private static Type? RecordOf(Type client)
    {
        for (var type = client; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EcommerceCollectionClient<,>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
