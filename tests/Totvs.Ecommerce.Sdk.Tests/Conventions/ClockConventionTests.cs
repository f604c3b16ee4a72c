using System.Reflection;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>
/// One clock type in the public surface (issue 29): <see cref="TimeProvider"/>, which also makes the timers tests move.
/// No public property, constructor or method of a shipped package takes another clock (NodaTime's <see cref="IClock"/>),
/// so a caller never needs an adapter between two clocks of one SDK.
/// </summary>
public sealed class ClockConventionTests
{

    [Fact]
    public void No_public_member_of_a_shipped_package_takes_a_clock_other_than_TimeProvider()
    {
        var offenders = (
            from type in ShippedAssemblies.ExportedTypes
            from member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            from clockType in ClockTypesOf(member)
            where typeof(IClock).IsAssignableFrom(clockType)
            select $"{type.FullName}.{member.Name} ({clockType.Name})").Distinct().ToList();

        Assert.True(offenders.Count == 0, "Take a TimeProvider instead: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_check_sees_a_clock_in_a_property_and_in_a_parameter()
    {
        Assert.Contains(typeof(IClock), ClockTypesOf(typeof(WithClocks).GetProperty(nameof(WithClocks.Clock))!));
        Assert.Contains(typeof(IClock), ClockTypesOf(typeof(WithClocks).GetMethod(nameof(WithClocks.Run))!));
    }

    private static IEnumerable<Type> ClockTypesOf(MemberInfo member) => member switch
    {
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        MethodBase method => method.GetParameters().Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType),
        _ => [],
    };

    private sealed class WithClocks
    {
        public IClock Clock { get; init; } = SystemClock.Instance;

        public static void Run(IClock? clock) => _ = clock;
    }
}
