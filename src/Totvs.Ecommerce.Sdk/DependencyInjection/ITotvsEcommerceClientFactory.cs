namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Gives the client registered under a name with <c>services.AddTotvsEcommerce("name", …)</c> — for an application that
/// talks to several Datasul servers (production and homologation, two companies) and picks one at run time. With a
/// name known at compile time, <c>[FromKeyedServices("name")] TotvsEcommerceClient</c> does the same.
/// </summary>
public interface ITotvsEcommerceClientFactory
{
    /// <summary>The names registered, in registration order; the unnamed client is <see cref="string.Empty"/>.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>The one client of <paramref name="name"/>: built on first use, then the same instance for the container's life.</summary>
    /// <param name="name">The name given to <c>AddTotvsEcommerce</c>; <see cref="string.Empty"/> for the unnamed client.</param>
    /// <returns>The client, with its own options, credentials, resilience and <see cref="HttpClient"/>.</returns>
    /// <exception cref="InvalidOperationException">No client is registered under <paramref name="name"/>; the message lists those that are.</exception>
    TotvsEcommerceClient GetClient(string name);
}
