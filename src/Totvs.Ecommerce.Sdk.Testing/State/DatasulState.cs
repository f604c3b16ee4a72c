using NodaTime;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>
/// Everything the fake ERP holds. One lock guards it all: the fake favours obvious correctness over
/// throughput, and each request holds the lock only while it reads or writes records.
/// </summary>
internal sealed class DatasulState(TimeProvider timeProvider)
{
    public object Sync { get; } = new();

    public SortedDictionary<string, StoreRecord> Stores { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, FamilyRecord> Families { get; } = new(StringComparer.Ordinal);

    /// <summary>The ERP's clock, as an instant; changes are stamped with it.</summary>
    public Instant Now => Instant.FromDateTimeOffset(timeProvider.GetUtcNow());

    public StoreRecord GetOrAddStore(string code)
    {
        if (!Stores.TryGetValue(code, out var store))
        {
            store = new StoreRecord(code);
            Stores.Add(code, store);
        }

        return store;
    }
}
