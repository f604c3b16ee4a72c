using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Diagnostics;
using Totvs.Ecommerce.Sdk.PostgreSql;
using Totvs.Ecommerce.Sdk.Sqlite;
using TotvsConnector;

var builder = WebApplication.CreateBuilder(args);
var connector = builder.Configuration.GetSection("Connector").Get<ConnectorOptions>() ?? new ConnectorOptions();
builder.Services.Configure<ConnectorOptions>(builder.Configuration.GetSection("Connector"));
builder.Services.AddSingleton(TimeProvider.System);

// This replica's name: it holds the state store's leases and claims, and Datasul's access log shows it (User-Agent).
var replica = string.IsNullOrWhiteSpace(connector.ReplicaName) ? $"{Environment.MachineName}-{Environment.ProcessId}" : connector.ReplicaName;
builder.Services.AddSingleton(new ConnectorReplica(replica));

// Datasul: options from Totvs:Ecommerce (credentials follow configuration reloads), resilience sized for Datasul.
var erp = builder.Services.AddTotvsEcommerce(builder.Configuration.GetSection("Totvs:Ecommerce"));
builder.Services.PostConfigure<TotvsEcommerceOptions>(options => options.UserAgent ??=
    $"{builder.Environment.ApplicationName} ({replica}) {TotvsEcommerceOptions.DefaultUserAgent}");
if (connector.UseFakeDatasul)
{
    var fake = FakeErp.Create(connector.StoreCode);
    erp.UseFakeDatasulServer(fake);
    builder.Services.PostConfigure<TotvsEcommerceOptions>(options => fake.ApplyClientOptions(options));
}

// The connector's durable state: PostgreSQL when ConnectionStrings:ConnectorState is set (several replicas), SQLite otherwise.
var postgres = builder.Configuration.GetConnectionString("ConnectorState");
if (!string.IsNullOrWhiteSpace(postgres))
{
    builder.Services.AddTotvsSyncStore(new PostgreSqlSyncStore(postgres));
}
else
{
    var stateFile = Path.GetFullPath(connector.StateFile, builder.Environment.ContentRootPath);
    Directory.CreateDirectory(Path.GetDirectoryName(stateFile)!);
    builder.Services.AddTotvsSyncStore(new SqliteSyncStore(stateFile));
}

// The store's side, and the three loops of a connector.
if (string.Equals(connector.Storefront, "Vtex", StringComparison.OrdinalIgnoreCase))
{
    // VTEX: the account and its app key and token from the Vtex section (keep Vtex__AppToken in the environment).
    builder.Services.AddVtexClient(builder.Configuration.GetSection("Vtex"));
    builder.Services.AddSingleton<IStorefront, VtexStorefront>();
}
else if (string.Equals(connector.Storefront, "Files", StringComparison.OrdinalIgnoreCase))
{
    builder.Services.AddSingleton<IStorefront, FileStorefront>();
}
else
{
    builder.Services.AddSingleton<IStorefront, LoggingStorefront>();
}

builder.Services.AddSingleton<ConnectorCycle>();
builder.Services.AddHostedService<CatalogPullService>();
builder.Services.AddHostedService<OrderIntakeService>();
builder.Services.AddHostedService<StatusFeedbackService>();

// Health: /health/live answers while the process runs; /health/ready probes Datasul (Degraded while its circuit is open).
builder.Services.AddHealthChecks().AddTotvsEcommerce(storeCode: connector.StoreCode, tags: ["ready"]);

// OpenTelemetry: the SDK's spans and metrics; exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
var telemetry = builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("TotvsConnector"))
    .WithTracing(tracing => tracing.AddSource(TotvsTelemetry.Name))
    .WithMetrics(metrics => metrics.AddMeter(TotvsTelemetry.Name));
if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    telemetry.UseOtlpExporter();
}

// The operator's status page (/status): each order's status with what to fix in Datasul, "sync again" (sends it at once)
// and "give up", the last run of each pull, the ERP's health and a chart of the last day. In Portuguese (?lang=en).
builder.Services.AddTotvsStatusPage(status =>
{
    status.Title = $"Conector loja {connector.StoreCode}";
    status.HealthChecks = check => check.Tags.Contains("ready");
    status.SendWith("orders", async (services, storeOrderId, ct) =>
        await services.GetRequiredService<TotvsEcommerceClient>().Orders.CreateAsync(
            await services.GetRequiredService<IStorefront>().GetOrderAsync(storeOrderId, ct), ct));
});

// Who may see it: a request from this machine (an SSH tunnel, kubectl port-forward), or a signed-in user once you add
// your organisation's authentication here (OpenID Connect, Negotiate, …) — then require its operators' role instead.
builder.Services.AddAuthorization(options => options.AddPolicy("ConnectorOperators", policy => policy.RequireAssertion(context =>
    context.User.Identity?.IsAuthenticated == true
    || (context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)))));

var app = builder.Build();
app.UseAuthorization();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
var statusPage = app.MapTotvsStatusPage("/status");
if (connector.StatusPageAllowAnonymous)
{
    statusPage.AllowAnonymous();
}
else
{
    statusPage.RequireAuthorization("ConnectorOperators");
}

await app.RunAsync();
