namespace Totvs.Ecommerce.Sdk.DependencyInjection;

/// <summary>The names given to <c>AddTotvsEcommerce</c> in one service collection, and the HTTP client name of each.</summary>
internal sealed class TotvsClientRegistry
{
    private readonly List<string> names = [];

    public IReadOnlyList<string> Names => names;

    public bool Contains(string name) => names.Contains(name, StringComparer.Ordinal);

    /// <summary>Adds a name; a name registered twice is a mistake that would silently merge two ERPs' options.</summary>
    public void Add(string name)
    {
        if (Contains(name))
        {
            throw new InvalidOperationException(name.Length == 0
                ? "AddTotvsEcommerce was called twice without a name: the second call would change the first client's options. " +
                  "Give each Datasul server its own name, e.g. services.AddTotvsEcommerce(\"homologation\", …), or configure the client once."
                : $"A TOTVS e-commerce client named '{name}' is already registered; give each Datasul server its own name.");
        }

        names.Add(name);
    }

    /// <summary>The named <see cref="HttpClient"/> of a client: <see cref="TotvsEcommerceClient.HttpClientName"/>, then ":name" for a named one.</summary>
    public static string HttpClientNameOf(string name) =>
        name.Length == 0 ? TotvsEcommerceClient.HttpClientName : $"{TotvsEcommerceClient.HttpClientName}:{name}";
}
