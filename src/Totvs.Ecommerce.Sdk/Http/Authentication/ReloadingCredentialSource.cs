using System.Net.Http.Headers;

namespace Totvs.Ecommerce.Sdk.Http.Authentication;

/// <summary>
/// Follows the credentials of the options as they are now (<c>IOptionsMonitor</c>): when configuration reloads with a
/// rotated password or client secret, the next request signs in with it — no restart. A source is rebuilt only when a
/// value changed, so an OAuth2 token survives reloads that do not touch the credentials.
/// </summary>
internal sealed class ReloadingCredentialSource(
    Func<TotvsAuthenticationOptions> current, Func<TotvsAuthenticationOptions, ICredentialSource> create) : ICredentialSource
{
    private Entry? entry;

    public bool CanRenew => Current().CanRenew;

    public ValueTask<AuthenticationHeaderValue> GetAsync(AuthenticationHeaderValue? rejected, CancellationToken cancellationToken) =>
        Current().GetAsync(rejected, cancellationToken);

    public override string ToString() => Volatile.Read(ref entry)?.Source.ToString() ?? "Reloading { }";

    private ICredentialSource Current()
    {
        var options = current();
        var last = Volatile.Read(ref entry);
        if (last is not null && ReferenceEquals(last.Options, options))
        {
            return last.Source;
        }

        var values = Values.Of(options);
        if (last is not null && last.Values == values)
        {
            Volatile.Write(ref entry, last with { Options = options });
            return last.Source;
        }

        // Threads that build at once (the first calls, or after a reload) all use the one source that wins: a source each
        // would sign in once each (an OAuth2 token per thread).
        var built = new Entry(options, values, create(options));
        var before = Interlocked.CompareExchange(ref entry, built, last);
        if (ReferenceEquals(before, last))
        {
            return built.Source;
        }

        (built.Source as IDisposable)?.Dispose();
        return before!.Source;
    }

    private sealed record Entry(TotvsAuthenticationOptions Options, Values Values, ICredentialSource Source);

    /// <summary>What a credential source is built from; secrets stay in memory only, never in a message.</summary>
    private readonly record struct Values(
        TotvsAuthenticationMode Mode, string? Username, string? Password, string? ClientId, string? ClientSecret, string TokenPath, TimeSpan Margin)
    {
        public static Values Of(TotvsAuthenticationOptions o) =>
            new(o.Mode, o.Username, o.Password, o.ClientId, o.ClientSecret, o.TokenPath, o.TokenRenewalMargin);

        public override string ToString() => $"Values {{ Mode = {Mode} }}";
    }
}
