using System.Collections.Specialized;
using System.Text;

namespace Totvs.Ecommerce.Sdk.Testing.Faults;

/// <summary>What a fault's condition (<see cref="FaultRuleBuilder.When"/>) can look at in a request.</summary>
public sealed class FaultRequest
{
    private readonly NameValueCollection query;
    private readonly byte[] body;
    private string? bodyText;

    internal FaultRequest(string method, string route, NameValueCollection query, byte[] body)
    {
        Method = method;
        Route = route;
        this.query = query;
        this.body = body;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path relative to the path prefix.</summary>
    public string Route { get; }

    /// <summary>The body as text (empty when there is none).</summary>
    public string Body => bodyText ??= Encoding.UTF8.GetString(body);

    /// <summary>A query parameter's value, or <see langword="null"/>.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>Its value.</returns>
    public string? QueryValue(string name) => query[name];
}
