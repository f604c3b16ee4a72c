using System.Text.Json;
using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>
/// Habits of real Datasul releases the fake can take on (<c>--quirk</c>), so a connector meets them before production:
/// some are settings of the fake itself (empty lists as 404, unknown store as 404); the others reshape its answers here.
/// </summary>
internal static class Quirks
{
    public const string EmptySales404 = "empty-sales-404";
    public const string UnknownStore404 = "unknown-store-404";
    public const string BusinessErrorsAs500 = "business-errors-500";
    public const string NumericErrorCodes = "numeric-error-codes";
    public const string RowErrors = "row-errors";
    public const string ExtraFields = "extra-fields";
    public const string RenamedFields = "renamed-fields";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        EmptySales404, UnknownStore404, BusinessErrorsAs500, NumericErrorCodes, RowErrors, ExtraFields, RenamedFields,
    };

    /// <summary>
    /// The fields <see cref="RenamedFields"/> spells otherwise, as a release may: the family's description, the order's
    /// store code (an e-commerce extension field) and the customer's CEP, which the release also takes under its own names.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["categoryErpDesc"] = "description",
        ["EcommerceStoreCode"] = "CodigoLojaEcommerce",
        ["ZipCode"] = "CEP",
    };

    /// <summary>The rewriting of request bodies the quirks ask for (a renamed field read back under the fake's name), or <see langword="null"/>.</summary>
    public static Func<byte[], byte[]>? RequestRewriter(IReadOnlySet<string> quirks) => quirks.Contains(RenamedFields) ? RenameBack : null;

    private static byte[] RenameBack(byte[] body)
    {
        if (body.Length == 0)
        {
            return body;
        }

        try
        {
            if (JsonNode.Parse(body) is not JsonObject record)
            {
                return body;
            }

            foreach (var (from, to) in Renamed)
            {
                // The release does not know the SDK's name: a value sent under it is lost, as a real release would ignore it.
                record.Remove(from);
                if (record.Remove(to, out var value))
                {
                    record[from] = value;
                }
            }

            return JsonSerializer.SerializeToUtf8Bytes(record);
        }
        catch (JsonException)
        {
            return body; // not JSON (a form, a malformed body): the fake answers it as it is
        }
    }

    /// <summary>The reshaping the quirks ask for, or <see langword="null"/> when none reshapes answers.</summary>
    public static Func<FakeResponse, FakeResponse>? Reshaper(IReadOnlySet<string> quirks)
    {
        var active = quirks.Where(q => q is BusinessErrorsAs500 or NumericErrorCodes or RowErrors or ExtraFields or RenamedFields).ToHashSet(StringComparer.Ordinal);
        return active.Count == 0 ? null : answer => Reshape(answer, active);
    }

    private static FakeResponse Reshape(FakeResponse answer, HashSet<string> quirks)
    {
        if (answer.DropConnection || answer.Body.Length == 0)
        {
            return answer;
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(answer.Body);
        }
        catch (JsonException)
        {
            return answer; // a malformed-JSON fault stays malformed
        }

        if (body is not JsonObject obj)
        {
            return answer;
        }

        var status = answer.StatusCode;
        var isBusinessError = status is >= 400 and < 600 and not (401 or 403 or 404 or 429) && obj["code"] is not null;
        if (isBusinessError && quirks.Contains(BusinessErrorsAs500))
        {
            status = 500;
        }

        if (isBusinessError && quirks.Contains(NumericErrorCodes))
        {
            NumberCodes(obj);
        }

        if (isBusinessError && quirks.Contains(RowErrors))
        {
            obj = new JsonObject
            {
                ["rowErrors"] = new JsonArray(new JsonObject
                {
                    ["errorNumber"] = obj["code"]?.DeepClone(),
                    ["errorDescription"] = obj["message"]?.DeepClone(),
                    ["errorSubType"] = "ERROR",
                    ["errorType"] = "EXCEPTION",
                    ["errorHelp"] = obj["detailedMessage"]?.DeepClone(),
                }),
            };
        }

        if (status is >= 200 and < 300 && quirks.Contains(ExtraFields))
        {
            AddUnknownFields(obj);
        }

        if (status is >= 200 and < 300 && quirks.Contains(RenamedFields))
        {
            Rename(obj);
        }

        return new FakeResponse(status, JsonSerializer.SerializeToUtf8Bytes(obj), answer.RetryAfter);
    }

    /// <summary>A code of digits only becomes a JSON number, as older releases send it.</summary>
    private static void NumberCodes(JsonObject error)
    {
        if (error["code"] is JsonValue code && code.TryGetValue<string>(out var text) && long.TryParse(text, out var number))
        {
            error["code"] = number;
        }

        foreach (var detail in (error["details"] as JsonArray ?? []).OfType<JsonObject>())
        {
            NumberCodes(detail);
        }
    }

    /// <summary>The fields of <see cref="Renamed"/> under their other names, on every record of a page and on a single record.</summary>
    private static void Rename(JsonObject answer)
    {
        var records = new[] { "items", "Orders", "Customers" }.SelectMany(list => (answer[list] as JsonArray ?? []).OfType<JsonObject>()).Append(answer);
        foreach (var record in records)
        {
            foreach (var (from, to) in Renamed)
            {
                if (record.Remove(from, out var value))
                {
                    record[to] = value;
                }
            }
        }
    }

    /// <summary>A field no contract names, on the envelope and on every record (clients must ignore unknown fields).</summary>
    private static void AddUnknownFields(JsonObject envelope)
    {
        envelope["_erpTrace"] = "quirk: a field no contract names";
        foreach (var list in new[] { "items", "Orders", "Customers" })
        {
            foreach (var record in (envelope[list] as JsonArray ?? []).OfType<JsonObject>())
            {
                record["customField99"] = new JsonObject { ["internal"] = true, ["values"] = new JsonArray(1, 2, 3) };
            }
        }
    }
}
