using System.Text.Json.Nodes;
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

    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string FormatDate(LocalDate date) => Date.Format(date);

    /// <summary>Adds the optional weights and dimensions of an item, leaving out the ones it has not.</summary>
    public static void AddMeasures(JsonObject json, State.ItemMeasures measures)
    {
        Add(json, "netWeightKg", measures.NetWeightKg);
        Add(json, "grossWeightKg", measures.GrossWeightKg);
        Add(json, "heightCm", measures.HeightCm);
        Add(json, "widthCm", measures.WidthCm);
        Add(json, "lengthCm", measures.LengthCm);
    }

    private static void Add(JsonObject json, string name, decimal? value)
    {
        if (value is { } present)
        {
            json[name] = present;
        }
    }
}
