using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.Pacing;
using Totvs.Ecommerce.Sdk.Testing.Faults;
using Totvs.Ecommerce.Sdk.Testing.Hosting;
using Totvs.Ecommerce.Sdk.Testing.Journal;
using Totvs.Ecommerce.Sdk.Testing.Routes;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>
/// An in-memory Datasul that answers the wire contract with state and rules: stores, their catalog,
/// credentials and tokens, a journal of every request, and scriptable faults. Serve it in memory with
/// <see cref="CreateHandler"/> or on a loopback port with <see cref="StartLoopbackAsync"/>.
/// Thread-safe; each instance has its own state, so tests using different servers run in parallel.
/// </summary>
public sealed partial class FakeDatasulServer
{
    /// <summary>The user accepted with Basic authentication unless <see cref="FakeDatasulServerOptions.AcceptDefaultCredentials"/> is off.</summary>
    public const string DefaultUsername = "integration";

    /// <summary>The password of <see cref="DefaultUsername"/>.</summary>
    public const string DefaultPassword = "fake-password";

    /// <summary>The OAuth2 client accepted unless <see cref="FakeDatasulServerOptions.AcceptDefaultCredentials"/> is off.</summary>
    public const string DefaultClientId = "fake-client";

    /// <summary>The secret of <see cref="DefaultClientId"/>.</summary>
    public const string DefaultClientSecret = "fake-secret";

    private readonly DatasulState state;
    private readonly CredentialStore credentials;
    private readonly RequestRouter router;
    private volatile FakeErpCapacity capacity;

    /// <summary>Creates an empty fake ERP (no stores yet); add them with <see cref="AddStore"/>.</summary>
    /// <param name="options">Clock, routes and credentials; defaults when <see langword="null"/>.</param>
    public FakeDatasulServer(FakeDatasulServerOptions? options = null)
    {
        options ??= new FakeDatasulServerOptions();
        TimeProvider = options.TimeProvider;
        PathPrefix = options.PathPrefix;
        Routes = options.Routes.Clone();
        ServerZone = DateTimeZoneProviders.Tzdb[options.ServerTimeZone];
        state = new DatasulState(TimeProvider);
        credentials = new CredentialStore(TimeProvider) { TokenLifetime = options.TokenLifetime };
        if (options.AcceptDefaultCredentials)
        {
            credentials.AddBasicUser(DefaultUsername, DefaultPassword);
            credentials.AddOAuthClient(DefaultClientId, DefaultClientSecret);
        }

        capacity = options.Capacity ?? FakeErpCapacity.Unlimited;
        router = new RequestRouter(options, Routes, state, credentials, Faults, Journal, () => capacity);
    }

    /// <summary>The address to give the client when it talks to the in-memory handler (any host works; this one says what it is).</summary>
    public static Uri InMemoryBaseAddress { get; } = new("https://datasul.fake.test/");

    /// <summary>Every request received and what was answered.</summary>
    public RequestJournal Journal { get; } = new();

    /// <summary>
    /// The pace of this ERP: each route's service time and how many requests it serves at once (a 503 with
    /// <c>Retry-After</c> beyond). Change it at any time; the next request follows it.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>: use <see cref="FakeErpCapacity.Unlimited"/>.</exception>
    public FakeErpCapacity Capacity
    {
        get => capacity;
        set => capacity = value ?? throw new ArgumentNullException(nameof(value), "Use FakeErpCapacity.Unlimited for no delay and no limit.");
    }

    /// <summary>How many requests the server is serving now (in their service time, a scripted delay or a hang).</summary>
    public int ConcurrentRequests => router.Gate.InFlight;

    /// <summary>
    /// The most requests served at once since the server started or <see cref="TakePeakConcurrentRequests"/> was last
    /// called: what a connector's concurrency really was, whatever it was configured to be. Refused requests (503 over
    /// <see cref="FakeErpCapacity.MaxConcurrentRequests"/>) do not count.
    /// </summary>
    public int PeakConcurrentRequests => router.Gate.PeakInFlight;

