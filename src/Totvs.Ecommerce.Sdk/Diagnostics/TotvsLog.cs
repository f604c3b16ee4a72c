using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Diagnostics;

/// <summary>
/// The SDK's log messages, source-generated, with stable event ids (see docs/telemetry.md). No message carries a
/// credential, a token or a query value.
/// </summary>
internal static partial class TotvsLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void RequestCompleted(ILogger logger, string method, string route, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{Method} {Route} failed without an answer after {ElapsedMs:0.0} ms: {Reason}")]
    public static partial void RequestFailed(ILogger logger, string method, string route, double elapsedMs, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "{Method} {Route} was refused with 401; the OAuth2 token is renewed and the request sent once more")]
    public static partial void RenewingTokenAfter401(ILogger logger, string method, string route);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Order {CustomerOrderId}: attempt {Attempt} got no answer; looking it up by its natural key before trying again")]
    public static partial void OrderAttemptUnanswered(ILogger logger, string customerOrderId, int attempt);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Order {CustomerOrderId} is in the ERP as order {OrderId} ({Outcome})")]
    public static partial void OrderConfirmed(ILogger logger, string customerOrderId, long? orderId, CreationOutcome outcome);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "The options of TOTVS client {ClientName} were reloaded: new credentials apply on the next call; a change to any other option (address, routes, time-outs) applies after a restart")]
    public static partial void OptionsReloaded(ILogger logger, string clientName);

    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Pull {Name} starts")]
    public static partial void PullStarting(ILogger logger, string name);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Pull {Name} finished: {Records} records over {Pages} pages{ResumedNote}; next run from {Watermark}")]
    public static partial void PullFinished(ILogger logger, string name, long records, int pages, string resumedNote, string watermark);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Pull {Name} skipped: another replica holds its lease")]
    public static partial void PullSkipped(ILogger logger, string name);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Pull {Name} failed; its checkpoint stays where it was and the next run resumes")]
    public static partial void PullFailed(ILogger logger, string name, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Pull {Name}: records left the feed under the run; page {Page} is read again")]
    public static partial void PullSteppedBack(ILogger logger, string name, int page);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Documents {Kind}: {Synced} synced, {Failed} failed (retried later), {GivenUp} given up, {Conflicts} taken by another replica")]
    public static partial void DocumentsProcessed(ILogger logger, string kind, int synced, int failed, int givenUp, int conflicts);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Documents {Kind}: an outcome was saved but not counted for the status page's chart")]
    public static partial void OutcomeNotCounted(ILogger logger, string kind, Exception exception);
}
