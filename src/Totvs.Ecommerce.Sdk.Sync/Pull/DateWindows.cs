using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Splits a long period into short windows: Datasul answers long date ranges slowly (the partner guide
/// recommends importing short periods), and a failed window is retried alone.
/// </summary>
public static class DateWindows
{
    /// <summary>The windows covering <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="days">The longest window, in days.</param>
    /// <returns>Consecutive windows (first and last day), in order; the last may be shorter.</returns>
    /// <exception cref="ArgumentException">The period ends before it starts, or <paramref name="days"/> is not positive.</exception>
    public static IReadOnlyList<DateWindow> Split(LocalDate from, LocalDate to, int days)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).", nameof(to));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var windows = new List<DateWindow>();
        for (var start = from; start <= to; start = start.PlusDays(days))
        {
            var end = start.PlusDays(days - 1);
            windows.Add(new DateWindow(start, end < to ? end : to));
        }

        return windows;
    }
}
