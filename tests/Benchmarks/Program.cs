using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using Totvs.Ecommerce.Sdk.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- peak 100000 [1]  peak memory of one catalog size (and PrefetchPages), in this process
// dotnet run -c Release --project tests/Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *]
if (args.Length is 2 or 3 && args[0] == "peak")
{
    return await PeakMemoryProbe.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);
}

// dotnet run -c Release --project tests/Benchmarks -- orders 2000 200 8 4   orders, ms per POST, MaxConcurrency, the ERP's capacity
if (args.Length == 5 && args[0] == "orders")
{
    return await OrderBatchProbe.RunAsync(
        int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture),
        int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
}

// dotnet run -c Release --project tests/Benchmarks -- job 2000 200 8 100 200 100   the template connector's main job: orders, ms per POST, K; pages, ms per page, µs per record
if (args.Length == 7 && args[0] == "job")
{
    var numbers = args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    return await ConnectorJobProbe.RunAsync(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]);
}

// dotnet run -c Release --project tests/Benchmarks -- prefetch 100 200 100   pages, ms per page, µs of work per record
if (args.Length == 4 && args[0] == "prefetch")
{
    return await PrefetchProbe.RunAsync(
        int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
}

// dotnet run -c Release --project tests/Benchmarks -- alloc 20   bytes and time per call of the SDK's comparison calls
if (args.Length == 2 && args[0] == "alloc")
{
    return await AllocProbe.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
}

// dotnet run -c Release --project tests/Benchmarks -- vtex 10000 100 200 20 8   SKUs, page size, ms per Datasul page, ms per VTEX call, VTEX calls at once
if (args.Length == 6 && args[0] == "vtex")
{
    var numbers = args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    return await VtexPublishProbe.RunAsync(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]);
}

return RunBenchmarks(args);

// In a method of its own so that the peak probe never loads BenchmarkDotNet (its working set is part of the measure).
[MethodImpl(MethodImplOptions.NoInlining)]
static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SkuStreamingBenchmarks).Assembly).Run(args);
    return 0;
}
