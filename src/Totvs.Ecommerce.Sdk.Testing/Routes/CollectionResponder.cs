using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>
/// Serves a collection the way Datasul does: <c>lastUpdate</c> (server local time, records changed at or
/// after it), <c>order</c> (<c>a,-b</c>), <c>page</c>/<c>pageSize</c> (1-based, default 1/20) and
/// <c>fields</c>, in the <c>{"hasNext","items"}</c> envelope. Bad parameters get a 400 that names them.
/// </summary>
internal static class CollectionResponder
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 1000;
    private static readonly LocalDateTimePattern LastUpdatePattern = LocalDateTimePattern.ExtendedIso;

    /// <summary>Answers one page of <paramref name="records"/>, which must come in key order (the default order).</summary>
    /// <param name="request">The request, with its paging, lastUpdate, fields, order and $filter.</param>
    /// <param name="records">The records, in key order.</param>
    /// <param name="projection">How records go on the wire.</param>
    /// <param name="serverZone">The zone lastUpdate is read in.</param>
    /// <param name="itemsName">The envelope's array: <c>items</c>, or <c>Orders</c>/<c>Customers</c> for the Mensagem Padronizada.</param>
    /// <param name="emptyAsNotFound">Answer a first page that matches nothing with 404 and a <c>NOT_FOUND</c> body, as the Mensagem Padronizada lists may.</param>
    public static FakeResponse Respond<T>(
        FakeRequest request, IEnumerable<T> records, WireProjection<T> projection, DateTimeZone serverZone, string itemsName = "items", bool emptyAsNotFound = false)
    {
        if (!TryReadInt(request, "page", 1, 1, int.MaxValue, out var page, out var error)
            || !TryReadInt(request, "pageSize", DefaultPageSize, 1, MaxPageSize, out var pageSize, out error))
        {
            return error!;
        }

        var selected = records;
        var lastUpdate = request.Query["lastUpdate"];
        if (lastUpdate is not null)
        {
            var parsed = LastUpdatePattern.Parse(lastUpdate);
            if (!parsed.Success)
            {
                return BadRequest(request, "lastUpdate",
                    $"lastUpdate '{lastUpdate}' inválido: use a hora local do servidor, ex. 2022-02-17T00:00:00.001.",
                    $"lastUpdate '{lastUpdate}' is invalid: use the server's local time, e.g. 2022-02-17T00:00:00.001.");
            }

            var since = parsed.Value.InZoneLeniently(serverZone).ToInstant();
            selected = selected.Where(r => projection.LastUpdate(r) >= since);
        }

        if (!ODataFilter.TryParse(request.Query["$filter"], out var filter, out var filterError))
        {
            return BadRequest(request, "$filter", filterError!, filterError!);
        }

        long? totalHits = null;
        if (filter is not null || string.Equals(request.Query["totalCount"], "true", StringComparison.OrdinalIgnoreCase))
        {
            // Filtering and counting need every record's JSON; the fake pays that price only when asked.
            var matching = selected.Where(r => filter?.Matches(projection.ToJson(r)) ?? true).ToList();
            totalHits = matching.Count;
            selected = matching;
        }

        IEnumerable<JsonObject> ordered;
        var order = request.Query["order"];
        if (string.IsNullOrWhiteSpace(order))
        {
            // Only the records of the asked page are turned into JSON.
            ordered = selected.Skip(SkipCount(page, pageSize)).Take(pageSize + 1).Select(projection.ToJson);
            page = 1;
        }
        else
        {
            var sorted = Order(request, selected.Select(projection.ToJson).ToList(), order, out error);
            if (sorted is null)
            {
                return error!;
            }

            ordered = sorted;
        }

        var pageItems = ordered.Skip(SkipCount(page, pageSize)).Take(pageSize + 1).ToList();
        if (emptyAsNotFound && pageItems.Count == 0)
        {
            return FakeResponse.Error(404, FakeErrorCodes.NotFound,
                request.WantsPortuguese ? "Nenhum registro encontrado." : "No record matches the request.");
        }

        var items = new JsonArray();
        foreach (var record in pageItems.Take(pageSize))
        {
            items.Add((JsonNode)SelectFields(request, record));
        }

        var envelope = new JsonObject { ["hasNext"] = pageItems.Count > pageSize, [itemsName] = items };
        if (string.Equals(request.Query["totalCount"], "true", StringComparison.OrdinalIgnoreCase))
        {
            envelope["totalHits"] = totalHits!.Value.ToString(CultureInfo.InvariantCulture);
        }

        return FakeResponse.Json(200, envelope);
    }

    private static int SkipCount(int page, int pageSize) => (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);

    private static List<JsonObject>? Order(FakeRequest request, List<JsonObject> records, string order, out FakeResponse? error)
    {
        error = null;
        IOrderedEnumerable<JsonObject>? sorted = null;
        foreach (var term in order.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var descending = term.StartsWith('-');
            var field = term.TrimStart('-', '+');
            if (records.Count > 0 && !records[0].ContainsKey(field))
            {
                error = BadRequest(request, "order", $"Campo '{field}' desconhecido em order.", $"Unknown field '{field}' in order.");
                return null;
            }

            Func<JsonObject, JsonNode?> key = r => r[field];
            sorted = sorted is null
                ? descending ? records.OrderByDescending(key, JsonValueComparer.Instance) : records.OrderBy(key, JsonValueComparer.Instance)
                : descending ? sorted.ThenByDescending(key, JsonValueComparer.Instance) : sorted.ThenBy(key, JsonValueComparer.Instance);
        }

        return sorted?.ToList() ?? records;
    }

    private static JsonObject SelectFields(FakeRequest request, JsonObject record)
    {
        var fields = request.Query["fields"];
        if (string.IsNullOrWhiteSpace(fields))
        {
            return record;
        }

        var wanted = fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var selected = new JsonObject();
        foreach (var (name, value) in record)
        {
            if (wanted.Contains(name, StringComparer.Ordinal))
            {
                selected[name] = value?.DeepClone();
            }
        }

        return selected;
    }

    private static bool TryReadInt(FakeRequest request, string name, int fallback, int min, int max, out int value, out FakeResponse? error)
    {
        error = null;
        var text = request.Query[name];
        if (text is null)
        {
            value = fallback;
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        error = BadRequest(request, name, $"{name} '{text}' inválido: use um inteiro de {min} a {max}.", $"{name} '{text}' is invalid: use a whole number from {min} to {max}.");
        return false;
    }

    private static FakeResponse BadRequest(FakeRequest request, string parameter, string portuguese, string english) =>
        FakeResponse.Error(400, FakeErrorCodes.InvalidParameter, request.WantsPortuguese ? portuguese : english, $"Query parameter: {parameter}");

    /// <summary>Orders JSON scalars: nulls first, then numbers numerically, booleans, and strings ordinally.</summary>
    private sealed class JsonValueComparer : IComparer<JsonNode?>
    {
        public static readonly JsonValueComparer Instance = new();

        public int Compare(JsonNode? x, JsonNode? y)
        {
            if (x is null || y is null)
            {
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            }

            var kindX = x.GetValueKind();
            var kindY = y.GetValueKind();
            if (kindX == JsonValueKind.Number && kindY == JsonValueKind.Number)
            {
                return ToDecimal(x).CompareTo(ToDecimal(y));
            }

            return string.CompareOrdinal(ToText(x, kindX), ToText(y, kindY));
        }

        private static decimal ToDecimal(JsonNode node) => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

        private static string ToText(JsonNode node, JsonValueKind kind) =>
            kind == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
    }
}
