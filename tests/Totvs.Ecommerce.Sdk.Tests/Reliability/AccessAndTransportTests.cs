using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Reliability;

/// <summary>Credentials per store, 401 against 403, and HTTPS on loopback with certificate validation on.</summary>
public sealed class AccessAndTransportTests
{
    [Fact]
    public async Task A_user_allowed_on_store_A_gets_an_authorization_error_on_store_B()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server =>
            {
                SalesSeed.Store(server);
                server.AddStore("2").WithFamily("B2B", "Atacado");
                server.AddBasicUser("loja-a", "senha-a", stores: ["1"]);
            },
            configure: o => o.Authentication = new TotvsAuthenticationOptions { Username = "loja-a", Password = "senha-a" });

        await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" });
        var catalog = await Assert.ThrowsAsync<TotvsAuthorizationException>(() => harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "2" }));
        var order = await Assert.ThrowsAsync<TotvsAuthorizationException>(() => harness.Client.Orders.CreateAsync(SalesSeed.Order() with { EcommerceStoreCode = "2" }));

        Assert.Equal(403, catalog.StatusCode);
        Assert.Contains("not allowed", catalog.Message, StringComparison.Ordinal);
        Assert.Equal(403, order.StatusCode);
        Assert.Contains("loja 2", order.ServerMessage, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Orders);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_authentication_error_not_an_authorization_one()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1"), configure: o => o.Authentication.Password = "wrong");

        var error = await Assert.ThrowsAsync<TotvsAuthenticationException>(() => harness.Client.Families.ListAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.IsNotType<TotvsAuthorizationException>(error);
    }

    [Fact]
    public async Task The_SDK_talks_HTTPS_to_the_fake_on_loopback_with_its_certificate_validated()
    {
        await using var harness = await SdkHarness.CreateAsync(ClientTransport.LoopbackHttps, s => s.AddStore("1").WithFamily("FER", "Ferramentas"));

        var page = await harness.Client.Families.ListAsync();

        Assert.Equal("FER", Assert.Single(page.Items).Code);
    }

    [Fact]
    public async Task A_certificate_the_client_does_not_trust_is_refused()
    {
        var server = new Totvs.Ecommerce.Sdk.Testing.FakeDatasulServer();
        server.AddStore("1");
        await using var host = await server.StartLoopbackAsync(useHttps: true);
        using var http = new HttpClient(new SocketsHttpHandler());
        var client = new TotvsEcommerceClient(http, server.CreateClientOptions(host.BaseAddress));

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync());

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Empty(server.Journal.Entries);
    }

    [Fact]
    public void The_SDK_never_turns_certificate_validation_off()
    {
        var offenders = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var code
                && (code.Contains("ServerCertificateCustomValidationCallback", StringComparison.Ordinal)
                    || code.Contains("DangerousAcceptAnyServerCertificateValidator", StringComparison.Ordinal)
                    || code.Contains("RemoteCertificateValidationCallback", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(offenders);
    }
}
