using System.Text;
using System.Text.Json;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>
/// The fake ERP the tool serves: built from the command line and its seed, replaced whole by <c>POST /__admin/reset</c>
/// (back to the start), changed by <c>POST /__admin/seed</c>. Thread-safe: a request is served by the server current when
/// it arrived.
/// </summary>
internal sealed class FakeErp
{
    private readonly ToolOptions options;
    private readonly SeedDocument? startSeed;
    private readonly IReadOnlyList<Recording.RecordingEntry>? startRecording;
    private volatile FakeDatasulServer current;

    public FakeErp(ToolOptions options, OffsetClock clock)
    {
        this.options = options;
        Clock = clock;
        startSeed = options.SeedFile is { } file ? ReadSeed(file) : null;
        startRecording = options.ImportFile is { } recording ? Recording.RecordingFile.Read(recording) : null;
        current = Build();
        Vtex = BuildVtex();
    }

    public OffsetClock Clock { get; }

    public FakeDatasulServer Server => current;

    /// <summary>The fake VTEX account (<c>--vtex</c>), on the same clock, or <see langword="null"/>.</summary>
    public Totvs.Ecommerce.Sdk.Testing.Vtex.FakeVtexServer? Vtex { get; private set; }

    /// <summary>Back to the state the tool started with: a new server, the start seed applied again; journal and faults empty.</summary>
    public void Reset()
    {
        current = Build();
        Vtex = BuildVtex();
    }

    private Totvs.Ecommerce.Sdk.Testing.Vtex.FakeVtexServer? BuildVtex() => options.Vtex
        ? new Totvs.Ecommerce.Sdk.Testing.Vtex.FakeVtexServer(new Totvs.Ecommerce.Sdk.Testing.Vtex.FakeVtexServerOptions { TimeProvider = Clock })
        : null;

    /// <summary>Reads a seed document, naming the file and what is wrong with it.</summary>
    public static SeedDocument ReadSeed(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize(stream, Admin.AdminJsonContext.Default.SeedDocument)
                ?? throw new ArgumentException($"Seed file {file} holds null; give a seed document (see docs/testing-with-the-fake-server.md).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"Seed file {file} cannot be read: {ex.Message}", ex);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"Seed file {file} is not a seed document: {ex.Message}", ex);
        }
    }

    /// <summary>Applies a seed to the current server: stores and catalog first, then customers and orders through the fake's own routes.</summary>
    /// <exception cref="ArgumentException">A customer or order was refused; the message names which and why.</exception>
    public Task<Admin.SeedResult> ApplyAsync(SeedDocument seed, CancellationToken cancellationToken) => ApplyAsync(current, seed, cancellationToken);

