namespace Totvs.Ecommerce.Sdk;

/// <summary>What to do with an invalid record, as answered by <see cref="EcommerceListOptions.OnInvalidRecord"/>.</summary>
public enum InvalidRecordAction
{
    /// <summary>Stop: the call throws <see cref="TotvsInvalidRecordException"/> after the records before it were returned.</summary>
    Stop = 0,

    /// <summary>Leave the record out and go on with the next one.</summary>
    Skip = 1,
}
