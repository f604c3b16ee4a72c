using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>How a document's status shows: the icon's class and label, and the problem in words (Datasul's advice when it has a code).</summary>
public static class StatusView
{
    public static string Icon(DocumentSyncState state) => state switch
    {
        DocumentSyncState.Synced => "synced",
        DocumentSyncState.Problem => "problem",
        _ => "pending",
    };

    public static string Label(DocumentSyncState state) => state switch
    {
        DocumentSyncState.Synced => "Sincronizado",
        DocumentSyncState.Problem => "Problema",
        DocumentSyncState.GivenUp => "Desistido",
        _ => "Pendente",
    };

    public static string Problem(DocumentSyncStatus status) =>
        status.State != DocumentSyncState.Problem ? string.Empty
        : status.ErrorCode is { } code && !code.EndsWith("Exception", StringComparison.Ordinal) && Words.Advice(code) is { } advice
            ? $"{advice} ({code})"
            : status.Description ?? string.Empty;
}
