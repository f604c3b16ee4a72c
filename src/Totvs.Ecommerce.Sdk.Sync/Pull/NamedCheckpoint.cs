namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>A pull's checkpoint with the pull's name.</summary>
/// <param name="Name">The pull's name, e.g. <c>products-store-1</c>.</param>
/// <param name="Checkpoint">Where it stands, with its last finished run (<see cref="SyncCheckpoint.LastRun"/>).</param>
public sealed record NamedCheckpoint(string Name, SyncCheckpoint Checkpoint);
