using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Hosting;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>
/// A fake Datasul and an SDK client registered with DI (so the real resilience pipeline runs), sharing
/// one fake clock. In memory or over a loopback socket.
/// </summary>
public sealed class SdkHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly FakeDatasulLoopbackHost? host;

    private SdkHarness(FakeDatasulServer server, FakeTimeProvider clock, ServiceProvider provider, FakeDatasulLoopbackHost? host)
    {
        Server = server;
        Clock = clock;
        this.provider = provider;
        this.host = host;
        Client = provider.GetRequiredService<TotvsEcommerceClient>();
    }

    public static DateTimeOffset Start { get; } = new(2026, 3, 1, 13, 0, 0, TimeSpan.Zero);

    public FakeDatasulServer Server { get; }

    public FakeTimeProvider Clock { get; }

    public TotvsEcommerceClient Client { get; }

    public static async Task<SdkHarness> CreateAsync(
        ClientTransport transport = ClientTransport.InMemory,
        Action<FakeDatasulServer>? seed = null,
        Action<TotvsEcommerceOptions>? configure = null,
        TotvsAuthenticationMode mode = TotvsAuthenticationMode.Basic)
    {
        var clock = new FakeTimeProvider(Start);
        var server = new FakeDatasulServer(new FakeDatasulServerOptions { TimeProvider = clock });
        seed?.Invoke(server);

        var host = transport == ClientTransport.Loopback ? await server.StartLoopbackAsync() : null;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        var builder = services.AddTotvsEcommerce(options =>
        {
            server.ApplyClientOptions(options, host?.BaseAddress, mode);
            configure?.Invoke(options);
        });
        if (host is null)
        {
            builder.UseFakeDatasulServer(server);
        }

        return new SdkHarness(server, clock, services.BuildServiceProvider(), host);
    }

    /// <summary>
    /// Awaits a call whose retries wait on the fake clock, advancing the clock in small steps while the
    /// call is pending (nothing sleeps for real).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        var task = call();
        for (var step = 0; !task.IsCompleted; step++)
        {
            if (step > 100_000)
            {
                throw new TimeoutException("The call did not complete after 100,000 steps of the fake clock.");
            }

            Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Yield();
        }

        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
