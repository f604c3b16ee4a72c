using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Scrubs what a recording must not keep: secrets (passwords, client secrets, tokens) and personal data (CPF and CNPJ,
/// e-mails, names, addresses, phones, birth dates). Replacements are consistent for the life of the sanitizer — the same
/// CPF always becomes the same fake CPF, with valid check digits, and the same short name the same fake one — so the
/// relations between records (an order's customer) hold in the recording. The originals stay in memory only.
/// </summary>
internal sealed partial class Sanitizer
{
    private readonly Dictionary<string, string> replacements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> counters = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    /// <summary>Property names (lower case) whose values are secrets.</summary>
    private static readonly HashSet<string> SecretNames = ["password", "secret", "client_secret", "clientsecret", "access_token", "refresh_token", "id_token", "token"];

    /// <summary>Property names (lower case) of a person's or a company's name, and what replaces them.</summary>
    private static readonly Dictionary<string, string> NameKinds = new(StringComparer.Ordinal)
    {
        ["shortname"] = "short", ["customername"] = "name", ["name"] = "name", ["tradename"] = "name", ["contactname"] = "name",
        ["companyname"] = "name", ["receivername"] = "name", ["buyername"] = "name",
    };

    public RecordingEntry Scrub(RecordingEntry entry)
    {
        lock (sync)
        {
            var isToken = entry.Path.Contains("oauth2", StringComparison.OrdinalIgnoreCase);
            var request = entry.RequestBody is null ? null : isToken ? "grant_type=client_credentials" : ScrubBody(entry.RequestBody);
            var response = ScrubBody(entry.ResponseBody);

            // Free text that echoes a scrubbed value (an error message naming the customer) loses it too.
            return entry with
            {
                Query = ScrubText(entry.Query),
                RequestBody = request is null ? null : ReplaceKnown(request),
                ResponseBody = ReplaceKnown(response),
            };
        }
    }

    private string ScrubBody(string body)
    {
        if (body.Length == 0)
        {
            return body;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return ScrubText(body);
        }

        if (node is JsonValue root && root.TryGetValue<string>(out var text))
        {
            return JsonValue.Create(ScrubValue(null, text)).ToJsonString();
        }

        ScrubChildren(node);
        return node?.ToJsonString() ?? "null";
    }

    /// <summary>Scrubs the string values below a container in place, by the name of the property that holds each.</summary>
    private void ScrubChildren(JsonNode? node, string? property = null)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        obj[name] = JsonValue.Create(ScrubValue(name.ToLowerInvariant(), text));
                    }
                    else
                    {
                        ScrubChildren(value, name);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        array[i] = JsonValue.Create(ScrubValue(property?.ToLowerInvariant(), text));
                    }
                    else
                    {
                        ScrubChildren(array[i], property);
                    }
                }

                break;
        }
    }

    private string ScrubValue(string? property, string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (property is not null)
        {
            if (SecretNames.Contains(property) || property.EndsWith("password", StringComparison.Ordinal) || property.EndsWith("token", StringComparison.Ordinal))
            {
                return Map("secret", text, n => $"scrubbed-secret-{n}");
            }

            if (NameKinds.TryGetValue(property, out var kind))
            {
                return kind == "short" ? Map("short", text, n => $"CLI{n:D6}") : Map("name", text, n => $"Pessoa {n}");
            }

            if (property.Contains("address", StringComparison.Ordinal) || property.Contains("street", StringComparison.Ordinal)
                || property.Contains("neighborhood", StringComparison.Ordinal) || property.Contains("complement", StringComparison.Ordinal))
            {
                return Map("address", text, n => $"Rua Exemplo, {n}");
            }

            if (property.Contains("phone", StringComparison.Ordinal) || property.Contains("fax", StringComparison.Ordinal))
            {
                return Map("phone", text, n => $"(11) 3000-{n % 10000:D4}");
            }

            if (property.Contains("zipcode", StringComparison.Ordinal) || property == "cep")
            {
                return Map("cep", text, n => $"01{n % 1000:D3}-000");
            }

            if (property.Contains("birth", StringComparison.Ordinal))
            {
                return "1990-01-01";
            }
        }

        return ScrubText(text);
    }

    /// <summary>Any text: CPFs and CNPJs (valid check digits, masked or not) and e-mails, wherever they appear.</summary>
    private string ScrubText(string text)
    {
        text = Email().Replace(text, m => Map("email", m.Value, n => $"pessoa{n}@example.com"));
        return Document().Replace(text, m =>
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            var masked = m.Value.Length != digits.Length;
            if (digits.Length == 11 && Cpf.TryParse(digits, out _))
            {
                return Map("cpf", m.Value, n =>
                {
                    var fake = Cpf.FromBase($"{900000000 + n:D9}");
                    return masked ? fake.ToMaskedString() : fake.Value;
                });
            }

            if (digits.Length == 14 && Cnpj.TryParse(digits, out _))
            {
                return Map("cnpj", m.Value, n =>
                {
                    var fake = Cnpj.FromBase($"{90000000 + n:D8}0001");
                    return masked ? fake.ToMaskedString() : fake.Value;
                });
            }

            return m.Value;
        });
    }

    private string Map(string kind, string original, Func<int, string> make)
    {
        var key = $"{kind}\u0000{original}";
        if (!replacements.TryGetValue(key, out var replacement))
        {
            var n = counters[kind] = counters.GetValueOrDefault(kind) + 1;
            replacement = make(n);
            replacements[key] = replacement;
        }

        return replacement;
    }

    /// <summary>Replaces, in free text, every original this sanitizer has scrubbed (the longest first; four characters or more).</summary>
    private string ReplaceKnown(string text)
    {
        foreach (var (key, replacement) in replacements.OrderByDescending(r => r.Key.Length))
        {
            var original = key[(key.IndexOf('\u0000', StringComparison.Ordinal) + 1)..];
            if (original.Length >= 4 && text.Contains(original, StringComparison.Ordinal))
            {
                text = text.Replace(original, replacement, StringComparison.Ordinal);
            }
        }

        return text;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\d{2,3}\.?\d{3}\.?\d{3}[/-]?\d{0,4}-?\d{2}")]
    private static partial Regex Document();
}
