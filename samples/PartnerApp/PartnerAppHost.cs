using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Hosting;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>
/// The partner application of seed 000, running: Razor Pages over the SDK, its state in SQLite (the SDK's store: product
/// map, purchase and sale ledgers), the TOTVS password protected with ASP.NET Core Data Protection. Without
/// <c>--Totvs:BaseAddress</c> it starts the embedded fake Datasul on loopback, seeded with purchases and sales, and offers
/// its address and credentials on the configuration screen.
/// </summary>
public sealed class PartnerAppHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly FakeDatasulLoopbackHost? fakeHost;

    private PartnerAppHost(WebApplication app, FakeDatasulLoopbackHost? fakeHost, FakeDatasulServer? fake, Uri address)
    {
        this.app = app;
        this.fakeHost = fakeHost;
        Fake = fake;
        Address = address;
    }

    /// <summary>Where the application listens.</summary>
    public Uri Address { get; }

    /// <summary>The embedded fake Datasul, or <see langword="null"/> against a real one.</summary>
    public FakeDatasulServer? Fake { get; }

    /// <summary>The application's services (its stores), for tests.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Builds and starts the application; <c>--urls</c> (default http://127.0.0.1:5090) and <c>--data</c> (default: a folder under the temporary directory) are honoured.</summary>
    public static async Task<PartnerAppHost> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(PartnerAppHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5090");
        var data = Directory.CreateDirectory(builder.Configuration["data"] ?? Path.Combine(Path.GetTempPath(), "totvs-sdk-samples", "partnerapp")).FullName;

        FakeDatasulServer? fake = null;
        FakeDatasulLoopbackHost? fakeHost = null;
        Uri? suggested = null;
        if (string.IsNullOrWhiteSpace(builder.Configuration["Totvs:BaseAddress"]))
        {
            fake = new FakeDatasulServer();
            PartnerSeed.SeedErp(fake);
            fakeHost = await fake.StartLoopbackAsync();
            suggested = fakeHost.BaseAddress;
            await PartnerSeed.SeedCustomersAsync(fake, fakeHost.BaseAddress);
        }

        builder.Services.AddRazorPages();
        builder.Services.AddDataProtection().PersistKeysToFileSystem(Directory.CreateDirectory(Path.Combine(data, "keys"))).SetApplicationName("partner-app");
        var store = new SqliteSyncStore(Path.Combine(data, "partnerapp.db"));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new ProductMap(store));
        builder.Services.AddSingleton(new PartnerLedgers(new DocumentSyncLedger(store, "compras"), new DocumentSyncLedger(store, "vendas")));
        builder.Services.AddSingleton(new SalesBook(Path.Combine(data, "vendas.json"), fake is null ? [] : PartnerSeed.Sales()));
        builder.Services.AddSingleton(sp => new SettingsStore(Path.Combine(data, "configuracao.json"), sp.GetRequiredService<IDataProtectionProvider>()));
        builder.Services.AddSingleton(new PartnerCompany(builder.Configuration["Empresa:Cnpj"] ?? PartnerSeed.CompanyCnpj, suggested));
        builder.Services.AddSingleton<TotvsConnection>();
        builder.Services.AddSingleton<PartnerSync>();

        var app = builder.Build();
        if (suggested is not null)
        {
            app.Services.GetRequiredService<SettingsStore>().FollowEmbeddedFake(suggested);
        }

        app.UseRouting();
        app.UseAntiforgery();
        app.MapRazorPages();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new PartnerAppHost(app, fakeHost, fake, address);
    }

    /// <summary>Runs until Ctrl+C.</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (fakeHost is not null)
        {
            await fakeHost.DisposeAsync();
        }
    }
}
