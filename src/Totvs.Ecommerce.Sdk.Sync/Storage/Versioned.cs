namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// A stored value with its version: pass the version back when saving, and the store refuses the save when someone
/// else saved in between (<see cref="SyncConflictException"/>) instead of overwriting their work.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value as stored.</param>
/// <param name="Version">Its version: 1 for the first save, then 2, 3, …</param>
public sealed record Versioned<T>(T Value, long Version);
