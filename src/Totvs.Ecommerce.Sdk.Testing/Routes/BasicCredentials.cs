using System.Text;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>Decodes the parameter of a Basic <c>Authorization</c> header.</summary>
internal static class BasicCredentials
{
    public static bool TryDecode(string parameter, out string user, out string password)
    {
        user = password = string.Empty;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }
}
