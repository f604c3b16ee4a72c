using NodaTime;
using NodaTime.Text;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>How the fake writes values on the wire, as Datasul does.</summary>
internal static class WireFormat
{
    private static readonly OffsetDateTimePattern Timestamp =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffo<m>");

    /// <summary>A timestamp in the server's local time with its offset and milliseconds, e.g. <c>2026-03-01T07:15:00.123-03:00</c>.</summary>
    public static string FormatTimestamp(Instant instant, DateTimeZone serverZone) =>
        Timestamp.Format(instant.InZone(serverZone).ToOffsetDateTime());
}
