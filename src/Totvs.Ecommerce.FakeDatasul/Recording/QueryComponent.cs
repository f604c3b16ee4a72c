namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>A name or value of a query string or form body, as the server reads it (<c>+</c> is a space, <c>%XX</c> a byte).</summary>
internal static class QueryComponent
{
    public static string Decode(string component) => Uri.UnescapeDataString(component.Replace('+', ' '));
}
