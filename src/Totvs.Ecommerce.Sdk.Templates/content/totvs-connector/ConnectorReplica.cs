namespace TotvsConnector;

/// <summary>This replica's name (<see cref="ConnectorOptions.ReplicaName"/>): the holder of its leases and claims in the state store.</summary>
public sealed record ConnectorReplica(string Name);
