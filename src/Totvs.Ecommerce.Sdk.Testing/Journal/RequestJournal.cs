namespace Totvs.Ecommerce.Sdk.Testing.Journal;

/// <summary>
/// Every request the fake server received, in order, with what it answered. Thread-safe. Never holds
/// credentials: only the scheme of the <c>Authorization</c> header is kept.
/// </summary>
public sealed class RequestJournal
{
    private readonly List<JournalEntry> entries = [];
    private long sequence;

    internal RequestJournal()
    {
    }

    /// <summary>A snapshot of every entry so far, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (entries)
            {
                return entries.ToArray();
            }
        }
    }

    /// <summary>The entries for one method on one route (exactly, or a key below it such as <c>route/{code}</c> when <paramref name="includeKeys"/> is set).</summary>
    /// <param name="method">The HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="route">The route relative to the path prefix, e.g. <c>server.Routes.Families</c>.</param>
    /// <param name="includeKeys">Also match requests to <c>route/{key}</c>.</param>
    /// <returns>The matching entries, oldest first.</returns>
    public IReadOnlyList<JournalEntry> For(string method, string route, bool includeKeys = false) =>
        Entries.Where(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase)
            && (e.Route == route || (includeKeys && e.Route.StartsWith(route + "/", StringComparison.Ordinal))))
            .ToArray();

    /// <summary>Checks that the server received exactly <paramref name="expected"/> requests of a method on a route.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="route">The route relative to the path prefix.</param>
    /// <param name="expected">How many.</param>
    /// <param name="includeKeys">Also count requests to <c>route/{key}</c>.</param>
    /// <returns>The matching entries.</returns>
    /// <exception cref="FakeDatasulAssertionException">The count differs; the message lists the whole journal.</exception>
    public IReadOnlyList<JournalEntry> AssertReceived(string method, string route, int expected, bool includeKeys = false)
    {
        var matching = For(method, route, includeKeys);
        if (matching.Count != expected)
        {
            throw new FakeDatasulAssertionException(
                $"Expected {expected} {method} {route} request(s) but the fake Datasul received {matching.Count}. Journal:{Environment.NewLine}{this}");
        }

        return matching;
    }

    /// <summary>Checks that the server received exactly one request of a method on a route, and returns it.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="route">The route relative to the path prefix.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="FakeDatasulAssertionException">There were none or several; the message lists the whole journal.</exception>
    public JournalEntry AssertSingle(string method, string route) => AssertReceived(method, route, 1)[0];

    /// <summary>Checks that no request was answered with <paramref name="statusCode"/>.</summary>
    /// <param name="statusCode">The status, e.g. 401.</param>
    /// <exception cref="FakeDatasulAssertionException">Some were; the message lists the whole journal.</exception>
    public void AssertNoStatus(int statusCode)
    {
        var hits = Entries.Where(e => e.StatusCode == statusCode).ToList();
        if (hits.Count > 0)
        {
            throw new FakeDatasulAssertionException(
                $"Expected no answer with status {statusCode} but the fake Datasul gave {hits.Count}. Journal:{Environment.NewLine}{this}");
        }
    }

    /// <summary>Forgets every entry (the sequence keeps counting).</summary>
    public void Clear()
    {
        lock (entries)
        {
            entries.Clear();
        }
    }

    /// <summary>The whole journal, one line per entry, for a readable test failure message.</summary>
    /// <returns>The lines.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Entries.Select(e => e.ToString()));

    internal long NextSequence() => Interlocked.Increment(ref sequence);

    internal void Add(JournalEntry entry)
    {
        lock (entries)
        {
            entries.Add(entry);
        }
    }
}
