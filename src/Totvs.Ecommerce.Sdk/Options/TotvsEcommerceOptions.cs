namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Everything the SDK needs to reach one Datasul server: where it is, how to sign in, and the
/// conventions of that Datasul release (routes, time zone, language, page size).
/// </summary>
/// <remarks>
/// Bind it from configuration (section <c>Totvs:Ecommerce</c> by convention) or set it in code. The
/// options are validated when the client is created (or at application start with DI); a broken value
/// fails with a message that names the option and what to put there.
/// </remarks>
public sealed class TotvsEcommerceOptions
{
    /// <summary>The default path prefix under which Datasul serves its REST resources.</summary>
    public const string DefaultPathPrefix = "/dts/datasul-rest/resources/prg/";

    /// <summary>The default time zone of the ERP server (IANA id).</summary>
    public const string DefaultServerTimeZone = "America/Sao_Paulo";

    /// <summary>The default number of records asked for on each page.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest page size the SDK asks for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// Scheme, host and port of the Datasul server, e.g. <c>https://erp.example.com.br:8543</c>.
    /// Required. Plain <c>http://</c> is accepted only for loopback hosts unless
    /// <see cref="AllowInsecureHttp"/> is set.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// The path under which the REST resources live.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultPathPrefix"/> (<c>/dts/datasul-rest/resources/prg/</c>).</value>
    public string PathPrefix { get; set; } = DefaultPathPrefix;

    /// <summary>
    /// The route of every resource, relative to <see cref="PathPrefix"/>. Change an entry when your
    /// Datasul release publishes a resource elsewhere.
    /// </summary>
    public TotvsRouteTable Routes { get; set; } = new();

    /// <summary>How the SDK signs its requests in.</summary>
    public TotvsAuthenticationOptions Authentication { get; set; } = new();

    /// <summary>
    /// IANA time zone of the ERP server. Datasul reads the <c>lastUpdate</c> filter as the server's local
    /// time, so the SDK converts the <c>Instant</c> you give into this zone.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultServerTimeZone"/> (<c>America/Sao_Paulo</c>).</value>
    public string ServerTimeZone { get; set; } = DefaultServerTimeZone;

    /// <summary>
    /// Value of the <c>Accept-Language</c> header, which chooses the language of Datasul's error messages.
    /// Set to <see langword="null"/> or empty to leave the header out.
    /// </summary>
    /// <value>Defaults to <c>pt-BR</c>.</value>
    public string? AcceptLanguage { get; set; } = "pt-BR";

    /// <summary>
    /// The <c>User-Agent</c> sent with every request, so that Datasul's access log (and the fake's journal) tells
    /// applications and replicas apart, e.g. <c>Acme.Connector/1.0 (replica-2) Totvs.Ecommerce.Sdk/1.0.0</c>. Null or
    /// empty sends <see cref="DefaultUserAgent"/>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/> (<see cref="DefaultUserAgent"/>).</value>
    public string? UserAgent { get; set; }

    /// <summary>The SDK's own product token, <c>Totvs.Ecommerce.Sdk/</c> and its version: what is sent when <see cref="UserAgent"/> is not set.</summary>
    public static string DefaultUserAgent { get; } = "Totvs.Ecommerce.Sdk/" + (typeof(TotvsEcommerceOptions).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    /// <summary>Records asked for on each page when a call does not say otherwise.</summary>
    /// <value>Defaults to <see cref="DefaultPageSize"/> (20); between 1 and <see cref="MaxPageSize"/>.</value>
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>
    /// The largest answer the SDK reads; a larger one is refused with a clear error instead of filling memory
    /// (a page of 1,000 records is typically under 1 MB).
    /// </summary>
    /// <value>Defaults to 32 MiB; between 64 KiB and 1 GiB.</value>
    public long MaxResponseBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// How long the SDK waits for an answer's body once its headers arrived: a body that trickles, or a chunked body
    /// that never ends, fails after this with a transient <see cref="TotvsApiException"/> instead of holding the call.
    /// </summary>
    /// <value>Defaults to 60 seconds; between 1 second and 10 minutes.</value>
    public TimeSpan ResponseReadTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Field names your Datasul release spells differently, per resource: the route table's entry name (<c>Families</c>,
    /// <c>Products</c>, <c>Skus</c>, <c>RootSkus</c>, <c>PriceItems</c>, <c>PriceTables</c>, <c>StockBalances</c>,
    /// <c>Invoices</c>, <c>Orders</c>, <c>Customers</c>), then the SDK's wire name (e.g. <see cref="Families.FamilyFields.Description"/>,
    /// <c>categoryErpDesc</c>) mapped to the ERP's (e.g. <c>description</c>). Records are read and written with the ERP's
    /// names, and <c>Fields</c>/<c>OrderBy</c> are translated. In configuration:
    /// <c>FieldNames:Families:categoryErpDesc = description</c>.
    /// </summary>
    /// <value>Empty by default: the names of the wire contract. An empty map costs nothing.</value>
    public Dictionary<string, Dictionary<string, string>> FieldNames { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Time-outs and retries per kind of operation, sized for Datasul (see <see cref="TotvsResilienceOptions"/>). In
    /// configuration: <c>Resilience:AttemptTimeout = 00:01:15</c>.
    /// </summary>
    public TotvsResilienceOptions Resilience { get; set; } = new();

    /// <summary>
    /// Gives the client the ERP's e-commerce configuration as you know it (stores, payment methods, carriers,
    /// marketplaces, naturezas): <see cref="Orders.OrdersClient.CreateAsync"/> and <see cref="Orders.OrdersClient.CreateManyAsync"/>
    /// then run the ERP's admission rules first and refuse an order the configuration already dooms, with the code and
    /// advice Datasul would answer, before any request. What the configuration leaves <see langword="null"/> is not judged
    /// locally (the ERP still judges it). It is the same record the go-live check verifies
    /// (<see cref="Preflight.PreflightExpectations.Configuration"/>). From configuration, the section
    /// <c>ErpConfiguration</c> (e.g. <c>ErpConfiguration:Stores:0:StoreCode = 1</c>) is read by
    /// <c>AddTotvsEcommerce(configuration)</c>.
    /// </summary>
    /// <remarks>A method rather than a property, so that the configuration binder leaves the immutable records alone.</remarks>
    /// <param name="configuration">The configuration; <see langword="null"/> to judge orders by the ERP only (the default).</param>
    /// <returns>These options.</returns>
    public TotvsEcommerceOptions UseErpConfiguration(Domain.Stores.ErpEcommerceConfiguration? configuration)
    {
        erpConfiguration = configuration;
        return this;
    }

    /// <summary>The configuration given to <see cref="UseErpConfiguration"/> (a field: the binder's generator ignores it).</summary>
    internal Domain.Stores.ErpEcommerceConfiguration? erpConfiguration;

    /// <summary>
    /// Allows plain <c>http://</c> to a host that is not loopback. Credentials then cross the network
    /// unencrypted: use it only on a network you trust.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool AllowInsecureHttp { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"TotvsEcommerceOptions {{ BaseAddress = {(BaseAddress is { IsAbsoluteUri: true } address ? address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : BaseAddress is null ? null : "(not an absolute address)")}, PathPrefix = {PathPrefix}, ServerTimeZone = {ServerTimeZone}, " +
        $"PageSize = {PageSize}, AcceptLanguage = {AcceptLanguage}, UserAgent = {UserAgent ?? DefaultUserAgent}, AllowInsecureHttp = {AllowInsecureHttp}, Authentication = {Authentication}, Resilience = {Resilience} }}";
}
