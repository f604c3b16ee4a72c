// Sample 1: dotnet run --project samples/CatalogPublisher [-- --Totvs:Ecommerce:BaseAddress=https://erp:8543 ...] [--state folder]
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Samples;

return await CatalogPublisherApp.RunAsync(args, AnsiConsole.Console);
