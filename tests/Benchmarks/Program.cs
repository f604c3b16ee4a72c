using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using Totvs.Ecommerce.Sdk.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- peak 100000    peak memory of one catalog size, in this process
// dotnet run -c Release --project tests/Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *]
if (args.Length == 2 && args[0] == "peak")
{
    return await PeakMemoryProbe.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
}

// dotnet run -c Release --project tests/Benchmarks -- prefetch 100 200 100   pages, ms per page, µs of work per record
if (args.Length == 4 && args[0] == "prefetch")
{
    return await PrefetchProbe.RunAsync(
        int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
}

return RunBenchmarks(args);

// In a method of its own so that the peak probe never loads BenchmarkDotNet (its working set is part of the measure).
[MethodImpl(MethodImplOptions.NoInlining)]
static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SkuStreamingBenchmarks).Assembly).Run(args);
    return 0;
}