    /// <summary>Returns <see cref="PeakConcurrentRequests"/> and starts a new peak from the requests served now (to measure one phase of a test).</summary>
    /// <returns>The peak until now.</returns>
    public int TakePeakConcurrentRequests() => router.Gate.TakePeak();

    /// <summary>The faults scripted for the next requests.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>The server's route table (a copy of the options').</summary>
    public TotvsRouteTable Routes { get; }

    /// <summary>The path prefix under which resources are served.</summary>
    public string PathPrefix { get; }

    /// <summary>The ERP's clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The zone of the server's local times.</summary>
    public DateTimeZone ServerZone { get; }

    /// <summary>Adds a store (or returns the builder of an existing one) to link catalog to.</summary>
    /// <param name="code">The store code, e.g. <c>"1"</c>.</param>
    /// <returns>A builder to link families (and, later, items, prices and deposits) to the store.</returns>
    public FakeStoreBuilder AddStore(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        lock (state.Sync)
        {
            state.GetOrAddStore(code);
        }

        return new FakeStoreBuilder(this, code);
    }

    /// <summary>
    /// Creates or changes a family in the ERP, stamping its <c>lastUpdate</c> with the server's clock, so
    /// the next incremental sync sees it.
    /// </summary>
    /// <param name="code">The family code.</param>
    /// <param name="description">The description.</param>
    /// <param name="isActive">Whether it is active.</param>
    public void UpsertFamily(string code, string description, bool isActive = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        lock (state.Sync)
        {
            state.Families[code] = new FamilyRecord(code, description, isActive, state.Now);
        }
    }

    internal void UpsertFamilyIfMissing(string code)
    {
        lock (state.Sync)
        {
            if (!state.Families.ContainsKey(code))
            {
                state.Families[code] = new FamilyRecord(code, code, true, state.Now);
            }
        }
    }

    /// <summary>Links an existing family to a store (Datasul publishes only linked families).</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="familyCode">The family.</param>
    /// <exception cref="InvalidOperationException">The store or the family does not exist.</exception>
    public void LinkFamily(string storeCode, string familyCode)
    {
        lock (state.Sync)
        {
            if (!state.Stores.TryGetValue(storeCode, out var store))
            {
                throw new InvalidOperationException($"Store '{storeCode}' does not exist; call AddStore(\"{storeCode}\") first.");
            }

            if (!state.Families.ContainsKey(familyCode))
            {
                throw new InvalidOperationException($"Family '{familyCode}' does not exist; call UpsertFamily first.");
            }

            if (store.FamilyCodes.Add(familyCode))
            {
                store.UnlinkedFamilies.Remove(familyCode);
                TouchItemsOfFamily(familyCode); // its items become published: the next incremental sync must see them
            }

            state.Families[familyCode] = state.Families[familyCode] with { LastUpdate = state.Now };
        }
    }

    /// <summary>
    /// Removes a family from a store: from now on it, and its items, are published there as inactive (<c>isActive=false</c>,
    /// a newer <c>lastUpdate</c>), so the store's next incremental sync unpublishes them instead of never hearing of them.
    /// </summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="familyCode">The family.</param>
    public void UnlinkFamily(string storeCode, string familyCode)
    {
        lock (state.Sync)
        {
            if (state.Stores.TryGetValue(storeCode, out var store) && store.FamilyCodes.Remove(familyCode))
            {
                store.UnlinkedFamilies[familyCode] = state.Now;
            }
        }
    }

    private void TouchItemsOfFamily(string familyCode)
    {
        foreach (var item in state.Items.Values.Where(i => i.FamilyCode == familyCode).ToList())
        {
            state.Items[item.Code.Value] = item with { LastUpdate = state.Now };
        }
    }

    /// <summary>Accepts another ERP user with Basic authentication, on every store or only on some (others answer 403).</summary>
    /// <param name="username">The user.</param>
    /// <param name="password">Its password.</param>
    /// <param name="stores">The stores the user may use; all when <see langword="null"/>.</param>
    public void AddBasicUser(string username, string password, IEnumerable<string>? stores = null) => credentials.AddBasicUser(username, password, stores);

