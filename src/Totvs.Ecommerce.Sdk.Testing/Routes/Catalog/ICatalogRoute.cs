using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>A read-only e-commerce collection of the fake: a list and, when it has keys, one record by key.</summary>
internal interface ICatalogRoute
{
    FakeResponse Handle(FakeRequest request, StoreRecord store, string? key);
}
