namespace TotvsConnector;

/// <summary>The connector's own settings (section <c>Connector</c> of appsettings.json).</summary>
public sealed class ConnectorOptions
{
    /// <summary>The store code in Datasul (CD0101) this connector serves.</summary>
    public string StoreCode { get; set; } = "1";

    /// <summary>How often the catalog (families, items, prices, stock) is pulled.</summary>
    public TimeSpan CatalogInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often new store orders are sent to the ERP, and failed ones retried.</summary>
    public TimeSpan OrderInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often invoices (NF-e) and cancellations are sent back to the store.</summary>
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most orders sent to the ERP at once (K): the limit starts at one and grows while Datasul keeps up, and shrinks
    /// when it answers 429/503 or slows down. The ERP's capacity is the customer's: raise it knowingly.
    /// </summary>
    public int OrderConcurrency { get; set; } = 4;

    /// <summary>The most invoice notifications sent to the store at once.</summary>
    public int StoreConcurrency { get; set; } = 4;

    /// <summary>The store's side: <c>Vtex</c> (<see cref="VtexStorefront"/>, the <c>Vtex</c> section), <c>Files</c> (<see cref="FileStorefront"/>) or <c>Logging</c> (logs what it receives).</summary>
    public string Storefront { get; set; } = "Logging";

    /// <summary>The VTEX brand of every product (<see cref="VtexStorefront"/>): Datasul's catalog has none, and VTEX requires one.</summary>
    public int VtexBrandId { get; set; } = 1;

    /// <summary>The name the brand <see cref="VtexBrandId"/> is created with when VTEX has no such brand.</summary>
    public string VtexBrandName { get; set; } = "Marca da loja";

    /// <summary>The folder of <see cref="FileStorefront"/>.</summary>
    public string StorefrontFolder { get; set; } = "store";

    /// <summary>
    /// This replica's name: it holds leases and claims in the state store and is sent in the SDK's User-Agent, so each
    /// replica shows in Datasul's logs. Give each replica a stable, unique one (its pod or host name), so that a restarted
    /// replica takes its own claims back at once; the machine name and process id by default.
    /// </summary>
    public string? ReplicaName { get; set; }

    /// <summary>
    /// How long this replica's leases (on a pull) and claims (on an order or a notification) hold without renewal: a
    /// replica that dies hands its work to the others after this. Keep it well above the time one page or one order takes.
    /// </summary>
    public TimeSpan TakeOverAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The SQLite file of the connector's state when no PostgreSQL connection string is set.</summary>
    public string StateFile { get; set; } = "connector-state.db";

    /// <summary>Runs against an embedded fake Datasul seeded with a small store, instead of Totvs:Ecommerce.</summary>
    public bool UseFakeDatasul { get; set; }

    /// <summary>Runs each service once, then stops: a smoke test for CI or a cron-style deployment.</summary>
    public bool RunOnce { get; set; }

    /// <summary>
    /// Opens the status page (/status) to anyone who reaches the port: a demo only. Off (the default), the page answers
    /// requests from this machine and signed-in users ("ConnectorOperators" in Program.cs).
    /// </summary>
    public bool StatusPageAllowAnonymous { get; set; }
}
