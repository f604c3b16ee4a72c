// The quickstart: dotnet run --project samples/Quickstart
// With no BaseAddress configured it runs against the embedded fake Datasul, seeded with a small store.
// To read a real ERP: dotnet run --project samples/Quickstart -- --Totvs:Ecommerce:BaseAddress=https://erp:8543
//   --Totvs:Ecommerce:Authentication:Username=... --Totvs:Ecommerce:Authentication:Password=...
// (or the same keys in appsettings.json or as environment variables, e.g. Totvs__Ecommerce__BaseAddress).
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Samples;

return await QuickstartApp.RunAsync(args, AnsiConsole.Console);
