using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NodaTime;
using Totvs.Ecommerce.FakeDatasul.Recording;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>
/// The recorder's own leak search, done as a partner would: a session through <c>--record</c> in front of a Basic and
/// OAuth2 ERP that carries secrets in queries, paths, form and JSON bodies, and personal data in every place a request or
/// an answer can hold it (the path, every query parameter, <c>$filter</c> literals, error messages, free text, before and
/// after the session met the value); then every file written is searched for every value in its masked, digits-only,
/// URL-encoded, form-encoded, base64 and JSON-escaped forms, in any case.
/// </summary>
public sealed class RecorderLeakTests
{
    private const string User = "integration";
    private const string Password = "Pw-7h2k9Lq4";
    private const string ClientSecret = "Cs-3n8v1Xz6";
    private const string ApiKey = "Ak-5m2b8Rt1";
    private const string RefreshToken = "Rt-9f4d2Wq7";
    private const string MariaCpf = "529.982.247-25";
    private const string MistypedCpf = "111.444.777-00";
    private const string CompanyCnpj = "11.222.333/0001-81";
    private const string Email = "maria.souza@gmail.com";
    private const string Name = "Maria de Souza";
    private const string ShortName = "MARIA-SOUZA";
    private const string Phone = "(11) 98765-4321";
    private const string Street = "Rua das Flores, 100";
    private const string Neighborhood = "Jardim Paulista";
    private const string Cep = "01310-100";
    private const string ContactName = "Joana Pereira";

