using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>
/// Serves one catalog resource: what the store publishes of it (by the domain rules), as a collection or
/// one record by key. Reads hold the state's lock while the page is written.
/// </summary>
internal sealed class CatalogRoute<T>(
    DatasulState state,
    DateTimeZone zone,
    string resource,
    Func<DatasulState, StoreRecord, IEnumerable<T>> published,
    Func<DateTimeZone, WireProjection<T>> projection,
    Func<T, string> keyOf,
    CatalogMode? requiredMode = null) : ICatalogRoute
{
    private readonly WireProjection<T> wire = projection(zone);

    public FakeResponse Handle(FakeRequest request, StoreRecord store, string? key)
    {
        lock (state.Sync)
        {
            if (requiredMode is { } mode && state.CatalogMode != mode)
            {
                return FakeResponse.Error(400, FakeErrorCodes.CatalogModeMismatch, request.WantsPortuguese
                    ? $"A empresa trabalha no modo {state.CatalogMode}; {resource} só é publicado no modo {mode}."
                    : $"The company works in {state.CatalogMode} mode; {resource} is published only in {mode} mode.");
            }

            if (key is null)
            {
                return CollectionResponder.Respond(request, published(state, store), wire, zone);
            }

            foreach (var record in published(state, store))
            {
                if (keyOf(record) == key)
                {
                    return FakeResponse.Json(200, wire.ToJson(record));
                }
            }
        }

        return FakeResponse.Error(404, FakeErrorCodes.NotFound, request.WantsPortuguese
            ? $"{resource} '{key}' não encontrado ou não publicado na loja {store.Code}."
            : $"{resource} '{key}' not found or not published to store {store.Code}.");
    }
}
