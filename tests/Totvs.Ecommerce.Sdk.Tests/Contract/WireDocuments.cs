using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>Generated wire documents that carry every published field of a schema object, and fields no schema has.</summary>
public static class WireDocuments
{
    /// <summary>The unknown field added at every level: what a newer Datasul release might send.</summary>
    public const string UnknownField = "ZzReleaseTwentyFiveField";

    /// <summary>
    /// A record with every published field of <paramref name="schemaObject"/> (nested lists and objects with every field
    /// of theirs). With <paramref name="mixKinds"/>, every second field that has one is in the other JSON kind Datasul
    /// also sends (a code as a number, a number as a string). With <paramref name="writableOnly"/>, read-only fields are
    /// left out (what a server accepts on write).
    /// </summary>
    public static JsonObject Full(string schemaObject, bool mixKinds, bool writableOnly, int number = 7)
    {
        var record = new JsonObject();
        var index = 0;
        foreach (var row in SchemaTables.All.Where(r => r.Object == schemaObject && (!writableOnly || r.Writable)))
        {
            if (row.Nested is { } nested)
            {
                var element = Full(nested, mixKinds, writableOnly, number);
                record[row.Field] = row.JsonType == "object" ? element : new JsonArray(element);
                continue;
            }

            record[row.Field] = mixKinds && index++ % 2 == 1 && WireSamples.OtherKind(row, number) is { } other ? other : WireSamples.Published(row, number);
        }

        record[UnknownField] = new JsonObject { ["Since"] = "12.1.2511", ["Values"] = new JsonArray(1, 2) };
        return record;
    }
}