    /// <summary>Accepts another OAuth2 client, on every store or only on some (others answer 403).</summary>
    /// <param name="clientId">The client id.</param>
    /// <param name="clientSecret">Its secret.</param>
    /// <param name="stores">The stores the client may use; all when <see langword="null"/>.</param>
    public void AddOAuthClient(string clientId, string clientSecret, IEnumerable<string>? stores = null) => credentials.AddOAuthClient(clientId, clientSecret, stores);

    /// <summary>Every access and refresh token this server issued (for leak checks in tests).</summary>
    /// <returns>The tokens.</returns>
    internal IReadOnlyList<string> IssuedTokens() => credentials.Issued;

    /// <summary>The codes of the stores the ERP holds, in order.</summary>
    internal IReadOnlyList<string> StoreCodes
    {
        get
        {
            lock (state.Sync)
            {
                return state.Stores.Keys.ToList();
            }
        }
    }

    /// <summary>The request router, for hosts that serve this server themselves (the totvs-fake-datasul tool).</summary>
    internal RequestRouter Router => router;

    /// <summary>Invalidates every issued access and refresh token, so the next request with one gets 401.</summary>
    public void RevokeAllTokens() => credentials.RevokeAllTokens();

    /// <summary>A handler that serves this server in memory; make it the primary handler of an <see cref="HttpClient"/>.</summary>
    /// <returns>A new handler (each handler is independent; all share this server's state).</returns>
    public HttpMessageHandler CreateHandler() => new InMemoryDatasulHandler(router);

    /// <summary>Starts listening on 127.0.0.1 for tests over a real socket, in plain HTTP or HTTPS with a certificate made for the host.</summary>
    /// <param name="port">The port, or 0 for any free one.</param>
    /// <param name="useHttps">Serve HTTPS with a self-signed certificate (see <see cref="FakeDatasulLoopbackHost.Certificate"/>).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running host; dispose it to stop.</returns>
    public Task<FakeDatasulLoopbackHost> StartLoopbackAsync(int port = 0, bool useHttps = false, CancellationToken cancellationToken = default) =>
        FakeDatasulLoopbackHost.StartAsync(router, port, useHttps, cancellationToken);

    /// <summary>
    /// Client options that reach this server with its default credentials and its routes.
    /// </summary>
    /// <param name="baseAddress">Where the server is: <see cref="InMemoryBaseAddress"/> (default) or a loopback host's address.</param>
    /// <param name="mode">Which sign-in to use.</param>
    /// <returns>New options; change them freely.</returns>
    public TotvsEcommerceOptions CreateClientOptions(Uri? baseAddress = null, TotvsAuthenticationMode mode = TotvsAuthenticationMode.Basic)
    {
        var options = new TotvsEcommerceOptions();
        ApplyClientOptions(options, baseAddress, mode);
        return options;
    }

    /// <summary>Points existing client options at this server with its default credentials and routes.</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="baseAddress">Where the server is: <see cref="InMemoryBaseAddress"/> (default) or a loopback host's address.</param>
    /// <param name="mode">Which sign-in to use.</param>
    public void ApplyClientOptions(TotvsEcommerceOptions options, Uri? baseAddress = null, TotvsAuthenticationMode mode = TotvsAuthenticationMode.Basic)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = baseAddress ?? InMemoryBaseAddress;
        options.PathPrefix = PathPrefix;
        options.Routes = Routes.Clone();
        options.ServerTimeZone = ServerZone.Id;
        options.Authentication = mode == TotvsAuthenticationMode.Basic
            ? new TotvsAuthenticationOptions { Mode = mode, Username = DefaultUsername, Password = DefaultPassword }
            : new TotvsAuthenticationOptions { Mode = mode, ClientId = DefaultClientId, ClientSecret = DefaultClientSecret };
    }
}
