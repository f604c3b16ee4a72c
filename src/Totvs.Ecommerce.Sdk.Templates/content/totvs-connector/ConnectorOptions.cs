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
