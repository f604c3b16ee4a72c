using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// Builds and runs a fresh consumer project that references the SDK, the fake and the SQLite store from the local feed by
/// version: it fails if a package misses a dependency, a file or an API a connector needs.
/// </summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed class PackagingTests(LocalFeed feed)
{
    private const string ConsumerProgram = """
        using Microsoft.Extensions.DependencyInjection;
        using NodaTime;
        using Totvs.Ecommerce.Sdk;
        using Totvs.Ecommerce.Sdk.Domain.Catalog;
        using Totvs.Ecommerce.Sdk.Domain.Identifiers;
        using Totvs.Ecommerce.Sdk.Domain.Payments;
        using Totvs.Ecommerce.Sdk.Orders;
        using Totvs.Ecommerce.Sdk.Products;
        using Totvs.Ecommerce.Sdk.Sqlite;
        using Totvs.Ecommerce.Sdk.Sync;
        using Totvs.Ecommerce.Sdk.Testing;

        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithItem("FUR-001", "Furadeira", 399.90m, 5);
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(o => server.ApplyClientOptions(o)).UseFakeDatasulServer(server);
        var client = services.BuildServiceProvider().GetRequiredService<TotvsEcommerceClient>();
        var products = await client.Products.ListAsync(new ProductListOptions { StoreCode = "1" });
        var ledger = new DocumentSyncLedger(new SqliteSyncStore(Path.Combine(AppContext.BaseDirectory, "state", "connector.db")), "orders");
        CreationResult<Order>? order = null;
        var status = await ledger.SendAsync("P-1", async ct => order = await client.Orders.CreateAsync(new Order
        {
            CustomerOrderId = "P-1", ShortName = "JOAO", EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"), EcommerceDeliveryAddress = new() { State = Uf.Parse("SP") }, EcommerceStoreCode = "1",
            EmissionDate = new LocalDate(2026, 3, 1), ImplantationDate = new LocalDate(2026, 3, 1),
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO" },
            OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
        }, ct));
        Console.WriteLine($"consumer ok: {products.Items.Count} product(s), order {order?.Record.OrderId} {order?.Outcome}, ledger {status.State}");
        """;

    [Fact]
    public async Task A_fresh_project_consumes_the_packages_from_a_local_feed()
    {
        var version = feed.Version;
        var packages = feed.Folder;
        using (var package = ZipFile.OpenRead(Path.Combine(packages, $"Totvs.Ecommerce.Sdk.{version}.nupkg")))
        {
            var entries = package.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("lib/net10.0/Totvs.Ecommerce.Sdk.dll", entries);
            Assert.Contains("lib/net10.0/Totvs.Ecommerce.Sdk.xml", entries);
        }

        Assert.True(File.Exists(Path.Combine(packages, $"Totvs.Ecommerce.Sdk.{version}.snupkg")));
        using (var testing = ZipFile.OpenRead(Path.Combine(packages, $"Totvs.Ecommerce.Sdk.Testing.{version}.nupkg")))
        {
            // The fake uses the SDK's internals: the packages must be installed at the same version, never mixed.
            using var nuspec = new StreamReader(testing.GetEntry("Totvs.Ecommerce.Sdk.Testing.nuspec")!.Open());
            var dependency = XDocument.Parse(await nuspec.ReadToEndAsync()).Descendants()
                .Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Totvs.Ecommerce.Sdk");
            Assert.Equal($"[{version}]", (string?)dependency.Attribute("version"));
        }

        var consumer = feed.NewFolder("Consumer");
        await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Totvs.Ecommerce.Sdk" Version="{version}" />
                <PackageReference Include="Totvs.Ecommerce.Sdk.Testing" Version="{version}" />
                <PackageReference Include="Totvs.Ecommerce.Sdk.Sqlite" Version="{version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.13" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), feed.NuGetConfig);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), ConsumerProgram);

        var output = await RunAsync(consumer, "dotnet", "run");

        Assert.Contains("consumer ok: 1 product(s), order 1001 Created, ledger Synced", output, StringComparison.Ordinal);
    }

    internal static async Task<string> RunAsync(string folder, string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{command} {arguments} failed ({process.ExitCode}):\n{output}");
        return output;
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Sdk.sln not found.");
    }
}
