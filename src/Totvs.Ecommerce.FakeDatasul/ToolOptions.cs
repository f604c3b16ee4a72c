using Totvs.Ecommerce.Sdk;

namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>The command line of totvs-fake-datasul; <see cref="Parse"/> names what is wrong with a bad argument.</summary>
internal sealed record ToolOptions
{
    public const string Usage = """
        totvs-fake-datasul: the fake TOTVS Datasul e-commerce server.
          --urls URL[;URL]          where to listen (default http://127.0.0.1:8543; another address only when given)
          --seed FILE               a seed document (stores, catalog, carriers, users, customers, orders); see docs/testing-with-the-fake-server.md
          --items N, --catalog-seed N   without --seed: store 1 with N generated items (default 50), repeatable by seed (default 42)
          --time-zone ZONE          the ERP's IANA zone (default America/Sao_Paulo)
          --user NAME:PASSWORD      a Basic user (repeatable); any --user or --oauth-client replaces the default credentials
          --oauth-client ID:SECRET  an OAuth2 client (repeatable)
          --quirk NAME              a real release's habit (repeatable): empty-sales-404, unknown-store-404,
                                    business-errors-500, numeric-error-codes, row-errors, extra-fields, renamed-fields
          --service-time T[±J]      how long every answer takes, e.g. 200ms±50ms (default: at once)
          --route-time 'M ROUTE=T[±J]'  one route's service time (repeatable), e.g. 'POST pdp/v1/ordersPublic=1s±200ms'
          --max-concurrent N        requests served at once; one more is answered 503 with Retry-After
          --no-admin                no /__admin/ API (the default is test mode, with it)
          --vtex                    also a fake VTEX account under /vtex/ (catalog, pricing, logistics, orders; app key
                                    vtexappkey-fakestore-ABCDEF, token fake-vtex-app-token); admin under /__admin/vtex/
          --record FILE --target URL  forward to a real Datasul and record each exchange, scrubbed, to FILE (JSON Lines)
          --replay FILE             answer from a recording instead of the fake ERP
          --import FILE             start the fake ERP with what a recording served: stores, catalog, customers, orders
        """;

    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:8543"];

    public string? SeedFile { get; init; }

    public int GeneratedItems { get; init; } = 50;

    public int CatalogSeed { get; init; } = 42;

    public string TimeZone { get; init; } = TotvsEcommerceOptions.DefaultServerTimeZone;

    public IReadOnlyList<(string Name, string Secret)> Users { get; init; } = [];

    public IReadOnlyList<(string Name, string Secret)> OAuthClients { get; init; } = [];

