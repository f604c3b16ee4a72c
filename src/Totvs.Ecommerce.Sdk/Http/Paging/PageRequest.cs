namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>What the page reader needs to know about the page it reads and how to treat invalid records.</summary>
internal sealed record PageRequest(
    string Route,
    int PageNumber,
    int PageSize,
    IReadOnlyList<string>? RequestedFields,
    Func<InvalidRecord, InvalidRecordAction>? OnInvalidRecord);
