namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>What an operator can do to a document from the page.</summary>
internal enum StatusPageAction
{
    /// <summary>"Sync again": send it now when the kind has a sender, or make it due for the next run.</summary>
    Retry,

    /// <summary>"Give up": it is never sent again unless forced.</summary>
    GiveUp,
}
