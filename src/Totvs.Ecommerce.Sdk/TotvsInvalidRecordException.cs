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
        : base(
            $"Datasul sent an invalid {record?.ToString()}. Fix the record in the ERP, or set OnInvalidRecord to skip such records.",
            200, null, false, "GET", record?.Resource, null)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
    }

    /// <summary>The invalid record and its problems.</summary>
    public InvalidRecord Record { get; }
}
