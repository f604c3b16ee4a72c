namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>How a test reaches the fake server.</summary>
public enum ClientTransport
{
    /// <summary>The fake's in-memory handler as the primary handler.</summary>
    InMemory,

    /// <summary>A real socket to the fake listening on 127.0.0.1.</summary>
    Loopback,

    /// <summary>HTTPS over a real socket to the fake on 127.0.0.1, trusting exactly the certificate it made.</summary>
    LoopbackHttps,
}
