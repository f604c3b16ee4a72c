using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Preflight;

/// <summary>
/// Learns a Datasul release's dialect on first contact: one record of each resource, read-only, against the names and JSON
/// types this client reads it by (the contract, with the configured <see cref="TotvsEcommerceOptions.FieldNames"/>). Each
/// difference is a finding: a field the SDK does not know, a required one missing, another JSON type, and — when an unknown
/// field looks like a missing one — the <c>FieldNames</c> setting that maps it.
/// </summary>
internal static class WireDialect
{
    /// <summary>The resources read: every one whose records the SDK models, except the purchasing module's.</summary>
    private static readonly string[] Skipped = [nameof(TotvsRouteTable.PurchaseOrders), nameof(TotvsRouteTable.PurchaseOrderLines)];

    public static async Task<IReadOnlyList<PreflightFinding>> CheckAsync(TotvsTransport transport, string storeCode, CancellationToken cancellationToken)
    {
        var findings = new List<PreflightFinding>();
        foreach (var (entry, route) in transport.Routes.ToList())
        {
            if (Skipped.Contains(entry) || !FieldRenames.RecordTypes.TryGetValue(entry, out var type))
            {
                continue;
            }

            JsonElement? record;
            try
            {
                record = await FirstRecordAsync(transport, route, storeCode, cancellationToken).ConfigureAwait(false);
            }
            catch (TotvsApiException ex) when (ex.Code == TotvsErrorCodes.CatalogModeMismatch)
            {
                continue; // the store publishes the other catalog mode (SKUs or Root/SKU); its resource is compared instead
            }
            catch (TotvsApiException ex)
            {
                findings.Add(new PreflightFinding("dialect", entry, $"One record of {entry} could not be read to compare its fields: {ex.Message}", null));
                continue;
            }

            if (record is { } found)
            {
                findings.AddRange(Compare(entry, transport.ReadTypeOf(type), TotvsJsonContext.Default.GetTypeInfo(type)!, found));
            }
        }

        return findings;
    }

    /// <summary>The differences between one record as Datasul sent it and the metadata it is read with.</summary>
    public static IEnumerable<PreflightFinding> Compare(string entry, JsonTypeInfo readAs, JsonTypeInfo contract, JsonElement record)
    {
        var contractNames = contract.Properties.ToDictionary(MemberName, p => p.Name, StringComparer.Ordinal);
        var lenientText = GeneratedWireModels.ReadLeniently.Contains(contract.Type);
        var expected = readAs.Properties.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var sent = record.EnumerateObject().Where(p => !p.Name.StartsWith('_')).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);

