using System.Net.Http.Headers;

namespace Totvs.Ecommerce.Sdk.Http.Authentication;

/// <summary>Gives the <c>Authorization</c> header of each request.</summary>
internal interface ICredentialSource
{
    /// <summary>Whether a 401 can be cured by asking again (a renewed token), so the request is worth one more try.</summary>
    bool CanRenew { get; }

    /// <summary>
    /// The header to send. <paramref name="rejected"/> is the header the server just refused with 401:
    /// a source that can renew returns a different one.
    /// </summary>
    ValueTask<AuthenticationHeaderValue> GetAsync(AuthenticationHeaderValue? rejected, CancellationToken cancellationToken);
}
