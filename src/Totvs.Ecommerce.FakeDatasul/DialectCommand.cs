using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Preflight;

namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>
/// <c>totvs-fake-datasul dialect</c>: learns a real release's dialect on first contact. Reads one record of each resource
/// from the partner's Datasul (read-only) and prints every field that differs from what the SDK reads, with the
/// <c>FieldNames</c> setting that maps it. Secrets come from the environment, never the command line.
/// </summary>
internal static class DialectCommand
{
    public const string Usage = """
        totvs-fake-datasul dialect: compares a Datasul release's fields with what the SDK reads (read-only: one page of each resource).
          --target URL              the Datasul server, e.g. https://erp.example.com.br:8543 (required)
          --store CODE              the e-commerce store whose catalog is read (default 1)
          --user NAME               Basic user; the password from the environment variable TOTVS_PASSWORD
          --oauth-client ID         OAuth2 client instead; the secret from TOTVS_CLIENT_SECRET
          --path-prefix PATH        where the REST resources live (default /dts/datasul-rest/resources/prg/)
          --field-name ENTRY:SDK=ERP   a mapping already known (repeatable), e.g. Families:categoryErpDesc=description
        Exit code 0: no difference; 3: differences printed; 2: a wrong argument.
        """;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>dialect</c>.</param>
    /// <param name="environment">Reads an environment variable (the process's, or a test's).</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="handler">The HTTP handler (a test's); the system's when <see langword="null"/>.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, HttpMessageHandler? handler = null)
    {
        TotvsEcommerceOptions options;
        string store;
        try
        {
            (options, store) = Parse(args, environment);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }

        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        var client = new TotvsEcommerceClient(http, options);
        var findings = await new GoLivePreflight(client).CheckDialectAsync(store).ConfigureAwait(false);
        foreach (var finding in findings)
        {
            await output.WriteLineAsync(finding.ToString()).ConfigureAwait(false);
        }

        await output.WriteLineAsync(findings.Count == 0
            ? $"{options.BaseAddress!.GetLeftPart(UriPartial.Authority)} reads as the SDK expects: no field differs."
            : $"{findings.Count} difference(s). Put the FieldNames settings named above in Totvs:Ecommerce, and report the others.").ConfigureAwait(false);
        return findings.Count == 0 ? 0 : 3;
    }

    private static (TotvsEcommerceOptions Options, string Store) Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var options = new TotvsEcommerceOptions();
        var store = "1";
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            switch (name)
            {
                case "--target":
                    options.BaseAddress = Uri.TryCreate(Value(), UriKind.Absolute, out var target) ? target : throw new ArgumentException($"--target needs an absolute URL, e.g. https://erp.example.com.br:8543.\n{Usage}");
                    break;
                case "--store":
                    store = Value();
                    break;
                case "--user":
                    options.Authentication.Mode = TotvsAuthenticationMode.Basic;
                    options.Authentication.Username = Value();
                    options.Authentication.Password = environment("TOTVS_PASSWORD") ?? throw new ArgumentException("--user needs the password in the environment variable TOTVS_PASSWORD (never on the command line).");
                    break;
                case "--oauth-client":
                    options.Authentication.Mode = TotvsAuthenticationMode.OAuth2ClientCredentials;
                    options.Authentication.ClientId = Value();
                    options.Authentication.ClientSecret = environment("TOTVS_CLIENT_SECRET") ?? throw new ArgumentException("--oauth-client needs the secret in the environment variable TOTVS_CLIENT_SECRET (never on the command line).");
                    break;
                case "--path-prefix":
                    options.PathPrefix = Value();
                    break;
                case "--field-name":
                    var mapping = Value();
                    var parts = mapping.Split([':', '='], 3);
                    if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
                    {
                        throw new ArgumentException($"--field-name '{mapping}' is not ENTRY:SDK=ERP, e.g. Families:categoryErpDesc=description.\n{Usage}");
                    }

                    if (!options.FieldNames.TryGetValue(parts[0], out var entry))
                    {
                        options.FieldNames[parts[0]] = entry = new(StringComparer.Ordinal);
                    }

                    entry[parts[1]] = parts[2];
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'.\n{Usage}");
            }
        }

        if (options.BaseAddress is null)
        {
            throw new ArgumentException($"--target is required.\n{Usage}");
        }

        if (options.Authentication.Username is null && options.Authentication.ClientId is null)
        {
            throw new ArgumentException($"Give --user (password in TOTVS_PASSWORD) or --oauth-client (secret in TOTVS_CLIENT_SECRET).\n{Usage}");
        }

        return (options, store);
    }
}