        var missing = expected.Values.Where(p => !sent.ContainsKey(p.Name)).ToList();
        var extra = sent.Where(p => !expected.ContainsKey(p.Key)).ToList();
        var matched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in extra)
        {
            var kind = KindOf(value.ValueKind);
            var twin = missing
                .Where(p => !matched.Contains(p.Name) && Accepts(p.PropertyType, value.ValueKind, lenientText))
                .Select(p => (Property: p, Score: Likeness(p.Name, name)))
                .Where(c => c.Score > 0)
                .OrderByDescending(c => c.Score).ThenBy(c => c.Property.Name.Length)
                .Select(c => c.Property).FirstOrDefault();
            if (twin is not null)
            {
                matched.Add(twin.Name);
                var sdkName = contractNames[MemberName(twin)];
                yield return new PreflightFinding("dialect", $"{entry}.{sdkName}",
                    $"Datasul sends '{name}' ({kind}) where the SDK reads '{twin.Name}': this release seems to spell it otherwise. " +
                    $"Map it with FieldNames:{entry}:{sdkName} = {name} (configuration key Totvs:Ecommerce:FieldNames:{entry}:{sdkName}).", null);
            }
            else
            {
                yield return new PreflightFinding("dialect", $"{entry}.{name}",
                    $"Datasul sends '{name}' ({kind}), which the SDK does not read: it is kept as it came (AdditionalFields where the record has them). " +
                    $"If it is a field the SDK knows under another name, map it with FieldNames:{entry}:<the SDK's name> = {name}.", null);
            }
        }

        foreach (var property in missing.Where(p => !matched.Contains(p.Name) && !p.IsSetNullable))
        {
            yield return new PreflightFinding("dialect", $"{entry}.{contractNames[MemberName(property)]}",
                $"Datasul's record has no '{property.Name}', which the SDK needs: records would be refused as unreadable. " +
                $"Find the release's name for it and set FieldNames:{entry}:{contractNames[MemberName(property)]} to it.", null);
        }

        foreach (var property in expected.Values)
        {
            if (sent.TryGetValue(property.Name, out var value) && value.ValueKind != JsonValueKind.Null && !Accepts(property.PropertyType, value.ValueKind, lenientText))
            {
                yield return new PreflightFinding("dialect", $"{entry}.{contractNames[MemberName(property)]}",
                    $"Datasul sends '{property.Name}' as a JSON {KindOf(value.ValueKind)}; the SDK reads it as {Expected(property.PropertyType)}.", null);
            }
        }
    }

    private static async Task<JsonElement?> FirstRecordAsync(TotvsTransport transport, string route, string storeCode, CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder().Add("storeCode", route.EndsWith("/ecommerce", StringComparison.Ordinal) ? storeCode : null)
            .Add("page", "1").Add("pageSize", "1").ToString();
        var (answer, isEmpty) = await transport.GetPageAsync(route, query, cancellationToken).ConfigureAwait(false);
        using (answer)
        {
            if (isEmpty)
            {
                return null;
            }

            using var document = JsonDocument.Parse(answer.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.Array).Value is { ValueKind: JsonValueKind.Array } items
                && items.GetArrayLength() > 0 && items[0].ValueKind == JsonValueKind.Object
                ? items[0].Clone()
                : null;
        }
    }

    private static string MemberName(JsonPropertyInfo property) => (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;

    /// <summary>
    /// Two names for one field: equal but for case and punctuation, one holding the other, a word of one abbreviating a
    /// word of the other (<c>categoryErpDesc</c> and <c>description</c>), or a word of one translating a word of the other
    /// (Datasul's Portuguese: <c>CEP</c> and <c>ZipCode</c>, <c>CodigoLoja</c> and <c>StoreCode</c>). Only fields of a kind
    /// the SDK reads are paired.
    /// </summary>
    /// <returns>0 when the names are not alike; up to 1 as they are more alike (1: the same letters), so the likest missing field is paired.</returns>
    private static double Likeness(string sdk, string erp)
    {
        static string Letters(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        static List<string> Words(string name) => System.Text.RegularExpressions.Regex.Split(name, "(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")
            .Select(w => w.ToLowerInvariant()).Select(w => PortugueseWords.GetValueOrDefault(w, w)).Where(w => w.Length >= 3).ToList();
        static bool Same(string x, string y) => x == y || Math.Min(x.Length, y.Length) >= 4 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
        var (a, b) = (Letters(sdk), Letters(erp));
        if (a == b)
        {
            return 1;
        }

        // Alike when every word of the name with fewer words is in the other; the more of the other's words shared, the likelier.
        var (sdkWords, erpWords) = (Words(sdk), Words(erp));
        var (fewer, more) = sdkWords.Count <= erpWords.Count ? (sdkWords, erpWords) : (erpWords, sdkWords);
        if (fewer.Count > 0 && fewer.All(x => more.Any(y => Same(x, y))))
        {
            return (double)fewer.Count / more.Count;
        }

        return Math.Min(a.Length, b.Length) >= 4 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) ? 0.5 : 0;
    }

    /// <summary>The Portuguese words Datasul's own field names use, in the English of the SDK's wire names.</summary>
    private static readonly Dictionary<string, string> PortugueseWords = new(StringComparer.Ordinal)
    {
        ["cep"] = "zip", ["codigo"] = "code", ["cod"] = "code", ["loja"] = "store", ["descricao"] = "description", ["desc"] = "description",
        ["nome"] = "name", ["cliente"] = "customer", ["pedido"] = "order", ["preco"] = "price", ["estoque"] = "stock", ["saldo"] = "balance",
        ["deposito"] = "warehouse", ["estabelecimento"] = "branch", ["estab"] = "branch", ["familia"] = "family", ["categoria"] = "category",
        ["tabela"] = "table", ["quantidade"] = "quantity", ["qtde"] = "quantity", ["data"] = "date", ["endereco"] = "address",
        ["cidade"] = "city", ["bairro"] = "neighborhood", ["estado"] = "state", ["pais"] = "country", ["transportadora"] = "carrier",
        ["frete"] = "freight", ["pagamento"] = "payment", ["parcelas"] = "installments", ["desconto"] = "discount", ["ativo"] = "active",
        ["unidade"] = "unit", ["peso"] = "weight", ["altura"] = "height", ["largura"] = "width", ["comprimento"] = "length",
        ["politica"] = "policy", ["referencia"] = "reference", ["item"] = "item", ["nota"] = "invoice", ["serie"] = "series",
        ["chave"] = "key", ["emissao"] = "emission", ["representante"] = "representative", ["natureza"] = "transaction",
    };

    /// <summary>
    /// Whether a JSON value of this kind reads into the type: numbers also from text (Progress sends both); text also from a
    /// number in the models of TOTVS's published schemas (<paramref name="lenientText"/>), the catalog's text only from text.
    /// </summary>
    private static bool Accepts(Type type, JsonValueKind kind, bool lenientText)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (kind == JsonValueKind.Null)
        {
            return true;
        }

        if (t == typeof(bool))
        {
            return kind is JsonValueKind.True or JsonValueKind.False;
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double))
        {
            return kind is JsonValueKind.Number or JsonValueKind.String;
        }

        if (t == typeof(string))
        {
            return kind == JsonValueKind.String || (lenientText && kind == JsonValueKind.Number);
        }

        if (t.IsEnum)
        {
            return kind is JsonValueKind.String or JsonValueKind.Number;
        }

        if (t != typeof(string) && t.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) && !t.Name.StartsWith("IReadOnlyDictionary", StringComparison.Ordinal))
        {
            return kind == JsonValueKind.Array;
        }

        // Value types of the domain (codes, dates, documents) are written as text; records and maps as objects.
        return t.IsValueType ? kind is JsonValueKind.String or JsonValueKind.Number : kind == JsonValueKind.Object;
    }

    private static string Expected(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(bool) ? "a boolean"
            : t == typeof(int) || t == typeof(long) || t == typeof(decimal) ? "a number"
            : t == typeof(string) || t.IsValueType ? "text"
            : typeof(System.Collections.IEnumerable).IsAssignableFrom(t) && !t.Name.StartsWith("IReadOnlyDictionary", StringComparison.Ordinal) ? "an array"
            : "an object";
    }

    private static string KindOf(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };
}
