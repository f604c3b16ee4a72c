using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>The saved configuration, in a JSON file; the password goes through a Data Protection protector and back.</summary>
public sealed class SettingsStore(string path, IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("PartnerApp.TotvsPassword");
    private readonly Lock gate = new();

    /// <summary>The saved settings, or <see langword="null"/> before the first save.</summary>
    public PartnerSettings? Current
    {
        get
        {
            lock (gate)
            {
                return File.Exists(path) ? JsonSerializer.Deserialize<PartnerSettings>(File.ReadAllText(path)) : null;
            }
        }
    }

    /// <summary>Saves the settings, protecting the password.</summary>
    public void Save(Uri baseAddress, string username, string password, string totvsCompanyCnpj)
    {
        var settings = new PartnerSettings(baseAddress, username, protector.Protect(password), totvsCompanyCnpj);
        lock (gate)
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(settings));
            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>
    /// Points saved settings that named an earlier run's embedded fake (a loopback address) at this run's: the fake is
    /// started afresh on another port each time.
    /// </summary>
    public void FollowEmbeddedFake(Uri fakeAddress)
    {
        lock (gate)
        {
            if (Current is { } saved && saved.BaseAddress.IsLoopback && saved.BaseAddress != fakeAddress)
            {
                File.WriteAllText(path, JsonSerializer.Serialize(saved with { BaseAddress = fakeAddress }));
            }
        }
    }

    /// <summary>The password in clear, for the client only.</summary>
    public string PasswordOf(PartnerSettings settings) => protector.Unprotect(settings.ProtectedPassword);
}
