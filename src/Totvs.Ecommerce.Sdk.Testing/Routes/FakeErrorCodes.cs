namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>Codes the fake answers for failures that are not business rejections of the wire contract.</summary>
internal static class FakeErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string RouteNotFound = "ROUTE_NOT_FOUND";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string InvalidParameter = "INVALID_PARAMETER";
    public const string CatalogModeMismatch = TotvsErrorCodes.CatalogModeMismatch;
}
