using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>apiBusinessFamilyPublic: the families linked to the store, in the wire contract's camelCase (§4.1).</summary>
internal sealed class FamilyRoutes(DatasulState state, DateTimeZone serverZone)
{
    public FakeResponse List(FakeRequest request, StoreRecord store)
    {
        List<WireRecord> records;
        lock (state.Sync)
        {
            records = store.FamilyCodes
                .Select(code => state.Families[code])
                .Select(ToWire)
                .ToList();
        }

        return CollectionResponder.Respond(request, records, serverZone);
    }

    public FakeResponse Get(FakeRequest request, StoreRecord store, string code)
    {
        lock (state.Sync)
        {
            if (store.FamilyCodes.Contains(code) && state.Families.TryGetValue(code, out var family))
            {
                return FakeResponse.Json(200, ToWire(family).Json);
            }
        }

        return FakeResponse.Error(404, "FAMILY_NOT_FOUND",
            request.WantsPortuguese
                ? $"Família '{code}' não encontrada ou não vinculada à loja {store.Code}."
                : $"Family '{code}' not found or not linked to store {store.Code}.");
    }

    private WireRecord ToWire(FamilyRecord family) => new(
        family.Code,
        new JsonObject
        {
            ["categoryParentCode"] = family.Code,
            ["categoryErpDesc"] = family.Description,
            ["isActive"] = family.IsActive,
            ["lastUpdate"] = WireFormat.FormatTimestamp(family.LastUpdate, serverZone),
        },
        family.LastUpdate);
}
