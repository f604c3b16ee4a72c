using Totvs.Ecommerce.Sdk.Testing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Plugs a <see cref="FakeDatasulServer"/> under the SDK's registered <see cref="HttpClient"/>.</summary>
public static class FakeDatasulHttpClientBuilderExtensions
{
    /// <summary>
    /// Makes the fake server the primary handler of the client returned by <c>services.AddTotvsEcommerce(…)</c>:
    /// no sockets, while the consumer's whole pipeline (resilience included) still runs above it.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddTotvsEcommerce</c>.</param>
    /// <param name="server">The fake server to answer.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder UseFakeDatasulServer(this IHttpClientBuilder builder, FakeDatasulServer server)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(server);
        return builder.ConfigurePrimaryHttpMessageHandler(server.CreateHandler);
    }
}