    public IReadOnlySet<string> Quirks { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool Admin { get; init; } = true;

    /// <summary>Whether the tool also plays a VTEX account under <c>/vtex/</c>.</summary>
    public bool Vtex { get; init; }

    /// <summary>The ERP's pace: service times and the limit of concurrent requests.</summary>
    public Totvs.Ecommerce.Sdk.Testing.Pacing.FakeErpCapacity Capacity { get; init; } = Totvs.Ecommerce.Sdk.Testing.Pacing.FakeErpCapacity.Unlimited;

    /// <summary>Record mode: the recording to write.</summary>
    public string? RecordFile { get; init; }

    /// <summary>Record mode: the real Datasul to forward to.</summary>
    public Uri? Target { get; init; }

    /// <summary>A recording whose catalog, customers and orders the fake ERP starts with.</summary>
    public string? ImportFile { get; init; }

    /// <summary>Replay mode: the recording to answer from.</summary>
    public string? ReplayFile { get; init; }

    /// <summary>Names the options without their secrets.</summary>
    public override string ToString() =>
        $"ToolOptions {{ Urls = {string.Join(";", Urls)}, SeedFile = {SeedFile}, TimeZone = {TimeZone}, Users = {string.Join(",", Users.Select(u => u.Name))}, " +
        $"OAuthClients = {string.Join(",", OAuthClients.Select(c => c.Name))}, Quirks = {string.Join(",", Quirks)}, Admin = {Admin}, Vtex = {Vtex}, RecordFile = {RecordFile}, ImportFile = {ImportFile}, Target = {Target?.GetLeftPart(UriPartial.Authority)}, ReplayFile = {ReplayFile} }}";

    public static IReadOnlySet<string> KnownQuirks => Totvs.Ecommerce.FakeDatasul.Quirks.All;

    /// <exception cref="ArgumentException">An argument is unknown or its value is missing or wrong; the message says which and what to give.</exception>
    public static ToolOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ToolOptions();
        var users = new List<(string, string)>();
        var clients = new List<(string, string)>();
        var quirks = new HashSet<string>(StringComparer.Ordinal);
        var routeTimes = new Dictionary<string, Totvs.Ecommerce.Sdk.Testing.Pacing.FakeServiceTime>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            switch (name)
            {
                case "--urls":
                    options = options with { Urls = Value().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
                    break;
                case "--seed":
                    options = options with { SeedFile = Value() };
                    break;
                case "--items":
                    options = options with { GeneratedItems = PositiveInt(name, Value()) };
                    break;
                case "--catalog-seed":
                    options = options with { CatalogSeed = PositiveInt(name, Value()) };
                    break;
                case "--time-zone":
                    var zone = Value();
                    options = NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null
                        ? throw new ArgumentException($"--time-zone {zone} is not an IANA zone id; use e.g. America/Sao_Paulo.")
                        : options with { TimeZone = zone };
                    break;
                case "--user":
                    users.Add(Pair(name, Value()));
                    break;
                case "--oauth-client":
                    clients.Add(Pair(name, Value()));
                    break;
                case "--quirk":
                    var quirk = Value();
                    _ = KnownQuirks.Contains(quirk) ? quirks.Add(quirk)
                        : throw new ArgumentException($"--quirk {quirk} is unknown; use one of {string.Join(", ", KnownQuirks)}.");
                    break;
                case "--record":
                    options = options with { RecordFile = Value() };
                    break;
                case "--target":
                    var target = Value();
                    options = Uri.TryCreate(target.EndsWith('/') ? target : target + "/", UriKind.Absolute, out var parsedTarget) && parsedTarget.Scheme is "http" or "https"
                        ? options with { Target = parsedTarget }
                        : throw new ArgumentException($"--target {target} is not an http:// or https:// address of a Datasul server.");
                    break;
                case "--import":
                    options = options with { ImportFile = Value() };
                    break;
                case "--replay":
                    options = options with { ReplayFile = Value() };
                    break;
                case "--service-time":
                    options = options with { Capacity = options.Capacity with { ServiceTime = ServiceTimeParser.Parse(name, Value()) } };
                    break;
                case "--route-time":
                    var routeTime = Value();
                    var equals = routeTime.LastIndexOf('=');
                    _ = equals > 0
                        ? routeTimes[routeTime[..equals].Trim()] = ServiceTimeParser.Parse(name, routeTime[(equals + 1)..])
                        : throw new ArgumentException($"--route-time takes 'METHOD ROUTE=TIME', e.g. 'POST pdp/v1/ordersPublic=1s±200ms'.");
                    break;
                case "--max-concurrent":
                    options = options with { Capacity = options.Capacity with { MaxConcurrentRequests = Math.Max(1, PositiveInt(name, Value())) } };
                    break;
                case "--vtex":
                    options = options with { Vtex = true };
                    break;
                case "--no-admin":
                    options = options with { Admin = false };
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'.\n{Usage}");
            }
        }

        foreach (var url in options.Urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"--urls {url} is not an http:// or https:// address, e.g. http://127.0.0.1:8543.");
            }
        }

        if ((options.RecordFile is null) != (options.Target is null))
        {
            throw new ArgumentException("--record FILE and --target URL go together: where to record, and which Datasul to record.");
        }

        if (options.RecordFile is not null && options.ReplayFile is not null)
        {
            throw new ArgumentException("--record and --replay exclude each other: record a session first, replay it in another run.");
        }

        return options with
        {
            Users = users, OAuthClients = clients, Quirks = quirks,
            Capacity = routeTimes.Count == 0 ? options.Capacity : options.Capacity with { Routes = routeTimes },
        };
    }

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new ArgumentException($"{name} {value} is not a whole number of 0 or more.");

    private static (string, string) Pair(string name, string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < value.Length - 1
            ? (value[..colon], value[(colon + 1)..])
            : throw new ArgumentException($"{name} takes NAME:SECRET, e.g. {name} integration:s3cret.");
    }
}
