using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>The status of each purchase imported and each sale sent, one ledger each (the SDK's document ledger, in SQLite).</summary>
/// <param name="Purchases">Purchase orders, by number.</param>
/// <param name="Sales">The partner's sales, by number.</param>
public sealed record PartnerLedgers(DocumentSyncLedger Purchases, DocumentSyncLedger Sales);
