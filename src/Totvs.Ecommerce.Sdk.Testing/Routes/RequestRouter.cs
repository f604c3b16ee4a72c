using System.Net.Http.Headers;
using System.Text;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Testing.Pacing;
using Totvs.Ecommerce.Sdk.Testing.Faults;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Testing.Journal;
using Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;
using Totvs.Ecommerce.Sdk.Testing.Routes.Purchases;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>
/// The fake server's front door, shared by every host: applies scripted faults, checks credentials,
/// dispatches to the resource routes and writes the journal.
/// </summary>
internal sealed class RequestRouter
{
    private const string MalformedJson = "{\"hasNext\": tru, \"items\": [{\"categoryParentCode\": ";

    private readonly string pathPrefix;
    private readonly string tokenPath;
    private readonly int unknownStoreStatusCode;
    private readonly TotvsRouteTable routes;
    private readonly DatasulState state;
    private readonly CredentialStore credentials;
    private readonly FaultInjector faults;
    private readonly RequestJournal journal;
    private readonly TimeProvider timeProvider;
    private readonly TokenEndpoint tokenEndpoint;
    private readonly List<(string Route, ICatalogRoute Handler)> catalog;
    private readonly OrderRoutes orders;
    private readonly CustomerRoutes customers;
    private readonly InvoiceRoutes invoices;
    private readonly PurchaseOrderRoutes purchaseOrders;
    private readonly ItemRegisterRoute itemRegister;
    private readonly Func<FakeErpCapacity> capacity;
    private readonly CapacityGate gate = new();

    /// <summary>The gate every request passes: how many are served now, and the peak.</summary>
    public CapacityGate Gate => gate;

    /// <summary>The server's clock now: what a host writes in an answer's <c>Date</c> header, as every HTTP server does.</summary>
    public DateTimeOffset Now => timeProvider.GetUtcNow();

    public RequestRouter(
        FakeDatasulServerOptions options, TotvsRouteTable routes, DatasulState state, CredentialStore credentials,
        FaultInjector faults, RequestJournal journal, Func<FakeErpCapacity> capacity)
    {
        this.capacity = capacity;
        pathPrefix = "/" + options.PathPrefix.Trim('/') + "/";
        tokenPath = options.TokenPath;
        unknownStoreStatusCode = options.UnknownStoreStatusCode;
        this.routes = routes;
        this.state = state;
        this.credentials = credentials;
        this.faults = faults;
        this.journal = journal;
        timeProvider = options.TimeProvider;
        var zone = DateTimeZoneProviders.Tzdb[options.ServerTimeZone];
        tokenEndpoint = new TokenEndpoint(credentials);
        orders = new OrderRoutes(state, zone, credentials, options.AnswerEmptySalesListsWith404);
        customers = new CustomerRoutes(state, zone, options.AnswerEmptySalesListsWith404);
        invoices = new InvoiceRoutes(state, zone);
        purchaseOrders = new PurchaseOrderRoutes(state, zone);
        itemRegister = new ItemRegisterRoute(state, zone);
        catalog =
        [
            (routes.Families, new CatalogRoute<FamilyRecord>(state, zone, "Family", FamilyWire.Published, FamilyWire.Projection, f => f.Code)),
            (routes.Products, new CatalogRoute<ItemRecord>(state, zone, "Product", ProductWire.Published, ProductWire.Projection, i => i.Code.Value)),
            (routes.Skus, new CatalogRoute<SkuView>(state, zone, "SKU", SkuWire.Published, SkuWire.Projection, s => s.SkuId, CatalogMode.Reference)),
            (routes.RootSkus, new CatalogRoute<RootRecord>(state, zone, "Root", RootSkuWire.Published, RootSkuWire.Projection, r => r.Code, CatalogMode.RootSku)),
            (routes.PriceItems, new CatalogRoute<PriceView>(state, zone, "Price", PriceItemWire.Published, PriceItemWire.Projection, p => p.Key)),
            (routes.PriceTables, new CatalogRoute<PriceTableRecord>(state, zone, "Price table", PriceTableWire.Published, PriceTableWire.Projection, t => t.Code)),
            (routes.StockBalances, new CatalogRoute<BalanceRecord>(state, zone, "Balance", StockBalanceWire.Published, StockBalanceWire.Projection, b => b.Key)),
        ];
    }

    /// <summary>
    /// Answers a request within the server's capacity (a 503 beyond it), after its service time, applying the first
    /// scripted fault that hits it. Service times, latency and hangs wait on the server's clock.
    /// </summary>
    public async Task<FakeResponse> HandleAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = timeProvider.GetUtcNow();
        var route = request.Path.StartsWith(pathPrefix, StringComparison.Ordinal)
            ? request.Path[pathPrefix.Length..].TrimEnd('/')
            : request.Path;
        var pace = capacity();
        if (!gate.TryEnter(pace))
        {
            var busy = FakeResponse.Error(503, "SERVER_BUSY", $"The ERP serves {pace.MaxConcurrentRequests} requests at once; try again later.");
            busy = new FakeResponse(503, busy.Body, pace.RetryAfter);
            Record(request, route, receivedAt, 503, null, "over capacity");
            return busy;
        }

