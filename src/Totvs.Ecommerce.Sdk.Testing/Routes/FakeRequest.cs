using System.Collections.Specialized;
using System.Web;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>A request as the fake server sees it, whichever host (in memory or socket) received it.</summary>
internal sealed class FakeRequest
{
    public FakeRequest(string method, string path, string queryString, string? authorization, string? acceptLanguage, byte[] body, string? userAgent = null)
    {
        UserAgent = userAgent;
        Method = method;
        Path = Uri.UnescapeDataString(path);
        QueryString = queryString;
        Query = HttpUtility.ParseQueryString(queryString);
        Authorization = authorization;
        AcceptLanguage = acceptLanguage;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The absolute path, unescaped.</summary>
    public string Path { get; }

    /// <summary>The raw query string, with its leading '?' (or empty).</summary>
    public string QueryString { get; }

    public NameValueCollection Query { get; }

    public string? Authorization { get; }

    public string? AcceptLanguage { get; }

    /// <summary>The <c>User-Agent</c> header, as sent.</summary>
    public string? UserAgent { get; }

    public byte[] Body { get; }

    /// <summary>Who signed the request in (<c>user:…</c> or <c>client:…</c>), once authenticated.</summary>
    public string? Principal { get; set; }

    /// <summary>Whether the caller asked for Portuguese messages (Datasul's default).</summary>
    public bool WantsPortuguese => AcceptLanguage is null || AcceptLanguage.StartsWith("pt", StringComparison.OrdinalIgnoreCase);
}
