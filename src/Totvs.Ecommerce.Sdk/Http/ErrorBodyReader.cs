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

    private static TotvsError? FromWire(ErrorBody wire)
    {
        if (wire.RowErrors is { Count: > 0 } rows)
        {
            var details = rows.Select(r => new TotvsErrorDetail(r.ErrorNumber, r.ErrorDescription, r.ErrorHelp)).ToArray();
            // The first ERROR row names the failure; WARNING rows only accompany it.
            var main = rows.FirstOrDefault(r => !string.Equals(r.ErrorSubType, "WARNING", StringComparison.OrdinalIgnoreCase)) ?? rows[0];
            return new TotvsError(main.ErrorNumber, main.ErrorDescription, main.ErrorHelp, null, details);
        }

        if (wire.Code is null && wire.Message is null)
        {
            return null;
        }

        var entries = wire.Details?.Select(d => new TotvsErrorDetail(d.Code, d.Message, d.DetailedMessage)).ToArray()
            ?? [];
        return new TotvsError(wire.Code, wire.Message, wire.DetailedMessage, wire.HelpUrl, entries);
    }
}
