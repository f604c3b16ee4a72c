using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Reads a page envelope in both of Datasul's spellings: <c>{"hasNext", "items": […]}</c> and the
/// Mensagem Padronizada's <c>{"hasNext", "Orders"|"Customers": […], "totalHits": "123"}</c>.
/// Each record is read and checked on its own: a record of the wrong shape or breaking the ERP's rules
/// becomes an <see cref="InvalidRecord"/> for the caller to skip or stop at, never a failure of the page.
/// </summary>
internal static class PageReader
{
    public static PageReadResult<T> Read<T>(
        ReadOnlySpan<byte> body, JsonTypeInfo<T> itemType, JsonTypeInfo<PageEnvelope<T>> pageType, RecordRules<T> rules, PageRequest request,
        CancellationToken cancellationToken = default)
    {
        JsonErrors.ThrowIfNotUtf8(body);

        // Fast path: the whole page in one call, then each record checked. Only when something does not even read
        // does the page go token by token and record by record, so that one bad record never spoils the others.
        PageEnvelope<T>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, pageType);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is not null && envelope.Records.Count > request.PageSize)
        {
            throw TooManyRecords(request, envelope.Records.Count);
        }

        return envelope is null
            ? ReadRecordByRecord(body, itemType, rules, request, cancellationToken)
            : CheckAll(envelope, itemType, rules, request, cancellationToken);
    }

    /// <summary>An answer with more records than the page size asked for: the server ignores paging, or is hostile.</summary>
    private static TotvsApiException TooManyRecords(PageRequest request, int count) => new(
        $"GET {request.Route} answered page {request.PageNumber} with {(count > request.PageSize + 1 ? $"{count:N0}" : $"more than {request.PageSize}")} records " +
        $"for pageSize={request.PageSize}; the SDK refuses it rather than work through an answer it did not ask for. Check the server's paging for this Datasul release.",
        200, null, false, "GET", request.Route, null);

    private static PageReadResult<T> ReadRecordByRecord<T>(
        ReadOnlySpan<byte> body, JsonTypeInfo<T> itemType, RecordRules<T> rules, PageRequest request, CancellationToken cancellationToken)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a page object such as {\"hasNext\":false,\"items\":[]}.");
        }

        var items = new List<T>();
        List<InvalidRecord>? skipped = null;
        InvalidRecord? stoppedAt = null;
        var hasNext = false;
        long? totalCount = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (IsName(name, "hasNext"))
            {
                hasNext = LenientBooleanJsonConverter.ReadFlag(ref reader);
            }
            else if (IsName(name, "totalHits"))
            {
                totalCount = ReadCount(ref reader);
            }
            else if (reader.TokenType == JsonTokenType.StartArray && IsItemsName(name) && stoppedAt is null)
            {
                stoppedAt = ReadItems(body, ref reader, itemType, rules, request, items, ref skipped, cancellationToken);
            }
            else
            {
                reader.Skip();
            }
        }

        var page = new Page<T>(items, hasNext && stoppedAt is null, request.PageNumber, request.PageSize, totalCount, skipped);
        return new PageReadResult<T>(page, stoppedAt);
    }

    private static InvalidRecord? ReadItems<T>(
        ReadOnlySpan<byte> body, ref Utf8JsonReader reader, JsonTypeInfo<T> itemType, RecordRules<T> rules,
        PageRequest request, List<T> items, ref List<InvalidRecord>? skipped, CancellationToken cancellationToken)
    {
        var position = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            position++;
            if (position > request.PageSize)
            {
                throw TooManyRecords(request, position);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var start = (int)reader.TokenStartIndex;
            var check = new RecordCheck(request.RequestedFields);
            T? item = default;
            var resumeFrom = reader;
            try
            {
                item = JsonSerializer.Deserialize(ref reader, itemType);
            }
            catch (JsonException ex)
            {
                // The serializer leaves the reader where it was on failure: step over the whole record instead.
                reader = resumeFrom;
                reader.Skip();
                check.Add(JsonErrors.ToProblem(ex, body[start..(int)reader.BytesConsumed]));
            }

            if (item is null && !check.HasProblems)
            {
                check.Add(new RecordProblem("$", "The record is null."));
            }
            else if (item is not null)
            {
                rules.Validate(item, check);
            }

            if (!check.HasProblems)
            {
                items.Add(item!);
                continue;
            }

            var raw = Encoding.UTF8.GetString(body[start..(int)reader.BytesConsumed]);
            var invalid = new InvalidRecord(request.Route, item is null ? null : rules.KeyOf(item), request.PageNumber, position, check.Problems, raw);
            if ((request.OnInvalidRecord?.Invoke(invalid) ?? InvalidRecordAction.Stop) == InvalidRecordAction.Stop)
            {
                return invalid;
            }

            (skipped ??= []).Add(invalid);
        }

        return null;
    }

    private static PageReadResult<T> CheckAll<T>(
        PageEnvelope<T> envelope, JsonTypeInfo<T> itemType, RecordRules<T> rules, PageRequest request, CancellationToken cancellationToken)
    {
        var records = envelope.Records;

        // Until a record fails its check the page's own list is returned as is; only then is a filtered copy made.
        List<T>? kept = null;
        List<InvalidRecord>? skipped = null;
        InvalidRecord? stoppedAt = null;
        RecordCheck? check = null;
        for (var i = 0; i < records.Count; i++)
        {
            if ((i & 63) == 63)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var item = records[i];

            // One check serves every valid record; a record with problems keeps its own (they go into its InvalidRecord).
            check = check is { HasProblems: false } ? check : new RecordCheck(request.RequestedFields);
            if (item is null)
            {
                check.Add(new RecordProblem("$", "The record is null."));
            }
            else
            {
                rules.Validate(item, check);
            }

            if (!check.HasProblems)
            {
                kept?.Add(item!);
                continue;
            }

            kept ??= records.GetRange(0, i);
            var raw = item is null ? "null" : JsonSerializer.Serialize(item, itemType);
            var invalid = new InvalidRecord(request.Route, item is null ? null : rules.KeyOf(item), request.PageNumber, i + 1, check.Problems, raw);
            if ((request.OnInvalidRecord?.Invoke(invalid) ?? InvalidRecordAction.Stop) == InvalidRecordAction.Stop)
            {
                stoppedAt = invalid;
                break;
            }

            (skipped ??= []).Add(invalid);
        }

        var items = kept ?? records;
        var page = new Page<T>(items, envelope.HasNext && stoppedAt is null, request.PageNumber, request.PageSize, envelope.TotalHits, skipped);
        return new PageReadResult<T>(page, stoppedAt);
    }

    private static long? ReadCount(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                reader.Skip();
                return null;
        }
    }

    private static bool IsItemsName(string? name) =>
        IsName(name, "items") || IsName(name, "Orders") || IsName(name, "Customers");

    private static bool IsName(string? actual, string expected) =>
        string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);
}
