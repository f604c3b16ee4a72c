using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>The filters and page of the status page, read from its query string (and written back into its links).</summary>
internal sealed record StatusPageQuery
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public string? Kind { get; init; }

    public DocumentSyncState? State { get; init; }

    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    public int Page { get; init; } = 1;

    public string? Language { get; init; }

    /// <summary>What the action before this view did (<c>synced</c>, <c>queued</c>, …), shown once above the page.</summary>
    public string? Notice { get; init; }

    /// <summary>The document the notice is about, as <c>kind/key</c>.</summary>
    public string? NoticeDocument { get; init; }

    /// <summary>Reads the query string; a malformed filter is an error that names it (never a silently empty list).</summary>
    public static StatusPageQuery Parse(IQueryCollection query)
    {
        var state = Value(query, "state") switch
        {
            null => (DocumentSyncState?)null,
            "synced" => DocumentSyncState.Synced,
            "problem" => DocumentSyncState.Problem,
            "pending" => DocumentSyncState.Pending,
            "given-up" => DocumentSyncState.GivenUp,
            var other => throw new FormatException($"The 'state' filter '{other}' is unknown: use synced, problem, pending or given-up."),
        };
        var page = Value(query, "page") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
                ? number
                : throw new FormatException($"The 'page' '{text}' is not a page number: use 1 or more.")
            : 1;
        return new StatusPageQuery
        {
            Kind = Value(query, "kind"), State = state, From = Date(query, "from"), To = Date(query, "to"), Page = page, Language = Value(query, "lang"),
            Notice = Value(query, "notice"), NoticeDocument = Value(query, "doc"),
        };
    }

    /// <summary>The state's name in URLs.</summary>
    public static string NameOf(DocumentSyncState state) => state switch
    {
        DocumentSyncState.Synced => "synced",
        DocumentSyncState.Problem => "problem",
        DocumentSyncState.GivenUp => "given-up",
        _ => "pending",
    };

    /// <summary>The ledger query of this page.</summary>
    public DocumentQuery ToDocumentQuery(DateTimeZone zone, int pageSize) => new()
    {
        Kind = Kind,
        State = State,
        ChangedFrom = From?.AtStartOfDayInZone(zone).ToInstant(),
        ChangedBefore = To?.PlusDays(1).AtStartOfDayInZone(zone).ToInstant(),
        Skip = (int)Math.Min((long)(Page - 1) * pageSize, int.MaxValue - 1000),
        Take = pageSize,
    };

    /// <summary>The query string of this page (with a leading <c>?</c>, or empty).</summary>
    public string ToQueryString()
    {
        var values = new List<KeyValuePair<string, string?>>();
        Add(values, "kind", Kind);
        Add(values, "state", State is { } state ? NameOf(state) : null);
        Add(values, "from", From is { } from ? DatePattern.Format(from) : null);
        Add(values, "to", To is { } to ? DatePattern.Format(to) : null);
        Add(values, "page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        Add(values, "lang", Language);
        Add(values, "notice", Notice);
        Add(values, "doc", NoticeDocument);
        return QueryString.Create(values).ToUriComponent();
    }

    private static void Add(List<KeyValuePair<string, string?>> values, string name, string? value)
    {
        if (value is not null)
        {
            values.Add(new(name, value));
        }
    }

    private static string? Value(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

    private static LocalDate? Date(IQueryCollection query, string name) => Value(query, name) is { } text
        ? DatePattern.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : throw new FormatException($"The '{name}' filter '{text}' is not a date: use yyyy-MM-dd, e.g. 2026-11-29.")
        : null;

    /// <summary>Reads a query string kept in a form (the page an action returns to).</summary>
    public static StatusPageQuery FromQueryString(string? queryString) =>
        Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)));
}
