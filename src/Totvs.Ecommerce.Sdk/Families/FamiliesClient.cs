using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Families;

/// <summary>
/// apiBusinessFamilyPublic: the families (categories) Datasul publishes to a store. Thread-safe; get it
/// from <see cref="TotvsEcommerceClient.Families"/>.
/// </summary>
public class FamiliesClient : EcommerceCollectionClient<Family, FamilyListOptions>
{
    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected FamiliesClient()
    {
    }

    internal FamiliesClient(TotvsTransport transport)
        : base(new EcommerceCollection<Family>(transport, transport.Routes.Families, FamilyRules.Instance))
    {
    }

    /// <summary>Reads one family by its code.</summary>
    /// <param name="code">The family code (<c>categoryParentCode</c>).</param>
    /// <param name="storeCode">The store, or <see langword="null"/> for Datasul's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The family.</returns>
    /// <exception cref="TotvsApiException">Not found (<see cref="TotvsApiException.IsNotFound"/>), refused, or unreachable.</exception>
    public virtual Task<Family> GetAsync(string code, string? storeCode = null, CancellationToken cancellationToken = default)
    {
        KeyArgument.ThrowIfInvalid(code);
        return GetByKeyAsync(code, storeCode, cancellationToken);
    }
}
