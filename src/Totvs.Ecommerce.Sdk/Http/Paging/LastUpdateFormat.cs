using NodaTime;
using NodaTime.Text;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Writes the <c>lastUpdate</c> filter as Datasul reads it: the ERP server's local time, no offset,
/// milliseconds (<c>2022-02-17T00:00:00.001</c>).
/// </summary>
internal sealed class LastUpdateFormat(DateTimeZone serverZone)
{
    // 'fff' truncates: a record changed within the same millisecond is still included by Datasul's ">=".
    private static readonly LocalDateTimePattern Pattern =
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fff");

    public DateTimeZone ServerZone => serverZone;

    public string Format(Instant instant) => Pattern.Format(instant.InZone(serverZone).LocalDateTime);
}
