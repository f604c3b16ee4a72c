using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Scrubs what a recording must not keep: secrets (passwords, client secrets, tokens, keys) and personal data (CPF and
/// CNPJ, e-mails, names, addresses, phones, CEPs, birth dates, what a person typed), wherever they travel — the path, every
/// query parameter and <c>$filter</c> literal, form and JSON bodies, error messages and free text. Three nets, each
/// catching what the others miss:
/// <list type="number">
/// <item>by field name (<see cref="FieldKinds"/>): a JSON property, a query or form parameter, the field a
/// <c>$filter</c> literal is compared with;</item>
/// <item>by shape (<see cref="PersonalDataShapes"/>): documents whatever their check digits, e-mails, phones, CEPs,
/// credentials, in any other text;</item>
/// <item>by memory (<see cref="FakeValues.ReplaceKnown"/>): any value scrubbed anywhere, in any later text — and, when the
/// recorder stops, in every exchange written before it (<see cref="ScrubKnown"/>).</item>
/// </list>
/// One real value has one fake for the life of the sanitizer, whatever its form (<see cref="FakeValues"/>), so the
/// relations between records (an order's customer) hold in the recording.
/// </summary>
/// <param name="routes">The routes the recorded calls use (path prefix, token path, resources): their segments are kept in a path.</param>
internal sealed partial class Sanitizer(IEnumerable<string> routes)
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HashSet<string> routeSegments = routes.SelectMany(r => r.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly FakeValues fakes = new();
    private readonly Lock sync = new();

    /// <summary>The exchange with every secret and personal value replaced by its fake.</summary>
    public RecordingEntry Scrub(RecordingEntry entry)
    {
        lock (sync)
        {
            // The bodies' named fields first: the names they carry are then known in the path, the query and the free text
            // of the same exchange (an error answer that repeats the request's customer name).
            var request = entry.RequestBody is null ? null : Body.Read(entry.RequestBody);
            var response = Body.Read(entry.ResponseBody);
            request?.ScrubNamedFields(this);
            response.ScrubNamedFields(this);
            return entry with
            {
                Path = ScrubPath(entry.Path, Text),
                Query = ScrubQuery(entry.Query, Parameter),
                RequestBody = request?.Finish(this),
                ResponseBody = response.Finish(this),
            };
        }
    }

    /// <summary>
    /// The exchange with the values met since it was scrubbed replaced too: the recorder's last pass over what it wrote, for
    /// a name first met after the exchange that mentioned it. Fields that hold codes are left alone.
    /// </summary>
    public RecordingEntry ScrubKnown(RecordingEntry entry)
    {
        lock (sync)
        {
            return entry with
            {
                Path = ScrubPath(entry.Path, fakes.ReplaceKnown),
                Query = ScrubQuery(entry.Query, (name, value) => FieldKinds.Of(name, parameter: true) == FieldKind.Code ? value : fakes.ReplaceKnown(value)),
                RequestBody = entry.RequestBody is { } request && fakes.HoldsKnown(request) ? Body.Read(request).ReplaceKnown(fakes) : entry.RequestBody,
                ResponseBody = fakes.HoldsKnown(entry.ResponseBody) ? Body.Read(entry.ResponseBody).ReplaceKnown(fakes) : entry.ResponseBody,
            };
        }
    }

    /// <summary>Text of no known field: by shape, then by memory.</summary>
    private string Text(string text) => fakes.ReplaceKnown(PersonalDataShapes.Scrub(text, fakes));

    /// <summary>A value by its field's kind; <see langword="null"/> when the kind says nothing (the value is then scrubbed as text).</summary>
    private string? ByKind(FieldKind kind, string value)
    {
        if (value.Length == 0 || kind == FieldKind.Code)
        {
            return value;
        }

        var document = PersonalDataShapes.IsDocument(value);
        return kind switch
        {
            FieldKind.Secret => fakes.Secret(value),
            FieldKind.Document => document ? fakes.Document(value.Trim()) : fakes.Registration(value),
            FieldKind.Registration => fakes.Registration(value),
            FieldKind.Name => document ? fakes.Document(value.Trim()) : fakes.Name(value),
            FieldKind.ShortName => document ? fakes.Document(value.Trim()) : fakes.ShortName(value),
            FieldKind.User => fakes.User(value),
            FieldKind.Email => fakes.Email(value),
            FieldKind.Address => fakes.Address(value),
            FieldKind.Phone => fakes.Phone(value),
            FieldKind.ZipCode => fakes.ZipCode(value),
            FieldKind.BirthDate => fakes.BirthDate(value),
            FieldKind.FreeText => fakes.FreeText(value),
            _ => document ? fakes.Document(value.Trim()) : null,
        };
    }

    /// <summary>A query or form parameter: by name, <c>$filter</c> literal by literal, else as text.</summary>
    private string Parameter(string name, string value) =>
        name.Equals("$filter", StringComparison.OrdinalIgnoreCase)
            ? FilterLiterals.Scrub(value, (field, literal) => ByKind(FieldKinds.Of(field), literal) ?? Text(literal), Text)
            : ByKind(FieldKinds.Of(name, parameter: true), value) ?? Text(value);

    /// <summary>Each path segment but the route's own words, decoded, scrubbed as text; a segment that changes is written back encoded.</summary>
    private string ScrubPath(string path, Func<string, string> scrub) => string.Join('/', path.Split('/').Select(segment =>
    {
        var decoded = Uri.UnescapeDataString(segment);
        if (routeSegments.Contains(decoded))
        {
            return segment;
        }

        var scrubbed = scrub(decoded);
        return scrubbed == decoded ? segment : Uri.EscapeDataString(scrubbed);
    }));

    /// <summary>Each parameter of a query (<c>?a=b&amp;c=d</c>) or form body, decoded, scrubbed; one that changes is written back encoded.</summary>
    private static string ScrubQuery(string query, Func<string, string, string> scrub)
    {
        if (query.Length == 0)
        {
            return query;
        }

        var mark = query.StartsWith('?') ? "?" : string.Empty;
        return mark + string.Join('&', query[mark.Length..].Split('&').Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                return pair;
            }

            var name = QueryComponent.Decode(pair[..equals]);
            var value = QueryComponent.Decode(pair[(equals + 1)..]);
            var scrubbed = scrub(name, value);
            return scrubbed == value ? pair : $"{pair[..equals]}={Uri.EscapeDataString(scrubbed)}";
        }));
    }

    [GeneratedRegex(@"^[\w.\-\[\]%$]+=[^&\s]*(?:&[\w.\-\[\]%$]+=[^&\s]*)*$")]
    private static partial Regex FormBody();

    /// <summary>A body being scrubbed: JSON (walked by property), a form (by parameter) or any other text.</summary>
    private sealed class Body
    {
        private readonly string text;
        private readonly JsonNode? json;
        private readonly bool form;
        private readonly HashSet<JsonNode> done = new(ReferenceEqualityComparer.Instance);
        private string? formResult;

        private Body(string text, JsonNode? json, bool form) => (this.text, this.json, this.form) = (text, json, form);

        public static Body Read(string text)
        {
            if (text.Length == 0)
            {
                return new Body(text, null, false);
            }

            try
            {
                return new Body(text, JsonNode.Parse(text), false);
            }
            catch (JsonException)
            {
                return new Body(text, null, FormBody().IsMatch(text));
            }
        }

        /// <summary>First pass: every value whose field says what it is.</summary>
        public void ScrubNamedFields(Sanitizer sanitizer)
        {
            if (form)
            {
                formResult = ScrubQuery(text, sanitizer.Parameter);
            }
            else if (json is not null)
            {
                Walk(json, null, inAddress: false, (leaf, name, inAddress) =>
                {
                    var kind = inAddress ? FieldKinds.InAddress(name!) : FieldKinds.Of(name);
                    return ScrubLeaf(sanitizer, leaf, kind);
                });
            }
        }

        /// <summary>Second pass: the other text, by shape and memory; the body as it is written to the recording.</summary>
        public string Finish(Sanitizer sanitizer)
        {
            if (form)
            {
                return formResult!;
            }

            if (json is null)
            {
                return text.Length == 0 ? text : sanitizer.Text(text);
            }

            if (json is JsonValue root)
            {
                return root.TryGetValue<string>(out var value) && !done.Contains(root) ? Serialize(JsonValue.Create(sanitizer.Text(value))) : Serialize(root);
            }

            Walk(json, null, inAddress: false, (leaf, _, _) => done.Contains(leaf) || !leaf.TryGetValue<string>(out var value)
                ? null
                : JsonValue.Create(sanitizer.Text(value)));
            return Serialize(json);
        }

        /// <summary>The body with remembered values replaced in every string but those of code fields.</summary>
        public string ReplaceKnown(FakeValues fakes)
        {
            if (form)
            {
                return ScrubQuery(text, (name, value) => FieldKinds.Of(name, parameter: true) == FieldKind.Code ? value : fakes.ReplaceKnown(value));
            }

            if (json is null)
            {
                return fakes.ReplaceKnown(text);
            }

            if (json is JsonValue root)
            {
                return root.TryGetValue<string>(out var value) ? Serialize(JsonValue.Create(fakes.ReplaceKnown(value))) : Serialize(root);
            }

            Walk(json, null, inAddress: false, (leaf, name, _) => FieldKinds.Of(name) == FieldKind.Code || !leaf.TryGetValue<string>(out var value)
                ? null
                : JsonValue.Create(fakes.ReplaceKnown(value)));
            return Serialize(json);
        }

        private static string Serialize(JsonNode? node) => node?.ToJsonString(Output) ?? "null";

        private JsonValue? ScrubLeaf(Sanitizer sanitizer, JsonValue leaf, FieldKind kind)
        {
            JsonValue? replacement = null;
            if (leaf.TryGetValue<string>(out var value))
            {
                if (sanitizer.ByKind(kind, value) is { } scrubbed)
                {
                    replacement = JsonValue.Create(scrubbed);
                }
            }
            else if (leaf.GetValueKind() == JsonValueKind.Number && kind != FieldKind.Code)
            {
                // A document, phone or CEP sent as a number stays a number, with the fake's digits.
                var digits = leaf.ToJsonString();
                var isPersonal = kind is FieldKind.Document or FieldKind.Phone or FieldKind.ZipCode or FieldKind.Registration or FieldKind.Secret;
                if (isPersonal || PersonalDataShapes.IsDocumentNumber(digits))
                {
                    var fake = kind == FieldKind.Unknown ? sanitizer.fakes.Document(digits) : sanitizer.ByKind(kind, digits) ?? digits;
                    var fakeDigits = new string(fake.Where(char.IsAsciiDigit).ToArray());
                    replacement = kind == FieldKind.Secret || fakeDigits.Length is 0 or > 18
                        ? JsonValue.Create(fake)
                        : JsonValue.Create(long.Parse(fakeDigits, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            if (replacement is not null || kind == FieldKind.Code)
            {
                done.Add(replacement ?? leaf);
            }

            return replacement;
        }

        /// <summary>Visits every leaf below <paramref name="node"/> with the name of the property that holds it; a non-null answer replaces the leaf.</summary>
        private static void Walk(JsonNode? node, string? property, bool inAddress, Func<JsonValue, string?, bool, JsonNode?> visit)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj.ToList())
                    {
                        if (value is JsonValue leaf)
                        {
                            if (visit(leaf, name, inAddress) is { } replacement)
                            {
                                obj[name] = replacement;
                            }
                        }
                        else
                        {
                            Walk(value, name, inAddress || FieldKinds.Of(name) == FieldKind.Address, visit);
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonValue leaf)
                        {
                            if (visit(leaf, property, inAddress) is { } replacement)
                            {
                                array[i] = replacement;
                            }
                        }
                        else
                        {
                            Walk(array[i], property, inAddress, visit);
                        }
                    }

                    break;
            }
        }
    }
}
