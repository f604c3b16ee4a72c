using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// Runs every benchmark once with its smallest parameters, as BenchmarkDotNet's dry job would, so the suite never
/// rots between timing runs. This checks that they work, not how fast (timing lives in docs/benchmarks.md).
/// </summary>
public sealed class BenchmarksDryRunTests
{
    public static TheoryData<string> Benchmarks()
    {
        var data = new TheoryData<string>();
        foreach (var type in BenchmarkTypes())
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                data.Add($"{type.Name}.{method.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Benchmarks))]
    public async Task Each_benchmark_runs_once(string name)
    {
        var (typeName, methodName) = (name.Split('.')[0], name.Split('.')[1]);
        var type = BenchmarkTypes().Single(t => t.Name == typeName);
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
        {
            property.SetValue(instance, property.GetCustomAttribute<ParamsAttribute>()!.Values.Min());
        }

        await InvokeAll<GlobalSetupAttribute>(type, instance);
        await InvokeAll<IterationSetupAttribute>(type, instance);
        var result = type.GetMethod(methodName)!.Invoke(instance, null);
        if (result is Task task)
        {
            await task;
        }

        await InvokeAll<GlobalCleanupAttribute>(type, instance);
    }

    private static IEnumerable<Type> BenchmarkTypes() =>
        typeof(Totvs.Ecommerce.Sdk.Benchmarks.SkuStreamingBenchmarks).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null));

    private static async Task InvokeAll<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            if (method.Invoke(instance, null) is Task task)
            {
                await task;
            }
        }
    }
}