    private static async Task<Admin.SeedResult> ApplyAsync(FakeDatasulServer server, SeedDocument seed, CancellationToken cancellationToken)
    {
        foreach (var store in seed.Stores)
        {
            var builder = server.AddStore(Required(store.Code, "stores[].code"));
            foreach (var table in store.PriceTables)
            {
                builder.WithPriceTable(table, store.Code);
            }

            foreach (var deposit in store.Deposits)
            {
                builder.WithDeposit(deposit.BranchId, deposit.WarehouseCode);
            }

            foreach (var family in store.Families)
            {
                builder.WithFamily(family.Code, family.Description, family.IsActive);
            }

            foreach (var item in store.Items)
            {
                var fakeItem = new Totvs.Ecommerce.Sdk.Testing.Seeding.FakeItem
                {
                    ItemCode = item.Code, Description = item.Description, FamilyCode = item.Family, Gtin = item.Gtin, NetWeightKg = item.NetWeightKg,
                    GrossWeightKg = item.GrossWeightKg, HeightCm = item.HeightCm, WidthCm = item.WidthCm, LengthCm = item.LengthCm,
                };
                _ = item.References.Count > 0
                    ? builder.WithReferencedItem(fakeItem, [.. item.References.Select(r => (r.Code, r.Description, r.Price, r.Stock))])
                    : builder.WithItem(fakeItem, item.Price, item.Stock);
            }

            if (store.GeneratedItems > 0)
            {
                builder.WithGeneratedCatalog(store.GeneratedItems, store.GeneratorSeed);
            }

            if (store.PaymentMethods is { } methods)
            {
                server.SetPaymentMethods(store.Code, [.. methods.Select(m => m.ToConfiguration())]);
            }
        }

        foreach (var carrier in seed.Carriers)
        {
            server.AddCarrier(carrier.EcommerceId, carrier.CarrierCode, carrier.ShortName);
        }

        foreach (var representative in seed.Representatives)
        {
            server.AddRepresentative(representative);
        }

        foreach (var user in seed.Users)
        {
            server.AddBasicUser(user.Name, user.Secret, user.Stores);
        }

        foreach (var client in seed.OAuthClients)
        {
            server.AddOAuthClient(client.Name, client.Secret, client.Stores);
        }

        var seeder = SeedPrincipal(server);
        for (var i = 0; i < seed.Customers.Count; i++)
        {
            await PostAsync(server, seeder, server.Routes.Customers, seed.Customers[i], $"customers[{i}]", cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < seed.Orders.Count; i++)
        {
            await PostAsync(server, seeder, server.Routes.Orders, seed.Orders[i], $"orders[{i}]", cancellationToken).ConfigureAwait(false);
        }

        return new Admin.SeedResult(seed.Stores.Select(s => s.Code).ToList(), seed.Customers.Count, seed.Orders.Count);
    }

    private FakeDatasulServer Build()
    {
        var custom = options.Users.Count > 0 || options.OAuthClients.Count > 0;
        var server = new FakeDatasulServer(new FakeDatasulServerOptions
        {
            TimeProvider = Clock,
            ServerTimeZone = options.TimeZone,
            AcceptDefaultCredentials = !custom,
            AnswerEmptySalesListsWith404 = options.Quirks.Contains(FakeDatasul.Quirks.EmptySales404),
            UnknownStoreStatusCode = options.Quirks.Contains(FakeDatasul.Quirks.UnknownStore404) ? 404 : 400,
            Capacity = options.Capacity,
        });
        foreach (var (name, secret) in options.Users)
        {
            server.AddBasicUser(name, secret);
        }

        foreach (var (name, secret) in options.OAuthClients)
        {
            server.AddOAuthClient(name, secret);
        }

        if (startSeed is not null)
        {
            // A seed is local data: applying it does not wait on anything but the fake's own router.
            ApplyAsync(server, startSeed, CancellationToken.None).GetAwaiter().GetResult();
            server.Journal.Clear(); // the seed's own requests are not the test's
        }
        else if (startRecording is null)
        {
            server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(options.GeneratedItems, options.CatalogSeed);
            server.AddCarrier("correios-pac", 12, "CORREIOS");
        }

        if (startRecording is not null)
        {
            Recording.RecordingImporter.Import(startRecording, server);
        }

        return server;
    }

    /// <summary>A Basic user only the seeder knows, to send seeded customers and orders through the fake's routes.</summary>
    private static string SeedPrincipal(FakeDatasulServer server)
    {
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        server.AddBasicUser("__seed", password);
        return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"__seed:{password}"));
    }

    private static async Task PostAsync(FakeDatasulServer server, string authorization, string route, JsonElement body, string what, CancellationToken cancellationToken)
    {
        var path = $"{server.PathPrefix.TrimEnd('/')}/{route}";
        var request = new FakeRequest("POST", path, string.Empty, authorization, "en-US", Encoding.UTF8.GetBytes(body.GetRawText()), "totvs-fake-datasul seed");
        var answer = await server.Router.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode is < 200 or >= 300)
        {
            throw new ArgumentException($"Seed {what} was refused with {answer.StatusCode}: {Encoding.UTF8.GetString(answer.Body)}");
        }
    }

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"Seed {name} is required.") : value;
}
