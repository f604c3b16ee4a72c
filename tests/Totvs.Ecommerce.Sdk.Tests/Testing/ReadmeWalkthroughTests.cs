using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

/// <summary>The first connector test the Testing package's README walks through, run as is.</summary>
public sealed partial class ReadmeWalkthroughTests
{
    // README-START
    [Fact]
    public async Task My_connector_sends_the_order_once()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithItem("FUR-001", "Furadeira", price: 399.90m, stock: 10);
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(o => server.ApplyClientOptions(o)).UseFakeDatasulServer(server);
        var client = services.BuildServiceProvider().GetRequiredService<TotvsEcommerceClient>();

        await client.Orders.CreateAsync(new Order   // your connector's call goes here
        {
            CustomerOrderId = "V-1", ShortName = "JOAO", EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"), EcommerceDeliveryAddress = new() { State = Uf.Parse("SP") },
            EmissionDate = new(2026, 3, 1), ImplantationDate = new(2026, 3, 1), EcommerceStoreCode = "1",
            PaymentMethod = new() { Type = PaymentMethodType.CreditCard, Code = "CARTAO" },
            OrderItems = [new() { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
        });

        server.Journal.AssertReceived("POST", server.Routes.Orders, 1);
        Assert.Equal(OrderSituation.Open, Assert.Single(server.Orders).OrderSituation);
    }
    // README-END

    [Fact]
    public void The_README_shows_exactly_this_test_in_under_20_lines_of_code()
    {
        var root = RepositoryPaths.Root;
        var readme = File.ReadAllText(Path.Combine(root, "src", "Totvs.Ecommerce.Sdk.Testing", "README.md"));
        var source = File.ReadAllText(Path.Combine(root, "tests", "Totvs.Ecommerce.Sdk.Tests", "Testing", "ReadmeWalkthroughTests.cs"));

        var snippet = Normalize(Snippet().Match(readme).Groups["code"].Value);
        var test = Normalize(source[(source.IndexOf("// README-START", StringComparison.Ordinal) + 15)..source.IndexOf("// README-END", StringComparison.Ordinal)]);

        Assert.Equal(test, snippet);
        Assert.InRange(test.Split('\n').Count(line => line.Length > 1), 10, 20);
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex("<!-- walkthrough -->\\s*```csharp(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
