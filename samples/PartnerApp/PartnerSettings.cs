namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>How the application reaches TOTVS, as saved on the configuration screen. The password is kept protected.</summary>
/// <param name="BaseAddress">Datasul's address.</param>
/// <param name="Username">The integration user.</param>
/// <param name="ProtectedPassword">The password, protected with ASP.NET Core Data Protection; never written in clear.</param>
/// <param name="TotvsCompanyCnpj">The company's CNPJ as registered in TOTVS.</param>
public sealed record PartnerSettings(Uri BaseAddress, string Username, string ProtectedPassword, string TotvsCompanyCnpj)
{
    /// <summary>Prints the address and user only.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("BaseAddress = ").Append(BaseAddress).Append(", Username = ").Append(Username).Append(", password hidden");
        return true;
    }
}
