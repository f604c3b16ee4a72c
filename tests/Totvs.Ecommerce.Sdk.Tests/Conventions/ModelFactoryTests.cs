using System.Reflection;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>A consumer can build every model and result the SDK returns, for its own unit tests; the problems share one shape.</summary>
public sealed class ModelFactoryTests
{
    [Fact]
    public void Every_public_class_can_be_built_by_a_consumer()
    {
        var assembly = typeof(TotvsEcommerceClient).Assembly;
        var factories = assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Select(m => m.ReturnType.IsGenericType ? m.ReturnType.GetGenericTypeDefinition() : m.ReturnType)
            .ToHashSet();

        var unbuildable = assembly.GetExportedTypes()
            .Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length == 0)
            .Where(t => t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).All(c => !c.IsFamily)) // a protected constructor is for mocking
            .Where(t => !factories.Contains(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(unbuildable);
    }

    [Fact]
    public void The_factory_builds_the_results_only_the_SDK_made_before()
    {
        var invalid = TotvsModelFactory.InvalidRecord("cdp/v1/productPublic/ecommerce", [new RecordProblem("gtin", "check digit")], key: "FUR-001", pageNumber: 3);
        var refused = TotvsModelFactory.AdmissionRejected(new Rejection("57382", "no suggestion rule", "naturezaOperacao"));

        Assert.Equal("FUR-001", invalid.Key);
        Assert.Equal(3, invalid.PageNumber);
        Assert.False(refused.IsAdmitted);
        Assert.Equal("57382", Assert.Single(refused.Rejections).Code);
        Assert.Throws<ArgumentException>(() => TotvsModelFactory.InvalidRecord("x", []));
        Assert.Throws<ArgumentException>(() => TotvsModelFactory.AdmissionRejected());
    }

    [Fact]
    public void Every_kind_of_problem_reads_as_code_message_and_target()
    {
        ITotvsProblem[] problems =
        [
            new Rejection("ORDER_KEY_COLLISION", "another store order", "customerOrderId"),
            new RecordProblem("price", "must be positive"),
            new ConfigurationProblem("CD0101 Store", "no default customer group"),
            new TotvsErrorDetail("57382", null, "no suggestion rule"),
        ];

        Assert.Equal(["ORDER_KEY_COLLISION", null, null, "57382"], problems.Select(p => p.Code));
        Assert.Equal(["another store order", "must be positive", "no default customer group", "no suggestion rule"], problems.Select(p => p.Message));
        Assert.Equal(["customerOrderId", "price", "CD0101 Store", null], problems.Select(p => p.Target));
    }
}