        try
        {
            var serviceTime = gate.ServiceTime(pace, request.Method, route);
            if (serviceTime > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(serviceTime, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Record(request, route, receivedAt, 0, null, "gave up during the service time");
                    throw;
                }
            }

            return await HandleAdmittedAsync(request, route, receivedAt, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<FakeResponse> HandleAdmittedAsync(FakeRequest request, string route, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var fault = faults.Take(request.Method, route, new FaultRequest(request.Method, route, request.Query, request.Body));
        switch (fault?.Kind)
        {
            case FaultKind.Latency:
                try
                {
                    await Task.Delay(fault.Latency, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Record(request, route, receivedAt, 0, fault); // the client gave up while the answer was delayed: still a request received
                    throw;
                }

                break;
            case FaultKind.Hang:
                Record(request, route, receivedAt, 0, fault);
                await Task.Delay(Timeout.InfiniteTimeSpan, timeProvider, cancellationToken).ConfigureAwait(false);
                break;
        }

        var response = fault is null or { Kind: FaultKind.LoseAnswerAfterCommit or FaultKind.Latency or FaultKind.TruncatedBody }
            ? Dispatch(request, route)
            : Inject(fault);
        response = fault?.Kind switch
        {
            FaultKind.LoseAnswerAfterCommit => new FakeResponse(response.StatusCode, response.Body) { DropConnection = true },
            FaultKind.TruncatedBody => new FakeResponse(response.StatusCode, response.Body[..(response.Body.Length / 2)], response.RetryAfter),
            _ => response,
        };

        Record(request, route, receivedAt, response.DropConnection ? 0 : response.StatusCode, fault);
        return response;
    }

    private void Record(FakeRequest request, string route, DateTimeOffset receivedAt, int statusCode, FaultRule? fault, string? note = null) => journal.Add(new JournalEntry(
            journal.NextSequence(), receivedAt, request.Method, route, request.QueryString, request.Query,
            SchemeOf(request.Authorization),
            request.Body.Length == 0 ? null : request.Path == tokenPath ? "(token request body not recorded: it may carry a refresh token)" : JournalBody(request.Body),
            statusCode, fault?.Describe() ?? note, request.UserAgent));

    /// <summary>The most of a request body the journal keeps: a burst of huge requests must not grow the fake for good.</summary>
    internal const int MaxJournalBodyBytes = 64 * 1024;

    /// <summary>A body as the journal keeps it: whole when small, else its first <see cref="MaxJournalBodyBytes"/> bytes and its size.</summary>
    private static string JournalBody(byte[] body) => body.Length <= MaxJournalBodyBytes
        ? Encoding.UTF8.GetString(body)
        : $"{Encoding.UTF8.GetString(body, 0, MaxJournalBodyBytes)}… ({body.Length:N0} bytes; the journal keeps the first {MaxJournalBodyBytes:N0})";

    private static FakeResponse Inject(FaultRule fault) => fault.Kind switch
    {
        FaultKind.Status => new FakeResponse(fault.StatusCode, [], fault.RetryAfter),
        FaultKind.Error => FakeResponse.Error(fault.StatusCode, fault.Code!, fault.Message!),
        FaultKind.MalformedJson => FakeResponse.Raw(200, MalformedJson),
        FaultKind.DropConnection => new FakeResponse(0, []) { DropConnection = true },
        _ => throw new InvalidOperationException($"Fault {fault.Kind} is not injected before dispatch."),
    };

    private FakeResponse Dispatch(FakeRequest request, string route)
    {
        if (request.Path == tokenPath)
        {
            return tokenEndpoint.Handle(request);
        }

        request.Principal = Authenticate(request.Authorization);
        if (request.Principal is null)
        {
            return FakeResponse.Error(401, FakeErrorCodes.Unauthorized,
                request.WantsPortuguese ? "Usuário ou senha inválidos, ou token expirado." : "Invalid user or password, or expired token.");
        }

        var deniedStore = request.Query["storeCode"]?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(store => !credentials.CanAccessStore(request.Principal, store));
        if (deniedStore is not null)
        {
            return Forbidden(request, deniedStore);
        }

        // Purchase orders belong to the purchasing module (ccp), not to the e-commerce integration: CD0101 does not gate them.
        if (TryMatch(route, routes.PurchaseOrders, out var purchaseOrderKey))
        {
            return purchaseOrders.HandleOrders(request, purchaseOrderKey);
        }

        if (TryMatch(route, routes.PurchaseOrderLines, out var purchaseOrderLineKey))
        {
            return purchaseOrders.HandleLines(request, purchaseOrderLineKey);
        }

        // The item register is the materials module's, not the e-commerce integration's; a route that is a prefix of an
        // e-commerce one (cdp/v1/productPublic for cdp/v1/productPublic/ecommerce) leaves those to their resource.
        if (TryMatch(route, routes.Items, out var itemKey) && !routes.ToList().Any(r => r.Key != nameof(routes.Items) && TryMatch(route, r.Value, out _)))
        {
            return itemRegister.Handle(request, itemKey);
        }

        // CD0101 gates the whole integration: with it off, Datasul serves no e-commerce route (catalog, prices, stock,
        // status), not only order intake. A connector must see an error here, never an empty catalog.
        if (!state.IntegrationEnabled)
        {
            var disabled = Rejections.IntegrationDisabled();
            return FakeResponse.Error(500, disabled.Code, disabled.MessageFor(request.AcceptLanguage));
        }

        if (TryMatch(route, routes.Orders, out var orderKey))
        {
            return UnknownStore(request) ?? orders.Handle(request, orderKey);
        }

        if (TryMatch(route, routes.Customers, out var customerKey))
        {
            return UnknownStore(request) ?? customers.Handle(request, customerKey);
        }

        if (TryMatch(route, routes.Invoices, out var invoiceKey))
        {
            return WithStore(request, store => invoices.Handle(request, store, invoiceKey));
        }

        foreach (var (resourceRoute, handler) in catalog)
        {
            if (TryMatch(route, resourceRoute, out var key))
            {
                return string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase)
                    ? WithStore(request, store => handler.Handle(request, store, key))
                    : FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed on {resourceRoute}; it is read-only.");
            }
        }

        return FakeResponse.Error(404, FakeErrorCodes.RouteNotFound,
            request.WantsPortuguese ? $"Recurso '{request.Path}' não encontrado." : $"Resource '{request.Path}' not found.");
    }

    /// <summary>Resolves <c>storeCode</c> (absent: store 1, as legacy single-store releases do, or the only store).</summary>
    private FakeResponse WithStore(FakeRequest request, Func<StoreRecord, FakeResponse> handle)
    {
        var code = request.Query["storeCode"];
        StoreRecord? store;
        lock (state.Sync)
        {
            store = code is not null
                ? state.Stores.GetValueOrDefault(code)
                : state.Stores.GetValueOrDefault("1") ?? (state.Stores.Count == 1 ? state.Stores.Values.First() : null);
        }

        return store is null ? StoreNotFound(request, code) : handle(store);
    }

    /// <summary>
    /// The answer to a sales request whose <c>storeCode</c> (a comma list on ordersPublic) names a store the ERP
    /// does not have, or <see langword="null"/> when every store named exists.
    /// </summary>
    private FakeResponse? UnknownStore(FakeRequest request)
    {
        var codes = request.Query["storeCode"]?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (codes is null)
        {
            return null;
        }

        lock (state.Sync)
        {
            var unknown = codes.FirstOrDefault(code => !state.Stores.ContainsKey(code));
            return unknown is null ? null : StoreNotFound(request, unknown);
        }
    }

    private FakeResponse StoreNotFound(FakeRequest request, string? code) =>
        FakeResponse.Error(unknownStoreStatusCode, TotvsErrorCodes.StoreNotFound,
            request.WantsPortuguese
                ? $"Loja '{code}' não cadastrada na Central de Configurações E-commerce."
                : $"Store '{code}' is not registered in the Central de Configurações E-commerce.");

    private static bool TryMatch(string route, string resourceRoute, out string? key)
    {
        key = null;
        var resource = resourceRoute.Trim('/');
        if (route == resource)
        {
            return true;
        }

        if (route.StartsWith(resource + "/", StringComparison.Ordinal))
        {
            key = route[(resource.Length + 1)..];
            return true;
        }

        return false;
    }

    /// <summary>The principal the header signs in, or <see langword="null"/> when it signs in no one.</summary>
    private string? Authenticate(string? authorization)
    {
        if (authorization is null || !AuthenticationHeaderValue.TryParse(authorization, out var header) || header.Parameter is null)
        {
            return null;
        }

        if (string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return credentials.PrincipalOfToken(header.Parameter);
        }

        return string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && BasicCredentials.TryDecode(header.Parameter, out var user, out var password)
            && credentials.IsBasicUser(user, password)
            ? $"user:{user}"
            : null;
    }

    /// <summary>403: the principal is known but may not use the store.</summary>
    internal static FakeResponse Forbidden(FakeRequest request, string storeCode) => FakeResponse.Error(403, "FORBIDDEN",
        request.WantsPortuguese
            ? $"O usuário não tem permissão para a loja {storeCode}."
            : $"The user is not allowed to use store {storeCode}.");

    private static string? SchemeOf(string? authorization)
    {
        if (authorization is null)
        {
            return null;
        }

        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? authorization : authorization[..space];
    }
}
