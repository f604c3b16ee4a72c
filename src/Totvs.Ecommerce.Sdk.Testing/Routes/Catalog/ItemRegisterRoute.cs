using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>
/// The ERP's item register (CD0204) on the fake, read-only: every item by its code, published to a store or not, in
/// the product's wire form. What a partner checks its product map against.
/// </summary>
internal sealed class ItemRegisterRoute(DatasulState state, DateTimeZone zone)
{
    private readonly WireProjection<ItemRecord> projection = ProductWire.Projection(zone);

    public FakeResponse Handle(FakeRequest request, string? key)
    {
        if (!string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return FakeResponse.Error(405, "METHOD_NOT_ALLOWED", $"{request.Method} is not allowed here; the item register is read-only.");
        }

        lock (state.Sync)
        {
            if (key is null)
            {
                return CollectionResponder.Respond(request, state.Items.Values.ToList(), projection, zone);
            }

            return state.Items.TryGetValue(key, out var item)
                ? FakeResponse.Json(200, projection.ToJson(item))
                : FakeResponse.Error(404, FakeErrorCodes.NotFound, request.WantsPortuguese ? $"Item '{key}' não cadastrado." : $"Item '{key}' is not registered.");
        }
    }
}
