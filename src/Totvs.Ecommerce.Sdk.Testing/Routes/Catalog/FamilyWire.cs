using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>apiBusinessFamilyPublic on the wire (§4.1): the families linked to the store.</summary>
internal static class FamilyWire
{
    public static IEnumerable<FamilyRecord> Published(DatasulState state, StoreRecord store) =>
        store.FamilyCodes.Select(code => state.Families[code]);

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
