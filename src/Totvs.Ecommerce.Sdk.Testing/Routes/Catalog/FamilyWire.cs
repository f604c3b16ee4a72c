using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>apiBusinessFamilyPublic on the wire (§4.1): the families linked to the store.</summary>
internal static class FamilyWire
{
    public static IEnumerable<FamilyRecord> Published(DatasulState state, StoreRecord store) =>
        store.FamilyCodes.Select(code => state.Families[code]).Concat(Unlinked(state, store));

    /// <summary>Families the store lost, as inactive, stamped with the time it lost them: the next sync unpublishes them.</summary>
    private static IEnumerable<FamilyRecord> Unlinked(DatasulState state, StoreRecord store)
    {
        foreach (var (code, unlinkedAt) in store.UnlinkedFamilies)
        {
            if (state.Families.TryGetValue(code, out var family))
            {
                yield return family with { IsActive = false, LastUpdate = unlinkedAt > family.LastUpdate ? unlinkedAt : family.LastUpdate };
            }
        }
    }

    public static WireProjection<FamilyRecord> Projection(DateTimeZone zone) => new(
        family => family.LastUpdate,
        family => new JsonObject
        {
            ["categoryParentCode"] = family.Code,
            ["categoryErpDesc"] = family.Description,
            ["isActive"] = family.IsActive,
            ["lastUpdate"] = WireFormat.FormatTimestamp(family.LastUpdate, zone),
        });
}
