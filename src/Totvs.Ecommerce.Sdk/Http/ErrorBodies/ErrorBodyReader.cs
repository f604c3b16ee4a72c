using System.Text.Json;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>Reads a Datasul error body, in either of its two forms, into a <see cref="TotvsError"/>.</summary>
internal static class ErrorBodyReader
{
    /// <summary>Returns the error the body carries, or <see langword="null"/> when it is empty, not JSON or not an error body.</summary>
    public static TotvsError? TryRead(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        ErrorBody? wire;
        try
        {
            wire = JsonSerializer.Deserialize(body, TotvsJsonContext.Default.ErrorBody);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not an error body we can read (not JSON, not UTF-8): the status alone describes the failure.
            return null;
        }

        return wire is null ? null : FromWire(wire);
    }

    /// <summary>The most details kept from one error body; the rest are counted, not kept.</summary>
    internal const int MaxDetails = 50;

    /// <summary>The longest text kept from one field of an error body.</summary>
    internal const int MaxTextLength = 2000;

    private static TotvsError? FromWire(ErrorBody wire)
    {
        if (wire.RowErrors is { Count: > 0 } rows)
        {
            var details = rows.Take(MaxDetails).Select(r => new TotvsErrorDetail(Cap(r.ErrorNumber), Cap(r.ErrorDescription), Cap(r.ErrorHelp))).ToArray();
            // The first ERROR row names the failure; WARNING rows only accompany it.
            var main = rows.FirstOrDefault(r => !string.Equals(r.ErrorSubType, "WARNING", StringComparison.OrdinalIgnoreCase)) ?? rows[0];
            return new TotvsError(Cap(main.ErrorNumber), Cap(main.ErrorDescription), Cap(main.ErrorHelp), null, details) { OmittedDetails = rows.Count - details.Length };
        }

        if (wire.Code is null && wire.Message is null)
        {
            return null;
        }

        // A hostile or broken server can send megabytes here: what is kept is capped.
        var entries = wire.Details?.Take(MaxDetails).Select(d => new TotvsErrorDetail(Cap(d.Code), Cap(d.Message), Cap(d.DetailedMessage))).ToArray()
            ?? [];
        return new TotvsError(Cap(wire.Code), Cap(wire.Message), Cap(wire.DetailedMessage), Cap(wire.HelpUrl), entries)
        {
            OmittedDetails = (wire.Details?.Count ?? 0) - entries.Length,
        };
    }

    private static string? Cap(string? text) => text is null || text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";
}
