namespace Totvs.Ecommerce.Sdk.Tests.Crash;

/// <summary>
/// How big the crash and replica tests run: small in CI (well under a minute each), the full size with
/// <c>TOTVS_CRASH_FULL=1</c> (10,000 orders, a 50,000-SKU catalog, 20 kills).
/// </summary>
internal static class CrashTestSize
{
    public static bool Full { get; } = Environment.GetEnvironmentVariable("TOTVS_CRASH_FULL") == "1";

    public static int Orders => Full ? 10_000 : 1_000;

    public static int Skus => Full ? 50_000 : 5_000;

    public static int Kills => Full ? 20 : 5;

    /// <summary>The most a test waits for a process before it fails instead of hanging.</summary>
    public static TimeSpan Patience => Full ? TimeSpan.FromMinutes(30) : TimeSpan.FromMinutes(5);
}
