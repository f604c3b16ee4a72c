using System.Net.Http.Headers;
using System.Text;

namespace Totvs.Ecommerce.Sdk.Http.Authentication;

/// <summary>HTTP Basic with the ERP user: the same header for every request.</summary>
internal sealed class BasicCredentialSource(string username, string password) : ICredentialSource
{
    private readonly AuthenticationHeaderValue header = new(
        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));

    public bool CanRenew => false;

    public ValueTask<AuthenticationHeaderValue> GetAsync(AuthenticationHeaderValue? rejected, CancellationToken cancellationToken) =>
        ValueTask.FromResult(header);

    public override string ToString() => $"Basic {{ Username = {username}, Password = *** }}";
}
