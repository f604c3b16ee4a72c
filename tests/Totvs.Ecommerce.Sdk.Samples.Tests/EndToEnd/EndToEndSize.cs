namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>
/// How big the end-to-end connector tests run: small in CI, the full size with <c>TOTVS_CRASH_FULL=1</c>
/// (10,000 orders, a 50,000-item catalog, 20 kills).
/// </summary>
internal static class EndToEndSize
{
    public static bool Full { get; } = Environment.GetEnvironmentVariable("TOTVS_CRASH_FULL") == "1";

    public static int Orders => Full ? 10_000 : 240;

    public static int Items => Full ? 50_000 : 1_500;

    public static int Kills => Full ? 20 : 5;

    /// <summary>The most a test waits for the processes before it fails instead of hanging (a guard, not a wait).</summary>
    public static TimeSpan Patience => Full ? TimeSpan.FromMinutes(60) : TimeSpan.FromMinutes(6);
}
