using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Tests.DependencyInjection;

/// <summary>
/// One application, several Datasul servers: each named client has its own options, credentials and HttpClient, is
/// injected by key or taken from the factory, and follows configuration reloads of its credentials.
/// </summary>
public sealed class NamedClientTests
{
    [Fact]
    public async Task Two_named_clients_reach_two_servers_with_their_own_credentials_and_options()
    {
        var production = NewServer("integration-prd", "prd-password", "Ferramentas");
        var homologation = NewServer("integration-hml", "hml-password", "Ferramentas (homologação)");
        var services = new ServiceCollection();
        services.AddTotvsEcommerce("production", o => Apply(o, "integration-prd", "prd-password", pageSize: 50)).UseFakeDatasulServer(production);
        services.AddTotvsEcommerce("homologation", o => Apply(o, "integration-hml", "hml-password", pageSize: 7)).UseFakeDatasulServer(homologation);
        await using var provider = services.BuildServiceProvider();

        var prd = provider.GetRequiredKeyedService<TotvsEcommerceClient>("production");
        var hml = provider.GetRequiredService<ITotvsEcommerceClientFactory>().GetClient("homologation");
        var prdFamily = (await prd.Families.ListAsync()).Items.Single();
        var hmlFamily = (await hml.Families.ListAsync()).Items.Single();

        Assert.NotSame(prd, hml);
        Assert.Same(hml, provider.GetRequiredKeyedService<TotvsEcommerceClient>("homologation")); // one instance per name
        Assert.Equal("Ferramentas", prdFamily.Description);
        Assert.Equal("Ferramentas (homologação)", hmlFamily.Description);
        Assert.Equal("50", production.Journal.AssertSingle("GET", production.Routes.Families).QueryValue("pageSize"));
        Assert.Equal("7", homologation.Journal.AssertSingle("GET", homologation.Routes.Families).QueryValue("pageSize"));
        Assert.Equal(["production", "homologation"], provider.GetRequiredService<ITotvsEcommerceClientFactory>().Names);
        Assert.Null(provider.GetService<TotvsEcommerceClient>()); // no unnamed client was registered
    }

    [Fact]
    public async Task A_password_rotated_in_configuration_takes_effect_on_the_next_call()
    {
        var server = NewServer("integration", "old-password", "Ferramentas");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Totvs:Ecommerce:BaseAddress"] = FakeDatasulServer.InMemoryBaseAddress.ToString(),
            ["Totvs:Ecommerce:Authentication:Username"] = "integration",
            ["Totvs:Ecommerce:Authentication:Password"] = "old-password",
        }).Build();
        var services = new ServiceCollection();
        services.AddTotvsEcommerce("erp", configuration.GetSection("Totvs:Ecommerce")).UseFakeDatasulServer(server);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredKeyedService<TotvsEcommerceClient>("erp");
        await client.Families.ListAsync();

        server.AddBasicUser("integration", "new-password"); // the ERP's administrator rotates the password
        var refused = await Assert.ThrowsAsync<TotvsAuthenticationException>(() => client.Families.ListAsync());
        configuration["Totvs:Ecommerce:Authentication:Password"] = "new-password";
        configuration.Reload();
        var page = await client.Families.ListAsync();

        Assert.Equal(401, refused.StatusCode);
        Assert.Single(page.Items);
        Assert.Same(client, provider.GetRequiredKeyedService<TotvsEcommerceClient>("erp")); // the same client, no restart
    }

    [Fact]
    public async Task A_client_secret_rotated_in_configuration_gets_a_new_token_on_the_next_call()
    {
        var server = new FakeDatasulServer(new FakeDatasulServerOptions { AcceptDefaultCredentials = false });
        server.AddStore("1").WithFamily("FER", "Ferramentas");
        server.AddOAuthClient("connector", "old-secret");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BaseAddress"] = FakeDatasulServer.InMemoryBaseAddress.ToString(),
            ["Authentication:Mode"] = "OAuth2ClientCredentials",
            ["Authentication:ClientId"] = "connector",
            ["Authentication:ClientSecret"] = "old-secret",
        }).Build();
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(configuration).UseFakeDatasulServer(server);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TotvsEcommerceClient>();
        await client.Families.ListAsync();
        var tokensBefore = server.IssuedTokens().Count;

        server.AddOAuthClient("connector", "new-secret");
        configuration["Authentication:ClientSecret"] = "new-secret";
        configuration.Reload();
        await client.Families.ListAsync();

        // The token of the old secret, still valid, was dropped with it: a token was asked for with the new secret.
        Assert.True(server.IssuedTokens().Count > tokensBefore);
        var tokenRequests = server.Journal.Entries.Where(e => e.Route.Contains("oauth2", StringComparison.Ordinal)).ToList();
        Assert.Equal([200, 200], tokenRequests.Select(e => e.StatusCode));
    }

    [Fact]
    public void Registering_the_same_name_twice_fails_instead_of_merging_two_ERPs()
    {
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(o => Apply(o, "a", "b", 20));
        services.AddTotvsEcommerce("homologation", o => Apply(o, "a", "b", 20));

        var unnamed = Assert.Throws<InvalidOperationException>(() => services.AddTotvsEcommerce(o => Apply(o, "a", "b", 20)));
        var named = Assert.Throws<InvalidOperationException>(() => services.AddTotvsEcommerce("homologation", o => Apply(o, "a", "b", 20)));

        Assert.Contains("own name", unnamed.Message, StringComparison.Ordinal);
        Assert.Contains("'homologation'", named.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_name_is_refused_with_the_names_that_exist()
    {
        var services = new ServiceCollection();
        services.AddTotvsEcommerce("production", o => Apply(o, "a", "b", 20));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ITotvsEcommerceClientFactory>().GetClient("prod"));

        Assert.Contains("'prod'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'production'", error.Message, StringComparison.Ordinal);
    }

    private static FakeDatasulServer NewServer(string username, string password, string familyDescription)
    {
        var server = new FakeDatasulServer(new FakeDatasulServerOptions { AcceptDefaultCredentials = false });
        server.AddStore("1").WithFamily("FER", familyDescription);
        server.AddBasicUser(username, password);
        return server;
    }

    private static void Apply(TotvsEcommerceOptions options, string username, string password, int pageSize)
    {
        options.BaseAddress = FakeDatasulServer.InMemoryBaseAddress;
        options.Authentication.Username = username;
        options.Authentication.Password = password;
        options.PageSize = pageSize;
    }
}
