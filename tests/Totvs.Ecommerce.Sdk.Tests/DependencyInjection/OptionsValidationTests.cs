using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Totvs.Ecommerce.Sdk.Tests.DependencyInjection;

public sealed class OptionsValidationTests
{
    [Fact]
    public void An_empty_BaseAddress_fails_at_start_up_with_what_to_set()
    {
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(o => o.Authentication = new TotvsAuthenticationOptions { Username = "u", Password = "p" });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<TotvsEcommerceClient>);

        Assert.Contains("BaseAddress is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_fails_unless_opted_in()
    {
        var options = ValidOptions();
        options.BaseAddress = new Uri("http://erp.example.com.br:8080");

        var error = Assert.Throws<OptionsValidationException>(() => new TotvsEcommerceClient(new HttpClient(), options));
        options.AllowInsecureHttp = true;
        var client = new TotvsEcommerceClient(new HttpClient(), options);

        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
        Assert.NotNull(client.Families);
    }

    [Fact]
    public void Plain_http_to_loopback_is_accepted()
    {
        var options = ValidOptions();
        options.BaseAddress = new Uri("http://127.0.0.1:5080");

        Assert.NotNull(new TotvsEcommerceClient(new HttpClient(), options).Families);
    }

    [Fact]
    public void Every_broken_option_is_named_at_once()
    {
        var options = ValidOptions();
        options.PageSize = 0;
        options.ServerTimeZone = "Mars/Olympus";
        options.Routes.Families = "";
        options.Authentication = new TotvsAuthenticationOptions { Mode = TotvsAuthenticationMode.OAuth2ClientCredentials };

        var error = Assert.Throws<OptionsValidationException>(() => new TotvsEcommerceClient(new HttpClient(), options));

        Assert.Contains("PageSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
        Assert.Contains("Routes:Families", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_bind_from_configuration_including_routes_and_credentials()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Totvs:Ecommerce:BaseAddress"] = "https://erp.example.com.br:8543",
            ["Totvs:Ecommerce:PageSize"] = "50",
            ["Totvs:Ecommerce:Routes:Families"] = "cdp/v2/families",
            ["Totvs:Ecommerce:Authentication:Mode"] = "OAuth2ClientCredentials",
            ["Totvs:Ecommerce:Authentication:ClientId"] = "id",
            ["Totvs:Ecommerce:Authentication:ClientSecret"] = "secret",
        }).Build();
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(configuration.GetSection("Totvs:Ecommerce"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<TotvsEcommerceOptions>>().Value;

        Assert.Equal(new Uri("https://erp.example.com.br:8543"), options.BaseAddress);
        Assert.Equal(50, options.PageSize);
        Assert.Equal("cdp/v2/families", options.Routes.Families);
        Assert.Equal("cdp/v1/productPublic/ecommerce", options.Routes.Products);
        Assert.Equal(TotvsAuthenticationMode.OAuth2ClientCredentials, options.Authentication.Mode);
        Assert.NotNull(provider.GetRequiredService<TotvsEcommerceClient>());
    }

    [Fact]
    public void Options_validation_runs_when_the_host_starts()
    {
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(_ => { });
        using var provider = services.BuildServiceProvider();

        // What IHost does at start for ValidateOnStart registrations.
        var validator = provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(validator.Validate);
    }

    private static TotvsEcommerceOptions ValidOptions() => new()
    {
        BaseAddress = new Uri("https://erp.example.com.br:8543"),
        Authentication = new TotvsAuthenticationOptions { Username = "integration", Password = "p" },
    };
}
