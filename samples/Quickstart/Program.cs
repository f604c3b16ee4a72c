// Quickstart: read the families (categories) Datasul publishes to a store, in full and then incrementally.
//
// With no BaseAddress configured it runs against the embedded fake Datasul, seeded with a small store.
// To use a real ERP: dotnet run --project samples/Quickstart -- --Totvs:Ecommerce:BaseAddress=https://erp:8543
//   --Totvs:Ecommerce:Authentication:Username=... --Totvs:Ecommerce:Authentication:Password=...
// (or the same keys in appsettings.json or as environment variables, e.g. Totvs__Ecommerce__BaseAddress).
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Testing;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();
var section = configuration.GetSection("Totvs:Ecommerce");
var storeCode = section["StoreCode"] is { Length: > 0 } code ? code : "1";
var useFake = string.IsNullOrWhiteSpace(section["BaseAddress"]);

var services = new ServiceCollection();
FakeDatasulServer? fake = null;
if (useFake)
{
    fake = SampleStore.Create(storeCode);
    services.AddTotvsEcommerce(options => fake.ApplyClientOptions(options)).UseFakeDatasulServer(fake);
}
else
{
    services.AddTotvsEcommerce(section);
}

await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<TotvsEcommerceClient>();

Console.WriteLine("Totvs.Ecommerce.Sdk quickstart");
Console.WriteLine(useFake
    ? "Datasul: the embedded fake server (set Totvs:Ecommerce:BaseAddress to use a real one)"
    : $"Datasul: {section["BaseAddress"]}");
Console.WriteLine();

try
{
    var startedAt = SystemClock.Instance.GetCurrentInstant();
    var families = new List<Family>();
    await foreach (var family in client.Families.ListAllAsync(new FamilyListOptions { StoreCode = storeCode, PageSize = 5 }))
    {
        families.Add(family);
    }

    Console.WriteLine($"Store {storeCode}: {families.Count} families published (read in pages of 5).");
    foreach (var family in families)
    {
        Console.WriteLine($"  {family.Code,-8} {family.Description}{(family.IsActive == false ? " (inactive)" : string.Empty)}");
    }

    // An incremental sync asks only for what changed since the last run's start.
    fake?.UpsertFamily("FER", "Ferramentas e acessórios");
    var changed = await client.Families.ListAsync(new FamilyListOptions { StoreCode = storeCode, ChangedSince = startedAt });
    Console.WriteLine();
    Console.WriteLine($"Incremental sync since {startedAt}: {changed.Items.Count} changed.");
    foreach (var family in changed.Items)
    {
        Console.WriteLine($"  {family.Code,-8} {family.Description}");
    }

    Console.WriteLine();
    Console.WriteLine("Done.");
    return 0;
}
catch (TotvsApiException ex)
{
    Console.Error.WriteLine($"Datasul call failed: {ex.Message}");
    return 1;
}
