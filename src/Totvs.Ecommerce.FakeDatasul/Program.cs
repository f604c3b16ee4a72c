// totvs-fake-datasul: the fake TOTVS Datasul e-commerce server as a command, for connectors in any language.
using Totvs.Ecommerce.FakeDatasul;
using Totvs.Ecommerce.Sdk.Testing;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(ToolOptions.Usage);
    Console.WriteLine(DialectCommand.Usage);
    return 0;
}

if (args is ["dialect", .. var dialectArgs])
{
    return await DialectCommand.RunAsync(dialectArgs, Environment.GetEnvironmentVariable, Console.Out).ConfigureAwait(false);
}

ToolOptions options;
try
{
    options = ToolOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

FakeDatasulApp app;
try
{
    app = await FakeDatasulApp.StartAsync(options).ConfigureAwait(false);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
catch (IOException ex)
{
    Console.Error.WriteLine($"Cannot listen on {string.Join(";", options.Urls)}: {ex.Message} Give another address with --urls.");
    return 1;
}

await using (app.ConfigureAwait(false))
{
    // The first line is the address, for scripts that start the tool and wait for it.
    var address = app.Addresses[0];
    Console.WriteLine($"Fake Datasul listening on {address}");
    var server = app.Erp.Server;
    Console.WriteLine($"Datasul routes under {new Uri(address, server.PathPrefix.TrimStart('/'))}");
    if (options.Users.Count == 0 && options.OAuthClients.Count == 0)
    {
        Console.WriteLine($"Basic user {FakeDatasulServer.DefaultUsername} / {FakeDatasulServer.DefaultPassword}; OAuth2 client {FakeDatasulServer.DefaultClientId} / {FakeDatasulServer.DefaultClientSecret}");
    }

    Console.WriteLine(options.Admin ? $"Admin API: {new Uri(address, "__admin/openapi.json")}" : "Admin API off (--no-admin).");
    Console.WriteLine("Ctrl+C or SIGTERM stops it.");
    await app.WaitForShutdownAsync().ConfigureAwait(false);
}

Console.WriteLine("Stopped.");
return 0;
