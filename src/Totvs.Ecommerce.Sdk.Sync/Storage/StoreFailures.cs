using System.Data.Common;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>What a store throws when it cannot be reached or written: the database down, a file locked or damaged, a time-out.</summary>
internal static class StoreFailures
{
    public static bool IsUnavailable(Exception exception) => exception is DbException or IOException or TimeoutException;
}
