using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Hosting;
using Totvs.Ecommerce.Sdk.Testing.Time;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>
/// A fake Datasul and an SDK client registered with DI (so the real resilience pipeline runs), sharing
/// one fake clock. In memory or over a loopback socket.
/// </summary>
public sealed class SdkHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly FakeDatasulLoopbackHost? host;

    private SdkHarness(FakeDatasulServer server, TestClock clock, ServiceProvider provider, FakeDatasulLoopbackHost? host)
    {
        Server = server;
        Clock = clock;
        this.provider = provider;
        this.host = host;
        Client = provider.GetRequiredService<TotvsEcommerceClient>();
    }

    public static DateTimeOffset Start { get; } = new(2026, 3, 1, 13, 0, 0, TimeSpan.Zero);

    public FakeDatasulServer Server { get; }

    public TestClock Clock { get; }

    public TotvsEcommerceClient Client { get; }

    /// <summary>Where the fake listens over loopback; <see langword="null"/> in memory.</summary>
    public Uri? LoopbackAddress => host?.BaseAddress;

    /// <summary>The container the client was built from (for what a test registered next to it).</summary>
    public IServiceProvider Services => provider;

    public static async Task<SdkHarness> CreateAsync(
        ClientTransport transport = ClientTransport.InMemory,
        Action<FakeDatasulServer>? seed = null,
        Action<TotvsEcommerceOptions>? configure = null,
        TotvsAuthenticationMode mode = TotvsAuthenticationMode.Basic,
        Action<HttpStandardResilienceOptions>? resilience = null,
        Action<IServiceCollection>? services = null,
        Action<FakeDatasulServerOptions>? serverOptions = null)
    {
        var clock = new TestClock(Start);
        var fakeOptions = new FakeDatasulServerOptions { TimeProvider = clock };
        serverOptions?.Invoke(fakeOptions);
        var server = new FakeDatasulServer(fakeOptions);
        seed?.Invoke(server);

        var host = transport == ClientTransport.InMemory ? null : await server.StartLoopbackAsync(useHttps: transport == ClientTransport.LoopbackHttps);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        services?.Invoke(collection);
        var builder = collection.AddTotvsEcommerce(options =>
        {
            server.ApplyClientOptions(options, host?.BaseAddress, mode);

            // Like the time-outs below: longer than any wait the clock jumps over while a body is being read.
            options.ResponseReadTimeout = TimeSpan.FromMinutes(10);
            options.Resilience.CreateTimeout = TimeSpan.FromHours(6);
            configure?.Invoke(options);
        });
        if (host is null)
        {
            builder.UseFakeDatasulServer(server);
        }
        else if (host.Certificate is { } certificate)
        {
            // Trust exactly the certificate the fake made; validation stays on.
            var thumbprint = certificate.GetCertHashString();
            builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                SslOptions = new System.Net.Security.SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == thumbprint,
                },
            });
        }

        // The clock jumps over waits of up to 5 minutes (back-offs); time-outs must be longer so it never jumps
        // over one while a call is in flight. Time-outs are tested on their own.
        collection.ConfigureTotvsEcommerceResilience(o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromHours(6);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromHours(12);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromHours(12);
            resilience?.Invoke(o);
        });


        return new SdkHarness(server, clock, collection.BuildServiceProvider(), host);
    }

    /// <summary>Every token the fake issued during the test.</summary>
    public IReadOnlyList<string> IssuedTokens() => Server.IssuedTokens();

    /// <summary>Awaits a call whose retries wait on the fake clock, jumping the clock over those waits (nothing sleeps).</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> call) => Clock.RunAsync(call);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
