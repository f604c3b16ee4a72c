using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>
/// <c>POST /totvs-login-oauth2/oauth2/token</c>: <c>grant_type=client_credentials</c> with the client's Basic
/// header, or <c>grant_type=refresh_token</c> with the refresh token in the form body.
/// </summary>
internal sealed class TokenEndpoint(CredentialStore credentials)
{
    public FakeResponse Handle(FakeRequest request)
    {
        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return FakeResponse.Error(405, "METHOD_NOT_ALLOWED", "Use POST on the token endpoint.");
        }

        var form = HttpUtility.ParseQueryString(Encoding.UTF8.GetString(request.Body));
        var grantType = request.Query["grant_type"] ?? form["grant_type"];
        var client = ReadClient(request.Authorization);
        if (client is null || !credentials.IsOAuthClient(client.Value.Id, client.Value.Secret))
        {
            return FakeResponse.Error(401, "invalid_client", "Client authentication failed.");
        }

        switch (grantType)
        {
            case "client_credentials":
                return Issue(client.Value.Id);
            case "refresh_token":
                var owner = form["refresh_token"] is { } refresh ? credentials.Redeem(refresh) : null;
                return owner == client.Value.Id
                    ? Issue(owner)
                    : FakeResponse.Error(400, "invalid_grant", "The refresh token is unknown, used or revoked.");
            default:
                return FakeResponse.Error(400, "unsupported_grant_type", $"grant_type '{grantType}' is not supported.");
        }
    }

    private FakeResponse Issue(string clientId)
    {
        var (access, refresh, lifetime) = credentials.Issue(clientId);
        return FakeResponse.Json(200, new JsonObject
        {
            ["access_token"] = access,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)lifetime.TotalSeconds,
            ["refresh_token"] = refresh,
        });
    }

    private static (string Id, string Secret)? ReadClient(string? authorization)
    {
        if (authorization is null || !AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        return BasicCredentials.TryDecode(header.Parameter, out var id, out var secret) ? (id, secret) : null;
    }
}
