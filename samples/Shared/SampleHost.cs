using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// What every sample shares: configuration (appsettings.json, environment, command line), and the client of a
/// real Datasul when <c>Totvs:Ecommerce:BaseAddress</c> is set, or of the embedded fake seeded by the sample.
/// </summary>
public sealed class SampleHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private SampleHost(IConfiguration configuration, ServiceProvider provider, FakeDatasulServer? fake)
    {
        Configuration = configuration;
        this.provider = provider;
        Fake = fake;
        Client = provider.GetRequiredService<TotvsEcommerceClient>();
    }

    public IConfiguration Configuration { get; }

    public TotvsEcommerceClient Client { get; }

    /// <summary>The embedded fake, or <see langword="null"/> against a real Datasul.</summary>
    public FakeDatasulServer? Fake { get; }

    public string StoreCode => Configuration["Totvs:Ecommerce:StoreCode"] is { Length: > 0 } code ? code : "1";

    public static SampleHost Create(string[] args, Action<FakeDatasulServer> seedFake)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var section = configuration.GetSection("Totvs:Ecommerce");
        var services = new ServiceCollection();
        FakeDatasulServer? fake = null;
        if (string.IsNullOrWhiteSpace(section["BaseAddress"]))
        {
            fake = new FakeDatasulServer();
            seedFake(fake);
            services.AddTotvsEcommerce(options => fake.ApplyClientOptions(options)).UseFakeDatasulServer(fake);
        }
        else
        {
            services.AddTotvsEcommerce(section);
        }

        return new SampleHost(configuration, services.BuildServiceProvider(), fake);
    }

    /// <summary>
    /// The sample's durable state (checkpoints, ledger, product map) in a SQLite file: <c>--state</c>, or a file per sample
    /// in the temporary folder, so a second run resumes where the first stopped.
    /// </summary>
    public SqliteSyncStore OpenState(string sample) =>
        new(Configuration["state"] is { Length: > 0 } path ? path : Path.Combine(Path.GetTempPath(), "totvs-sdk-samples", $"{sample}.db"));

    public void WriteBanner(IAnsiConsole console, string title)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        console.MarkupLine(Fake is null
            ? $"Datasul: [green]{Markup.Escape(Configuration["Totvs:Ecommerce:BaseAddress"]!)}[/]"
            : "Datasul: [yellow]the embedded fake server[/] (set Totvs:Ecommerce:BaseAddress to use a real one)");
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
