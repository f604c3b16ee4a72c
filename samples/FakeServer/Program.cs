// The fake Datasul as a process: dotnet run --project samples/FakeServer -- --port 5080 --seed 42 --items 200
// It listens on 127.0.0.1 only, with store 1 holding a generated catalog (deterministic by --seed), and runs until
// Ctrl+C or SIGTERM.
using Totvs.Ecommerce.Sdk.Testing;

FakeServerOptions options;
try
{
    options = FakeServerOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var server = new FakeDatasulServer();
server.AddStore("1")
    .WithPriceTable("ECOM", "1")
    .WithDeposit("1", "ECO")
    .WithGeneratedCatalog(options.Items, options.Seed);
server.AddCarrier("correios-pac", 12, "CORREIOS");

await using var host = await server.StartLoopbackAsync(options.Port);
var prefix = new Uri(host.BaseAddress, server.PathPrefix.TrimStart('/'));
Console.WriteLine($"Fake Datasul listening on {host.BaseAddress} (store 1, {options.Items} items, seed {options.Seed}).");
Console.WriteLine($"Basic user: {FakeDatasulServer.DefaultUsername} / {FakeDatasulServer.DefaultPassword}");
Console.WriteLine($"Try: curl -u {FakeDatasulServer.DefaultUsername}:{FakeDatasulServer.DefaultPassword} \"{prefix}{server.Routes.Products}?pageSize=2\"");
Console.WriteLine("Press Ctrl+C to stop.");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

Console.WriteLine("Stopped.");
return 0;
