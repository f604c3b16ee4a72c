using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Reliability;

/// <summary>Passwords, client secrets and tokens appear nowhere: not in logs at Trace, exceptions, ToString() or the fake's journal.</summary>
public sealed class SecretsTests
{
    [Fact]
    public async Task A_run_with_trace_logging_failures_retries_and_token_renewals_leaks_no_secret()
    {
        var logs = new CapturingLoggerProvider();
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas"),
            mode: TotvsAuthenticationMode.OAuth2ClientCredentials,
            services: services => services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));
        var exceptions = new List<Exception>();

        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Times(2).RespondWithStatus(503);
        await harness.RunAsync(() => harness.Client.Families.ListAsync());
        harness.Server.RevokeAllTokens();
        await harness.Client.Families.ListAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(29.5));
        await harness.Client.Families.ListAsync();
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).RespondWithError(500, "57382", "Natureza");
        exceptions.Add(await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Families.ListAsync()));
        harness.Server.RevokeAllTokens();
        harness.Server.Faults.On("POST", TotvsAuthenticationOptions.DefaultTokenPath).Always().RespondWithError(401, "invalid_client", "no");
        exceptions.Add(await Assert.ThrowsAsync<TotvsAuthenticationException>(() => harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })));

        var tokens = harness.Server.Journal.Entries.Count(e => e.Route == TotvsAuthenticationOptions.DefaultTokenPath);
        Assert.True(tokens >= 3, $"Expected token requests and renewals, saw {tokens}.");
        var secrets = new[] { FakeDatasulServer.DefaultClientSecret, Base64("fake-client:fake-secret") }.Concat(harness.IssuedTokens()).ToList();
        Assert.True(secrets.Count > 3, "The test must know the issued tokens to look for them.");
        var everything = new StringBuilder()
            .AppendJoin('\n', logs.Messages)
            .AppendJoin('\n', exceptions.Select(e => e.ToString()))
            .Append(harness.Server.Journal)
            .AppendJoin('\n', harness.Server.Journal.Entries.Select(e => e.Body))
            .Append(harness.Server.CreateClientOptions(mode: TotvsAuthenticationMode.OAuth2ClientCredentials))
            .ToString();
        Assert.NotEmpty(logs.Messages);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Basic_credentials_never_show_in_options_or_the_credential_source()
    {
        var options = new TotvsEcommerceOptions
        {
            BaseAddress = new Uri("https://erp.example.com.br"),
            Authentication = new TotvsAuthenticationOptions { Username = "integracao", Password = "S3nh4-F0rt3!" },
        };

        Assert.DoesNotContain("S3nh4-F0rt3!", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("S3nh4-F0rt3!", new Totvs.Ecommerce.Sdk.Http.Authentication.BasicCredentialSource("integracao", "S3nh4-F0rt3!").ToString(), StringComparison.Ordinal);
        Assert.Contains("integracao", options.ToString(), StringComparison.Ordinal);
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>Records every log message at every level.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                provider.Messages.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Messages.Enqueue($"{category} {logLevel} {formatter(state, exception)} {exception}");
        }
    }
}
