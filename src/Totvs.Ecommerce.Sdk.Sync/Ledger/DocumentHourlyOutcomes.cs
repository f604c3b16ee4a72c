using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The sends of one hour by outcome, as <see cref="IDocumentOutcomeLog"/> counted them: a document refused twice then
/// synced counts two problems and one sync, each in its hour.
/// </summary>
/// <param name="Hour">The start of the hour (UTC, on the hour).</param>
/// <param name="Synced">Sends that synced a document in that hour.</param>
/// <param name="Problems">Sends that failed (or ran out of attempts) in that hour.</param>
public sealed record DocumentHourlyOutcomes(Instant Hour, int Synced, int Problems);
