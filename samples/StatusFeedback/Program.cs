// Sample 3: dotnet run --project samples/StatusFeedback [-- --Totvs:Ecommerce:BaseAddress=https://erp:8543 ...]
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Samples;

return await StatusFeedbackApp.RunAsync(args, AnsiConsole.Console);
