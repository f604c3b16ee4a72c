// Sample 4: dotnet run --project samples/PartnerSync [-- --Totvs:Ecommerce:BaseAddress=https://erp:8543 ...]
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Samples;

return await PartnerSyncApp.RunAsync(args, AnsiConsole.Console);
