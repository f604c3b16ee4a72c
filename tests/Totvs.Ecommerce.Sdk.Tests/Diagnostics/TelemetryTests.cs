using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Diagnostics;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Diagnostics;

/// <summary>Spans, metrics and logs the SDK emits for each Datasul call.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Each_call_is_a_span_with_method_route_status_and_attempts()
    {
        using var recorder = new SpanRecorder();
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithFamily("FER", "F"), mode: TotvsAuthenticationMode.OAuth2ClientCredentials);
        var storeCode = Guid.NewGuid().ToString("N")[..8];
        harness.Server.AddStore(storeCode);

        await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = storeCode });
        harness.Server.RevokeAllTokens();
        await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = storeCode });

        var mine = recorder.Spans.Where(a => a.DisplayName == $"GET {harness.Server.Routes.Families}" && a.Kind == ActivityKind.Client).ToList();
        Assert.True(mine.Count >= 2);
        Assert.Contains(mine, a => (int?)a.GetTagItem("totvs.attempts") == 2 && (int?)a.GetTagItem("http.response.status_code") == 200);
        Assert.All(mine, a => Assert.Equal("GET", a.GetTagItem("http.request.method")));
        Assert.All(mine, a => Assert.Equal(harness.Server.Routes.Families, a.GetTagItem("url.template"))); // OpenTelemetry's HTTP client conventions
        Assert.All(mine, a => Assert.Equal(FakeDatasulServer.InMemoryBaseAddress.Host, a.GetTagItem("server.address")));
        Assert.All(mine.Where(a => (int?)a.GetTagItem("http.response.status_code") == 200), a => Assert.Null(a.GetTagItem("error.type"))); // other tests' failures share the name
    }

    [Fact]
    public async Task Requests_are_counted_and_timed()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Route, int? Status)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TotvsTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tag(tags, "url.template"), (int?)TagObject(tags, "http.response.status_code"))));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tag(tags, "url.template"), (int?)TagObject(tags, "http.response.status_code"))));
        meterListener.Start();
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1"));
        var route = $"cdp/v1/test{Guid.NewGuid():N}";
        harness.Server.Faults.On("GET", route).RespondWithStatus(418);

        await Assert.ThrowsAsync<TotvsApiException>(() => new TotvsEcommerceClient(
            new HttpClient(harness.Server.CreateHandler()), harness.Server.CreateClientOptions() is var o && SetFamiliesRoute(o, route) ? o : o).Families.ListAsync());

        Assert.Contains(measurements, m => m.Instrument == TotvsTelemetry.RequestCountName && m.Route == route && m.Status == 418 && m.Value == 1);
        Assert.Contains(measurements, m => m.Instrument == TotvsTelemetry.RequestDurationName && m.Route == route && m.Value >= 0);
    }

    [Fact]
    public async Task With_DI_the_metrics_come_from_the_containers_own_meter_factory_and_failures_carry_error_type()
    {
        var measurements = new ConcurrentQueue<(object? Scope, string? ErrorType, int? Status)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TotvsTelemetry.Name && instrument.Name == TotvsTelemetry.RequestCountName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, _, tags, _) =>
            measurements.Enqueue((i.Meter.Scope, Tag(tags, "error.type"), (int?)TagObject(tags, "http.response.status_code"))));
        meterListener.Start();
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1"));
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).RespondWithStatus(404);

        await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Families.GetAsync("NOPE"));

        var factory = harness.Services.GetRequiredService<IMeterFactory>();
        var mine = Assert.Single(measurements, m => ReferenceEquals(m.Scope, factory)); // not the process-wide meter
        Assert.Equal("404", mine.ErrorType);
        Assert.Equal(404, mine.Status);
    }

    [Fact]
    public async Task Log_messages_have_stable_event_ids_and_no_personal_data()
    {
        var events = new ConcurrentQueue<(EventId Id, string Message)>();
        await using var harness = await SdkHarness.CreateAsync(
            seed: SalesSeed.Store,
            mode: TotvsAuthenticationMode.OAuth2ClientCredentials,
            services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new EventIdCollector(events))));
        harness.Server.Faults.On("POST", harness.Server.Routes.Orders).LoseAnswerAfterCommit();

        await harness.RunAsync(() => harness.Client.Orders.CreateAsync(SalesSeed.Order()));
        harness.Server.RevokeAllTokens();
        await harness.Client.Families.ListAsync();

        var order = SalesSeed.Order();
        Assert.All(events, e => Assert.DoesNotContain(order.ShortName, e.Message, StringComparison.Ordinal)); // a short name is often the CPF
        var ids = events.Select(e => e.Id.Id).ToHashSet();
        Assert.Contains(1000, ids);
        Assert.Contains(1001, ids);
        Assert.Contains(1002, ids);
        Assert.Contains(1003, ids);
        Assert.Contains(1004, ids);
    }

    private static bool SetFamiliesRoute(TotvsEcommerceOptions options, string route)
    {
        options.Routes.Families = route;
        return true;
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name) => TagObject(tags, name) as string;

    private static object? TagObject(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value;
            }
        }

        return null;
    }

    private sealed class EventIdCollector(ConcurrentQueue<(EventId Id, string Message)> events) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => categoryName == TotvsTelemetry.Name ? new Logger(events) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(EventId Id, string Message)> events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                events.Enqueue((eventId, formatter(state, exception)));
        }
    }
}
