// Sample 6: dotnet run --project samples/StatusPage   then open http://127.0.0.1:5080/status
//   [-- --urls http://127.0.0.1:5081] [-- --once true]   (--once: serve, read the page once, print what it shows, stop)
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Samples;

return await StatusPageApp.RunAsync(args, AnsiConsole.Console);
