using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NodaTime;
using Totvs.Ecommerce.Sdk.Diagnostics;
using Totvs.Ecommerce.Sdk.Http.Authentication;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The request pipeline every resource client shares: builds the URI from the route table, signs the
/// request in (renewing an OAuth2 token once on 401), sends it, and turns the answer into records or
/// into the SDK's exception. Immutable after construction and safe to share between threads.
/// </summary>
internal sealed class TotvsTransport
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly TotvsHttpSender sender;
    private readonly ICredentialSource credentials;
    private readonly Uri resourceRoot;
    private readonly TotvsMetrics metrics;
    private readonly string serverAddress;
    private readonly int serverPort;

    // The address of each route called with neither key nor query (order and customer POSTs): parsed once, not per call.
    private readonly ConcurrentDictionary<string, Uri> routeAddresses = new(StringComparer.Ordinal);
    private readonly string? acceptLanguage;
    private readonly string userAgent;
    private readonly JsonSerializerOptions readOptions;
    private readonly Lazy<JsonSerializerOptions> writeOptions;
    private readonly FieldRenames? fieldRenames;
    private readonly Lazy<JsonSerializerOptions>? renamingOptions;

    /// <summary>The ERP's e-commerce configuration the app gave (<see cref="TotvsEcommerceOptions.UseErpConfiguration"/>), or <see langword="null"/>.</summary>
    public Domain.Stores.ErpEcommerceConfiguration? ErpConfiguration { get; }

    /// <param name="httpClientSource">Gives the HttpClient to send with (from IHttpClientFactory, or the caller's own).</param>
    /// <param name="options">Options already validated by <see cref="TotvsEcommerceOptionsValidator"/>.</param>
    /// <param name="timeProvider">The clock for token expiry.</param>
    /// <param name="logger">Where the SDK logs.</param>
    /// <param name="liveAuthentication">
    /// The credentials as configuration has them now (from <c>IOptionsMonitor</c>), so a rotated password applies on the
    /// next call; <see langword="null"/> to sign in with <paramref name="options"/>' credentials for the client's life.
    /// </param>
    /// <param name="metrics">The request instruments; the process-wide meter when <see langword="null"/>.</param>
    public TotvsTransport(
        Func<HttpClient> httpClientSource, TotvsEcommerceOptions options, TimeProvider timeProvider, ILogger logger,
        Func<TotvsAuthenticationOptions>? liveAuthentication = null, TotvsMetrics? metrics = null)
    {
        Logger = logger;
        this.metrics = metrics ?? TotvsMetrics.Shared;
        sender = new TotvsHttpSender(httpClientSource, BodyLimits.From(options, timeProvider));
        TimeProvider = timeProvider;
        CreationAttempts = options.Resilience.CreationAttempts;
        Routes = options.Routes.Clone();
        var serverZone = DateTimeZoneProviders.Tzdb[options.ServerTimeZone];
        LastUpdate = new LastUpdateFormat(serverZone);
        readOptions = TotvsJson.CreateReadOptions(serverZone);
        fieldRenames = FieldRenames.From(options.FieldNames);
        var renames = fieldRenames;
        writeOptions = new Lazy<JsonSerializerOptions>(() => TotvsJson.CreateWriteOptions(serverZone, renames));
        renamingOptions = renames is null ? null : new Lazy<JsonSerializerOptions>(() => TotvsJson.CreateReadOptions(serverZone, renames));
        DefaultPageSize = options.PageSize;
        ErpConfiguration = options.erpConfiguration;
        acceptLanguage = string.IsNullOrWhiteSpace(options.AcceptLanguage) ? null : options.AcceptLanguage;
        userAgent = string.IsNullOrWhiteSpace(options.UserAgent) ? TotvsEcommerceOptions.DefaultUserAgent : options.UserAgent.Trim();

        var baseAddress = options.BaseAddress!;
        (serverAddress, serverPort) = (baseAddress.Host, baseAddress.Port);
        var basePath = baseAddress.AbsolutePath.TrimEnd('/');
        resourceRoot = new Uri(baseAddress, $"{basePath}/{options.PathPrefix.Trim('/')}/");

        ICredentialSource Create(TotvsAuthenticationOptions auth) => auth.Mode == TotvsAuthenticationMode.OAuth2ClientCredentials
            ? new OAuth2TokenSource(sender, new Uri(baseAddress, $"{basePath}/{auth.TokenPath.TrimStart('/')}"),
                auth.ClientId!, auth.ClientSecret!, auth.TokenRenewalMargin, timeProvider)
            : new BasicCredentialSource(auth.Username!, auth.Password!);
        credentials = liveAuthentication is null ? Create(options.Authentication) : new ReloadingCredentialSource(liveAuthentication, Create);
    }

    /// <summary>A private copy of the route table, so later changes to the options do not move a live client.</summary>
    public TotvsRouteTable Routes { get; }

    /// <summary>Where the SDK logs (a null logger when the application has none).</summary>
    public ILogger Logger { get; }

    public LastUpdateFormat LastUpdate { get; }

    public int DefaultPageSize { get; }

    /// <summary>The clock for token expiry and for the pauses between order creation attempts.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>How many times an order creation is tried before the SDK gives up (it is never created twice).</summary>
    public int CreationAttempts { get; }

    /// <summary>The route of a record below a resource: each key segment escaped and joined with '/'.</summary>
    public static string KeyPath(params string[] segments) => string.Join('/', segments.Select(Uri.EscapeDataString));

    /// <summary>Serializes a body with the client's JSON settings.</summary>
    public ReadOnlyMemory<byte> Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    /// <summary>
    /// The metadata a record (or a page of <paramref name="record"/>) is read with: the generated one, or, when the
    /// options rename fields of <paramref name="record"/>, one with the ERP's names. The options cache it per type.
    /// </summary>
    public JsonTypeInfo<T> ReadType<T>(Type record) =>
        (JsonTypeInfo<T>)ReadOptionsFor(record).GetTypeInfo(typeof(T));

    /// <summary>The metadata a record is read with, in the names this client reads it by (the configured renames applied).</summary>
    public JsonTypeInfo ReadTypeOf(Type record) =>
        ReadOptionsFor(record).GetTypeInfo(record);

    /// <summary>The options records of <paramref name="record"/> are read with: in the ERP's names when the client renames them.</summary>
    private JsonSerializerOptions ReadOptionsFor(Type record) =>
        renamingOptions is not null && fieldRenames!.Renames(record) ? renamingOptions.Value : readOptions;

    /// <summary>A <c>fields</c> or <c>order</c> list in the ERP's names of <paramref name="record"/>'s fields.</summary>
    public IReadOnlyList<string>? TranslateFields(Type record, IReadOnlyList<string>? names) => fieldRenames is null ? names : fieldRenames.Translate(record, names);

    /// <summary>How a request body of <typeparamref name="T"/> is written: as read, less the fields Datasul does not accept on write.</summary>
    public JsonTypeInfo<T> WriteType<T>() => (JsonTypeInfo<T>)writeOptions.Value.GetTypeInfo(typeof(T));

    /// <summary>A request body of <typeparamref name="T"/>, without the fields Datasul does not accept on write.</summary>
    public ReadOnlyMemory<byte> SerializeForWrite<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, WriteType<T>());

    /// <summary>Reads a successful answer's body as <typeparamref name="T"/>, or throws the SDK exception naming the route.</summary>
    public static T Read<T>(TotvsHttpAnswer answer, JsonTypeInfo<T> type, string method, string path)
    {
        answer.ThrowIfFailed(method, path);
        try
        {
            JsonErrors.ThrowIfNotUtf8(answer.Body.Span);
            return JsonSerializer.Deserialize(answer.Body.Span, type) ?? throw new JsonException("The body is null.");
        }
        catch (JsonException ex)
        {
            throw TotvsExceptionFactory.FromUnreadableRecord(method, path, answer.StatusCode, $"a {typeof(T).Name}", ex, answer.Body.Span);
        }
    }

    /// <summary>
    /// Sends a request and returns the answer as is (status and body); only transport failures throw.
    /// <paramref name="key"/> is the escaped path below the route (see <see cref="KeyPath"/>), or <see langword="null"/>.
    /// </summary>
    public async ValueTask<TotvsHttpAnswer> SendAsync(
        HttpMethod method, string route, string? key, string query, ReadOnlyMemory<byte>? jsonBody, CancellationToken cancellationToken)
    {
        var path = DescribePath(route, key);
        var uri = key is null && query.Length == 0
            ? routeAddresses.GetOrAdd(route, static (r, root) => new Uri(root, r), resourceRoot)
            : new Uri(resourceRoot, (key is null ? route : $"{route}/{key}") + query);
        // The span's name is put together only when someone listens. Attributes: OpenTelemetry's HTTP client conventions.
        using var activity = TotvsTelemetry.Source.HasListeners() ? TotvsTelemetry.Source.StartActivity($"{method.Method} {route}", ActivityKind.Client) : null;
        activity?.SetTag("http.request.method", method.Method);
        activity?.SetTag("url.template", route);
        activity?.SetTag("server.address", serverAddress);
        activity?.SetTag("server.port", serverPort);
        var started = Stopwatch.GetTimestamp();
        // The adaptive limit of a batch reads slowdowns on the client's clock (a fake one in tests); other calls pay nothing.
        var observer = CallObserver.Current;
        var observedFrom = observer is null ? 0 : TimeProvider.GetTimestamp();
        var attempts = 1;
        try
        {
            var header = await credentials.GetAsync(null, cancellationToken).ConfigureAwait(false);
            var answer = await sender.SendAsync(CreateRequest(method, uri, header, jsonBody), path, cancellationToken).ConfigureAwait(false);
            if (answer.StatusCode == 401 && credentials.CanRenew)
            {
                TotvsLog.RenewingTokenAfter401(Logger, method.Method, route);
                answer.Dispose();
                header = await credentials.GetAsync(header, cancellationToken).ConfigureAwait(false);
                answer = await sender.SendAsync(CreateRequest(method, uri, header, jsonBody), path, cancellationToken).ConfigureAwait(false);
                attempts++;
            }

            Record(activity, method.Method, route, answer.StatusCode, attempts, started);
            answer.Call = (method.Method, route, Stopwatch.GetElapsedTime(started), attempts);
            TotvsResponseCapture.Current?.Add(answer.ToResponse());
            observer?.Invoke(new ObservedCall(method.Method, answer.StatusCode, TimeProvider.GetElapsedTime(observedFrom), RetryAfter(answer)));
            return answer;
        }
        catch (TotvsApiException ex) when (ex.StatusCode is null)
        {
            Record(activity, method.Method, route, 0, attempts, started, ex.InnerException?.GetType().FullName ?? ex.GetType().FullName);
            observer?.Invoke(new ObservedCall(method.Method, 0, TimeProvider.GetElapsedTime(observedFrom), null));
            TotvsLog.RequestFailed(Logger, method.Method, route, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.InnerException?.GetType().Name ?? "no answer");
            throw;
        }
    }

    /// <summary>Retry-After of a 429 or 503 (as a delay, or a date against the answer's own Date), else <see langword="null"/>.</summary>
    private static TimeSpan? RetryAfter(TotvsHttpAnswer answer) =>
        answer.StatusCode is 429 or 503 && answer.Headers?.RetryAfter is { } condition
            ? condition.Delta ?? (condition.Date is { } at && answer.Headers.Date is { } now ? at - now : null)
            : null;

    /// <summary>GETs one record; a failed answer throws the SDK exception (404 included).</summary>
    public async Task<T> GetAsync<T>(string route, string key, string query, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var answer = await SendAsync(HttpMethod.Get, route, key, query, null, cancellationToken).ConfigureAwait(false);
        return Read(answer, type, "GET", DescribePath(route, key));
    }

    /// <summary>
    /// GETs one record and holds it to its resource's rules, as a list does: an answer like <c>{}</c> is an invalid record
    /// (<see cref="TotvsInvalidRecordException"/>), never a record of defaults.
    /// </summary>
    public async Task<T> GetCheckedAsync<T>(string route, string key, string query, JsonTypeInfo<T> type, RecordRules<T> rules, CancellationToken cancellationToken)
    {
        var record = await GetAsync(route, key, query, type, cancellationToken).ConfigureAwait(false);
        var check = new RecordCheck(null);
        rules.Validate(record, check);
        return check.HasProblems
            ? throw new TotvsInvalidRecordException(new InvalidRecord(route, Uri.UnescapeDataString(key), 1, 1, check.Problems, JsonSerializer.Serialize(record, type)))
            : record;
    }

    /// <summary>
    /// GETs one page of a collection. A 404 is an empty last page (<c>IsEmpty</c>, as ordersPublic and customerPublic
    /// answer when nothing matches) only when its body carries no error code or a not-found code: <c>STORE_NOT_FOUND</c>
    /// or any other business code raises, whatever the status, so a failure never reads as "no data". The caller
    /// disposes the answer once it has read the page.
    /// </summary>
    public async ValueTask<(TotvsHttpAnswer Answer, bool IsEmpty)> GetPageAsync(string route, string query, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, route, null, query, null, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode == 404 && TotvsErrorCodes.IsNotFound(ErrorBodyReader.TryRead(answer.Body.Span)?.Code))
        {
            return (answer, true);
        }

        try
        {
            answer.ThrowIfFailed("GET", route);
            return (answer, false);
        }
        catch
        {
            answer.Dispose();
            throw;
        }
    }

    private void Record(Activity? activity, string method, string route, int status, int attempts, long started, string? failure = null)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        var errorType = failure ?? (status >= 400 ? status.ToString(CultureInfo.InvariantCulture) : null);
        if (metrics.Requests.Enabled || metrics.Duration.Enabled)
        {
            var tags = new TagList
            {
                { "http.request.method", method }, { "url.template", route }, { "server.address", serverAddress }, { "server.port", serverPort },
            };
            if (status > 0)
            {
                tags.Add("http.response.status_code", status);
            }

            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            metrics.Requests.Add(1, tags);
            metrics.Duration.Record(elapsed.TotalSeconds, tags);
        }

        if (status > 0)
        {
            activity?.SetTag("http.response.status_code", status);
        }

        activity?.SetTag("totvs.attempts", attempts);
        if (errorType is not null)
        {
            activity?.SetTag("error.type", errorType);
            activity?.SetStatus(ActivityStatusCode.Error);
        }

        if (status > 0)
        {
            TotvsLog.RequestCompleted(Logger, method, route, status, elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The path as the SDK names it in messages: the route and the unescaped key.</summary>
    public static string DescribePath(string route, string? key) => key is null ? route : $"{route}/{Uri.UnescapeDataString(key)}";

    private HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, AuthenticationHeaderValue header, ReadOnlyMemory<byte>? jsonBody)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = header;
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (jsonBody is { } body)
        {
            request.Content = new ReadOnlyMemoryContent(body);
            request.Content.Headers.ContentType = JsonContentType;
        }

        return request;
    }
}
