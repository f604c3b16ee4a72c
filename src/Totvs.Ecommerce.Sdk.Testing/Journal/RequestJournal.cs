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
