using Totvs.Ecommerce.Sdk.Samples.PartnerApp;

await using var app = await PartnerAppHost.StartAsync(args);
Console.WriteLine($"Rastreador (parceiro TOTVS) em {app.Address}  —  Ctrl+C para sair.");
await app.WaitForShutdownAsync();
