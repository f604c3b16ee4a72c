// Sample 2: dotnet run --project samples/OrderIngestion [-- --orders folder] [--Totvs:Ecommerce:BaseAddress=https://erp:8543 ...]
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Samples;

return await OrderIngestionApp.RunAsync(args, AnsiConsole.Console);