    [Fact]
    public async Task No_secret_nor_personal_value_reaches_any_file_the_recorder_writes_in_any_form()
    {
        using var directory = new TemporaryDirectory();
        var recording = Path.Combine(directory.Path, "session.jsonl");
        await using var erp = await StartErpAsync();
        var customerCode = await SeedMariaAsync(erp);

        await using (var recorder = await ToolHost.StartAsync("--record", recording, "--target", erp.Address.ToString()))
        {
            await RunSessionAsync(recorder, erp, customerCode);
        }

        string[] secrets = [Password, ClientSecret, ApiKey, RefreshToken, Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")), .. erp.App.Erp.Server.IssuedTokens()];
        string[] personal = [MariaCpf, MistypedCpf, CompanyCnpj, Email, Name, ShortName, Phone, "98765-4321", Street, Neighborhood, Cep, "1985-04-12", ContactName];
        var files = Directory.GetFiles(directory.Path, "*", SearchOption.AllDirectories);
        Assert.Equal([recording], files); // the last pass left no temporary file
        var leaks = (
            from file in files
            from text in Haystacks(file)
            from value in secrets.Concat(personal)
            from form in FormsOf(value)
            where text.Contains(form, StringComparison.OrdinalIgnoreCase)
            select $"{value} as '{form}' in {Path.GetFileName(file)}").Distinct().ToList();
        Assert.True(leaks.Count == 0, "found on disk: " + string.Join("; ", leaks));

        // The session did record what it was asked: one line per exchange, each path and answer there, scrubbed.
        var entries = RecordingFile.Read(recording);
        Assert.True(entries.Count >= 25, $"{entries.Count} exchanges recorded");
        Assert.Contains(entries, e => e.Status == 500 && e.ResponseBody.Contains(TotvsErrorCodes.InvalidDocument, StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_real_document_gets_one_fake_whether_written_masked_as_digits_in_a_path_a_filter_or_a_sentence()
    {
        using var directory = new TemporaryDirectory();
        var recording = Path.Combine(directory.Path, "session.jsonl");
        await using var erp = await StartErpAsync();
        var customerCode = await SeedMariaAsync(erp);
        await using (var recorder = await ToolHost.StartAsync("--record", recording, "--target", erp.Address.ToString()))
        {
            await RunSessionAsync(recorder, erp, customerCode);
        }

        var entries = RecordingFile.Read(recording);
        var customerRoute = erp.App.Erp.Server.Routes.Customers;
        var maria = JsonDocument.Parse(entries.First(e => e.Method == "GET" && e.Path.EndsWith($"{customerRoute}/{customerCode}", StringComparison.Ordinal)).ResponseBody).RootElement;
        var fakeCpf = Cpf.Parse(maria.GetProperty("PersonalId").GetString()!);
        Assert.NotEqual(Cpf.Parse(MariaCpf), fakeCpf);

        // The masked path and the digits path were one CPF: one fake, each in its form.
        var byDocument = entries.Where(e => e.Method == "GET" && e.Path.Contains($"{customerRoute}/", StringComparison.Ordinal) && !e.Path.EndsWith($"/{customerCode}", StringComparison.Ordinal))
            .Select(e => Uri.UnescapeDataString(e.Path[(e.Path.LastIndexOf('/') + 1)..])).ToList();
        Assert.Contains(fakeCpf.ToMaskedString(), byDocument);
        Assert.Contains(fakeCpf.Value, byDocument);

        // The $filter on the digits, and the order's Comments and the error sentence, name the same fake.
        Assert.Contains(entries, e => Uri.UnescapeDataString(e.Query).Contains($"PersonalId eq {fakeCpf.Value}", StringComparison.Ordinal));
        var order = JsonDocument.Parse(entries.First(e => e.Method == "GET" && e.Path.EndsWith(erp.App.Erp.Server.Routes.Orders, StringComparison.Ordinal) && e.Query.Length == 0 || e.Query.StartsWith("?page", StringComparison.Ordinal)).ResponseBody).RootElement;
        Assert.Equal(fakeCpf.Value, order.GetProperty("Orders")[0].GetProperty("EcommerceCustomerPersonalId").GetString());
        Assert.Equal(maria.GetProperty("ShortName").GetString(), order.GetProperty("Orders")[0].GetProperty("ShortName").GetString());

        // A mistyped CPF (wrong check digits) is scrubbed too, into a valid fake, the same in the request and in the error.
        var refused = entries.Single(e => e.Status == 500 && e.Method == "POST");
        var sentCpf = JsonDocument.Parse(refused.RequestBody!).RootElement.GetProperty("PersonalId").GetString()!;
        Assert.True(Cpf.TryParse(sentCpf, out _), $"the fake of a mistyped CPF is valid: {sentCpf}");
        Assert.Contains(Cpf.Parse(sentCpf).Value, refused.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replay_matches_a_request_whatever_secrets_its_query_carries_and_however_it_is_encoded()
    {
        using var directory = new TemporaryDirectory();
        var recording = Path.Combine(directory.Path, "session.jsonl");
        await using var erp = await StartErpAsync();
        await SeedMariaAsync(erp);
        var prefix = erp.App.Erp.Server.PathPrefix.Trim('/') + "/" + erp.App.Erp.Server.Routes.Customers;
        await using (var recorder = await ToolHost.StartAsync("--record", recording, "--target", erp.Address.ToString()))
        {
            using var raw = RawClient(recorder);
            using var _ = await raw.GetAsync($"{prefix}?api_key={ApiKey}&access_token=real-token-1&$filter=CustomerGroup%20eq%2010");
        }

        await using var replayer = await ToolHost.StartAsync("--replay", recording);
        using var client = new HttpClient { BaseAddress = replayer.Address };
        using var other = await client.GetAsync($"{prefix}?api_key=another-key&access_token=another-token&$filter=CustomerGroup+eq+10");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        using var notRecorded = await client.GetAsync($"{prefix}?api_key=another-key&access_token=another-token&$filter=CustomerGroup+eq+11");
        Assert.Equal(HttpStatusCode.NotFound, notRecorded.StatusCode);
        Assert.Contains("REPLAY_NO_MATCH", await notRecorded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<ToolHost> StartErpAsync() =>
        ToolHost.StartAsync("--items", "0", "--user", $"{User}:{Password}", "--oauth-client", $"connector:{ClientSecret}");

    /// <summary>Maria, with every personal field, a contact and comments; and an order of hers whose comments repeat her name, phone and address.</summary>
    private static async Task<long> SeedMariaAsync(ToolHost erp)
    {
        await erp.PostAsync("/__admin/seed", $$"""{"stores":[{{SeedBodies.Store}}]}""");
        using var http = new HttpClient();
        var client = new TotvsEcommerceClient(http, BasicOptions(erp));
        var customer = SalesSeed.Customer();
        customer.ShortName = ShortName;
        customer.CustomerName = Name;
        customer.PersonalId = MariaCpf;
        customer.Email = Email;
        customer.Phone1 = Phone;
        customer.Address = Street;
        customer.Neighborhood = Neighborhood;
        customer.ZipCode = Cep;
        customer.BirthDate = new LocalDate(1985, 4, 12);
        customer.Comments = $"Cliente desde 2020, falar com {ContactName}";
        customer.Contacts = [new CustomerContact { ContactName = ContactName, Email = Email, Phone = Phone }];
        var created = await client.Customers.CreateAsync(customer);
        await client.Orders.CreateAsync(new Order
        {
            CustomerOrderId = "S-0001",
            ShortName = ShortName,
            EcommerceCustomerPersonalId = CpfOrCnpj.Parse(MariaCpf),
            EmissionDate = new LocalDate(2026, 3, 1),
            ImplantationDate = new LocalDate(2026, 3, 1),
            EcommerceDeliveryAddress = new OrderDeliveryAddress { Street = Street, Neighborhood = Neighborhood, State = Uf.Parse("SP"), ZipCode = Totvs.Ecommerce.Sdk.Domain.Identifiers.Cep.Parse(Cep) },
            EcommerceStoreCode = "1",
            EcommerceOrderId = "S-0001",
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", Installments = 1 },
            Comments = $"Entregar a {Name} ({Phone}), CPF {MariaCpf}, {Street}",
            OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
        });
        return created.Record.CustomerCode!.Value;
    }

    /// <summary>What a connector and a person with curl send through the recorder: the SDK's calls, then requests by hand.</summary>
    private static async Task RunSessionAsync(ToolHost recorder, ToolHost erp, long customerCode)
    {
        var server = erp.App.Erp.Server;
        var customers = server.PathPrefix.Trim('/') + "/" + server.Routes.Customers;
        var digits = new string(MariaCpf.Where(char.IsAsciiDigit).ToArray());

        // Before anything names Maria by field: her short name in a path (the ERP's 404 repeats it) and her name in a search.
        // Only the recorder's last pass, once it has met them, can scrub these.
        using (var early = RawClient(recorder))
        {
            using var _ = await early.GetAsync($"{customers}/{ShortName}");
            using var __ = await early.GetAsync($"{customers}?search={Uri.EscapeDataString(Name)}");
        }

        // The SDK over OAuth2: the orders first (their customer is met later), then the customers and the look-ups.
        var options = server.CreateClientOptions(recorder.Address, TotvsAuthenticationMode.OAuth2ClientCredentials);
        options.Authentication.ClientId = "connector";
        options.Authentication.ClientSecret = ClientSecret;
        using (var http = new HttpClient())
        {
            var sdk = new TotvsEcommerceClient(http, options);
            await sdk.Orders.ListAsync();
            await sdk.Orders.FindAsync(digits, "S-0001");
            await sdk.Customers.ListAsync();
            await sdk.Customers.FindAsync(ShortName);
            await sdk.Customers.GetAsync(customerCode);
        }

        using (var http = new HttpClient())
        {
            await new TotvsEcommerceClient(http, BasicOptions(recorder)).Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = 1 });
        }

        using var raw = RawClient(recorder);
        var token = server.IssuedTokens()[0];
        string[] gets =
        [
            // Documents and an e-mail in the path, masked, digits, encoded, mistyped.
            $"{customers}/{MariaCpf}", $"{customers}/{digits}", $"{customers}/{Uri.EscapeDataString(Email)}",
            $"{customers}/{Uri.EscapeDataString(CompanyCnpj)}", $"{customers}/11144477700",
            // Secrets in the query, by name.
            $"{customers}?password={Password}&api_key={ApiKey}&access_token={token}&refresh_token={RefreshToken}&client_secret={ClientSecret}&apikey={ApiKey}",
            // Personal data in $filter literals and parameters, in every encoding.
            $"{customers}?$filter={Uri.EscapeDataString($"Email eq '{Email}'")}",
            $"{customers}?$filter=PersonalId%20eq%20%27{Uri.EscapeDataString(CompanyCnpj)}%27",
            $"{customers}?$filter={WebUtility.UrlEncode($"contains(CustomerName,'{Name}')")}",
            $"{customers}?$filter={Uri.EscapeDataString($"Phone1 eq '{Phone}' and ZipCode eq '{Cep}'")}",
            $"{customers}?$filter=PersonalId%20eq%20{digits}",
            $"{customers}?cpf={Uri.EscapeDataString(MariaCpf)}&email={Email}&phone={WebUtility.UrlEncode(Phone)}&q={WebUtility.UrlEncode(Name)}",
        ];
        foreach (var path in gets)
        {
            using var _ = await raw.GetAsync(path);
        }

        // Secrets in form bodies (a refresh, a password grant) and personal data in a form.
        foreach (var form in new[]
        {
            $"grant_type=refresh_token&refresh_token={RefreshToken}&client_id=connector&client_secret={ClientSecret}",
            $"grant_type=password&username={Uri.EscapeDataString(Email)}&password={Password}",
        })
        {
            using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
            using var _ = await raw.PostAsync(TotvsAuthenticationOptions.DefaultTokenPath.TrimStart('/'), content);
        }

        using (var content = new StringContent($"cpf={Uri.EscapeDataString(MariaCpf)}&name={WebUtility.UrlEncode(Name)}&password={Password}", Encoding.UTF8, "application/x-www-form-urlencoded"))
        {
            using var _ = await raw.PostAsync(customers, content);
        }

        // A customer with a mistyped CPF: refused, and the error repeats the CPF; and a JSON body with secrets and free text.
        using (var content = new StringContent(
            $$"""{"ShortName":"JOANA-P","CustomerName":"{{ContactName}}","PersonalId":"{{MistypedCpf}}","Email":"{{Email}}","Phone1":"{{Phone}}","Address":"{{Street}}","ZipCode":"{{Cep}}","EntityType":1,"CustomerGroup":10,"Modality":1,"RepresentativeCode":1,"Country":"Brasil","State":"SP"}""",
            Encoding.UTF8, "application/json"))
        {
            using var _ = await raw.PostAsync(customers, content);
        }

        using (var content = new StringContent(
            $$"""{"password":"{{Password}}","apiKey":"{{ApiKey}}","note2":"CPF {{MistypedCpf}} tel {{Phone}} cep {{Cep}}","nested":{"x":["{{Email}}","{{CompanyCnpj}}"]} }""",
            Encoding.UTF8, "application/json"))
        {
            using var _ = await raw.PostAsync(customers, content);
        }

        using (var content = new StringContent($"Authorization: Bearer {token}\nCPF {MistypedCpf}, {Email}, tel {Phone}", Encoding.UTF8, "text/plain"))
        {
            using var _ = await raw.PostAsync(customers, content);
        }
    }

    private static HttpClient RawClient(ToolHost recorder)
    {
        var raw = new HttpClient { BaseAddress = recorder.Address };
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        return raw;
    }

    private static TotvsEcommerceOptions BasicOptions(ToolHost host)
    {
        var options = host.App.Erp.Server.CreateClientOptions(host.Address);
        options.Authentication.Username = User;
        options.Authentication.Password = Password;
        return options;
    }

    /// <summary>A file's text as written, and, for a recording, every exchange's fields decoded (paths and queries unescaped, bodies unescaped from JSON).</summary>
    private static IEnumerable<string> Haystacks(string file)
    {
        var text = File.ReadAllText(file);
        yield return text;
        foreach (var entry in RecordingFile.Read(file))
        {
            yield return Uri.UnescapeDataString(entry.Path);
            yield return Uri.UnescapeDataString(entry.Query.Replace('+', ' '));
            yield return entry.RequestBody ?? string.Empty;
            yield return entry.ResponseBody;
            foreach (var body in new[] { entry.RequestBody, entry.ResponseBody })
            {
                if (body is { Length: > 0 } && body.TrimStart().StartsWith('{'))
                {
                    yield return string.Join('\n', Strings(JsonDocument.Parse(body).RootElement));
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [element.GetRawText()],
    };

    /// <summary>A value as it can travel: as written, digits only, masked, URL- and form-encoded, base64, JSON-escaped.</summary>
    private static IEnumerable<string> FormsOf(string value)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            value, Uri.EscapeDataString(value), WebUtility.UrlEncode(value), Convert.ToBase64String(Encoding.UTF8.GetBytes(value)),
            JsonSerializer.Serialize(value)[1..^1],
        };
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 8)
        {
            forms.Add(digits);
        }

        if (digits.Length == 11)
        {
            forms.Add($"{digits[..3]}.{digits[3..6]}.{digits[6..9]}-{digits[9..]}");
        }

        if (digits.Length == 14)
        {
            forms.Add($"{digits[..2]}.{digits[2..5]}.{digits[5..8]}/{digits[8..12]}-{digits[12..]}");
        }

        return forms;
    }

    /// <summary>A directory of the test's own, deleted with what it holds.</summary>
    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"totvs-recorder-{Guid.NewGuid():N}")).FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
