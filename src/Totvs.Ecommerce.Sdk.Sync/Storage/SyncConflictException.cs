namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// A save lost a race: someone else (another replica, another thread) saved the same key since it was read. Nothing was
/// overwritten. Read the key again and decide, or leave it to the one that won.
/// </summary>
public sealed class SyncConflictException : TotvsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">What was saved (a checkpoint name, a document, an item code).</param>
    /// <param name="expectedVersion">The version the save expected to replace (0: expected the key not to exist).</param>
    public SyncConflictException(string key, long expectedVersion)
        : base(expectedVersion == 0
            ? $"'{key}' was created by someone else in the meantime; nothing was overwritten. Read it again before saving."
            : $"'{key}' changed since version {expectedVersion} was read (another replica or thread saved it); nothing was overwritten. Read it again before saving.")
    {
        Key = key;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>What was saved.</summary>
    public string Key { get; }

    /// <summary>The version the save expected to replace (0: expected the key not to exist).</summary>
    public long ExpectedVersion { get; }
}
