using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>The right of one replica to run a job (an incremental pull) until <see cref="ExpiresAt"/>.</summary>
/// <param name="Name">The job's name.</param>
/// <param name="Holder">Who holds it (a replica's name).</param>
/// <param name="Token">A number that grows with each new holder: a holder whose token is stale has lost the lease.</param>
/// <param name="ExpiresAt">When the lease passes on to another replica unless renewed.</param>
public sealed record SyncLease(string Name, string Holder, long Token, Instant ExpiresAt);
