using Microsoft.Extensions.Options;
using NodaTime;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Checks <see cref="TotvsEcommerceOptions"/> before any call is made and names every broken option
/// with what to put there. Used at start-up with DI and by the client's own constructor.
/// </summary>
internal sealed class TotvsEcommerceOptionsValidator : IValidateOptions<TotvsEcommerceOptions>
{
    public ValidateOptionsResult Validate(string? name, TotvsEcommerceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateBaseAddress(options, failures);
        ValidateRouting(options, failures);
        ValidateFieldNames(options, failures);
        ValidateAuthentication(options.Authentication, failures);
        ValidateResilience(options.Resilience, failures);

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.ServerTimeZone ?? string.Empty) is null)
        {
            failures.Add($"ServerTimeZone '{options.ServerTimeZone}' is not an IANA time zone id; use the ERP server's zone, e.g. '{TotvsEcommerceOptions.DefaultServerTimeZone}'.");
        }

        if (options.PageSize is < 1 or > TotvsEcommerceOptions.MaxPageSize)
        {
            failures.Add($"PageSize {options.PageSize} is out of range; use a value from 1 to {TotvsEcommerceOptions.MaxPageSize} (Datasul's default is {TotvsEcommerceOptions.DefaultPageSize}).");
        }

        if (options.MaxResponseBodyBytes is < 64 * 1024 or > 1024L * 1024 * 1024)
        {
            failures.Add($"MaxResponseBodyBytes {options.MaxResponseBodyBytes} is out of range; use 65536 (64 KiB) to 1073741824 (1 GiB); the default is 33554432 (32 MiB).");
        }

        if (options.ResponseReadTimeout < TimeSpan.FromSeconds(1) || options.ResponseReadTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"ResponseReadTimeout {options.ResponseReadTimeout} is out of range; use 00:00:01 to 00:10:00 (default 00:01:00).");
        }

        if (options.AcceptLanguage is { } language && language.Any(char.IsControl))
        {
            failures.Add("AcceptLanguage carries a control character (CR/LF would add a header of its own); use a language tag such as 'pt-BR'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every broken option.</summary>
    public static void ThrowIfInvalid(TotvsEcommerceOptions options)
    {
        var result = new TotvsEcommerceOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TotvsEcommerceOptions), result.Failures);
        }
    }

    private static void ValidateResilience(TotvsResilienceOptions? resilience, List<string> failures)
    {
        if (resilience is null)
        {
            failures.Add("Resilience is null; leave it unset for the SDK's Datasul defaults or set only what you change.");
            return;
        }

        CheckRange(resilience.AttemptTimeout, "AttemptTimeout", TimeSpan.FromSeconds(1), TimeSpan.FromHours(24), "00:01:15");
        CheckRange(resilience.CreateTimeout, "CreateTimeout", TimeSpan.FromSeconds(1), TimeSpan.FromHours(24), "00:01:15");
        CheckRange(resilience.TotalTimeout, "TotalTimeout", TimeSpan.FromSeconds(1), TimeSpan.FromHours(48), "00:06:00");
        CheckRange(resilience.RetryDelay, "RetryDelay", TimeSpan.Zero, TimeSpan.FromMinutes(10), "00:00:02");
        CheckRange(resilience.BreakDuration, "BreakDuration", TimeSpan.FromMilliseconds(500), TimeSpan.FromHours(24), "00:00:05");
        if (resilience.TotalTimeout < resilience.AttemptTimeout)
        {
            failures.Add($"Resilience:TotalTimeout {resilience.TotalTimeout} is shorter than Resilience:AttemptTimeout {resilience.AttemptTimeout}; " +
                "the total covers every attempt and back-off: make it at least as long (default 00:06:00 for 00:01:15).");
        }

        if (resilience.CreationAttempts is < 1 or > 20)
        {
            failures.Add($"Resilience:CreationAttempts {resilience.CreationAttempts} is out of range; use 1 to 20 (default 5).");
        }

        if (resilience.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"Resilience:MaxRetryAttempts {resilience.MaxRetryAttempts} is out of range; use 0 (never) to 10 (default 3).");
        }

        void CheckRange(TimeSpan value, string name, TimeSpan min, TimeSpan max, string standard)
        {
            if (value < min || value > max)
            {
                failures.Add($"Resilience:{name} {value} is out of range; use {min:c} to {max:c} (default {standard}).");
            }
        }
    }

    private static void ValidateBaseAddress(TotvsEcommerceOptions options, List<string> failures)
    {
        var address = options.BaseAddress;
        if (address is null || string.IsNullOrWhiteSpace(address.OriginalString))
        {
            failures.Add("BaseAddress is required: set it to the Datasul server's scheme, host and port, e.g. 'https://erp.example.com.br:8543'.");
            return;
        }

        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("BaseAddress must be an absolute http:// or https:// address, e.g. 'https://erp.example.com.br:8543'.");
            return;
        }

        if (!string.IsNullOrEmpty(address.UserInfo))
        {
            // The address is not repeated: its user-info may be a password.
            failures.Add($"BaseAddress to '{address.Host}' carries a user name or password; remove it and set Authentication instead (it would be logged and printed).");
            return;
        }

        if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            failures.Add($"BaseAddress '{address.GetLeftPart(UriPartial.Path)}' must not carry a query or fragment; put only scheme, host and port.");
        }

        if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback && !options.AllowInsecureHttp)
        {
            failures.Add($"BaseAddress uses http:// to '{address.Host}', which is not loopback: credentials would cross the network unencrypted. " +
                "Use https://, or set AllowInsecureHttp = true only on a network you trust.");
        }
    }

    private static void ValidateRouting(TotvsEcommerceOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.PathPrefix))
        {
            failures.Add($"PathPrefix is empty; Datasul serves its resources under '{TotvsEcommerceOptions.DefaultPathPrefix}'.");
        }

        if (options.Routes is null)
        {
            failures.Add("Routes is null; leave it unset for the defaults or set only the entries your Datasul release changes.");
            return;
        }

        foreach (var (entry, route) in options.Routes.ToList())
        {
            // A route is joined to BaseAddress: "//host/x" or "x://" would send the request, and its credentials, elsewhere.
            if (string.IsNullOrWhiteSpace(route) || route.Contains('?', StringComparison.Ordinal) || route.Contains(':', StringComparison.Ordinal)
                || route.StartsWith("//", StringComparison.Ordinal) || route.Contains('\\', StringComparison.Ordinal) || route.Any(char.IsControl)
                || route.Split('/').Any(segment => segment is "." or ".."))
            {
                failures.Add($"Routes:{entry} must be a path relative to PathPrefix, without scheme, '//', '\\', '.', '..' or query, e.g. 'cdp/v1/businessFamilyPublic/ecommerce'.");
            }
        }

        if (options.PathPrefix is { } prefix && (prefix.Contains(':', StringComparison.Ordinal) || prefix.StartsWith("//", StringComparison.Ordinal)
            || prefix.Contains('\\', StringComparison.Ordinal) || prefix.Any(char.IsControl)))
        {
            failures.Add("PathPrefix must be a path, e.g. '/dts/datasul-rest/resources/prg/', without scheme, '//' or '\\'.");
        }
    }

    private static void ValidateFieldNames(TotvsEcommerceOptions options, List<string> failures)
    {
        foreach (var (entry, names) in options.FieldNames ?? [])
        {
            if (!Serialization.FieldRenames.RecordTypes.TryGetValue(entry, out var type))
            {
                failures.Add($"FieldNames:{entry} is not a resource; use one of {string.Join(", ", Serialization.FieldRenames.RecordTypes.Keys)}.");
                continue;
            }

            var known = Serialization.TotvsJsonContext.Default.GetTypeInfo(type)!.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var (sdkName, erpName) in names ?? [])
            {
                if (!known.Contains(sdkName))
                {
                    failures.Add($"FieldNames:{entry}:{sdkName} is not a field of {type.Name}; use the SDK's wire name (see {type.Name}Fields), e.g. '{known.First()}'.");
                }
                else if (string.IsNullOrWhiteSpace(erpName) || erpName.Any(c => char.IsWhiteSpace(c) || c is ',' or '"'))
                {
                    failures.Add($"FieldNames:{entry}:{sdkName} '{erpName}' is not a field name; give the name your Datasul release sends.");
                }
            }

            if (names?.Values.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            {
                failures.Add($"FieldNames:{entry} gives '{duplicate.Key}' to more than one field; each ERP name may be used once.");
            }
        }
    }

    private static void ValidateAuthentication(TotvsAuthenticationOptions? auth, List<string> failures)
    {
        if (auth is null)
        {
            failures.Add("Authentication is null; set Authentication:Username and Authentication:Password (Basic) or Mode = OAuth2ClientCredentials with ClientId and ClientSecret.");
            return;
        }

        switch (auth.Mode)
        {
            case TotvsAuthenticationMode.Basic:
                if (string.IsNullOrEmpty(auth.Username) || string.IsNullOrEmpty(auth.Password))
                {
                    failures.Add("Authentication:Username and Authentication:Password are required for Basic authentication: use the ERP integration user.");
                }

                break;
            case TotvsAuthenticationMode.OAuth2ClientCredentials:
                if (string.IsNullOrEmpty(auth.ClientId) || string.IsNullOrEmpty(auth.ClientSecret))
                {
                    failures.Add("Authentication:ClientId and Authentication:ClientSecret are required for OAuth2ClientCredentials.");
                }

                if (string.IsNullOrWhiteSpace(auth.TokenPath) || !auth.TokenPath.StartsWith('/'))
                {
                    failures.Add($"Authentication:TokenPath '{auth.TokenPath}' must be a path starting with '/', e.g. '{TotvsAuthenticationOptions.DefaultTokenPath}'.");
                }

                if (auth.TokenRenewalMargin < TimeSpan.Zero)
                {
                    failures.Add("Authentication:TokenRenewalMargin must not be negative; use e.g. 00:01:00.");
                }

                break;
            default:
                failures.Add($"Authentication:Mode '{auth.Mode}' is unknown; use Basic or OAuth2ClientCredentials.");
                break;
        }
    }
}
