// Sample 5: dotnet run --project samples/GoLiveCheck [-- --tradePolicies 1,2 --Totvs:Ecommerce:BaseAddress=https://erp:8543 ...]
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Samples;

return await GoLiveCheckApp.RunAsync(args, AnsiConsole.Console);
