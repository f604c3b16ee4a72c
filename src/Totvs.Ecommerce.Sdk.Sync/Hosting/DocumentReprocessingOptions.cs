namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>How a <see cref="DocumentReprocessingService"/> runs.</summary>
public sealed class DocumentReprocessingOptions
{
    /// <summary>The pause between two runs (1 minute by default); each run sends every document then due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many documents a replica claims at a time (20 by default).</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Claims and schedule of the ledger.</summary>
    public DocumentLedgerOptions Ledger { get; set; } = new();

    /// <summary>Told what each run did (e.g. to update a status page or a metric).</summary>
    public IProgress<DocumentRunResult>? Progress { get; set; }

    /// <summary>Times the pause between runs; <see cref="TimeProvider.System"/> by default (a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
