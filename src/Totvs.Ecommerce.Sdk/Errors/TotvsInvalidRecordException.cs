namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// A record from Datasul is invalid and the caller chose to stop (the default). <see cref="Record"/>
/// names the record, its page and position, and each problem. To go on past such records, set
/// <see cref="EcommerceListOptions.OnInvalidRecord"/> to return <see cref="InvalidRecordAction.Skip"/>.
/// </summary>
public sealed class TotvsInvalidRecordException : TotvsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="record">The invalid record.</param>
    public TotvsInvalidRecordException(InvalidRecord record)
        : base(Describe(record), 200, null, false, "GET", record?.Resource, null)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
    }

    private static string Describe(InvalidRecord? record) => record?.Problems.Any(p => p.DoesNotFitModel) == true
        ? $"Datasul sent a record the SDK could not read: {record}. The value may be legitimate and the SDK's model of this resource " +
          "the cause: report it with the record's RawJson (mind the personal data in it); meanwhile set OnInvalidRecord to skip such records."
        : $"Datasul sent an invalid {record}. Fix the record in the ERP, or set OnInvalidRecord to skip such records.";

    /// <summary>The invalid record and its problems.</summary>
    public InvalidRecord Record { get; }
}
