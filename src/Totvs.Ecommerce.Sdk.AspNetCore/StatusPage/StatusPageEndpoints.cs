using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>The page's handlers: show it, and carry out an action then come back to the page it was taken from.</summary>
internal static class StatusPageEndpoints
{
    public static async Task ShowAsync(HttpContext http, string path)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<ConnectorStatusOptions>();
        StatusPageQuery query;
        try
        {
            query = StatusPageQuery.Parse(http.Request.Query);
        }
        catch (FormatException ex)
        {
            await Results.BadRequest(ex.Message).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var text = StatusPageText.For(query.Language ?? options.Language);
        StatusPageModel model;
        try
        {
            model = await StatusPageModel.ReadAsync(
                services.GetRequiredService<ISyncStatusReader>(), services.GetRequiredService<StatusPageHealth>(), options, query,
                http.Request.PathBase + path, (tokens.FormFieldName, tokens.RequestToken!), Notice(text, query), http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStateUnavailable(ex))
        {
            // Nothing rather than a partial list: an operator must never read "no problems" off a store that did not answer.
            await UnavailableAsync(http, text, options, ex).ConfigureAwait(false);
            return;
        }

        SecureHeaders(http.Response);
        await Results.Content(StatusPageRenderer.Render(model), "text/html; charset=utf-8").ExecuteAsync(http).ConfigureAwait(false);
    }

    public static async Task ActAsync(HttpContext http, string path, StatusPageAction action)
    {
        var services = http.RequestServices;
        if (!await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http).ConfigureAwait(false))
        {
            await Results.BadRequest("The form expired or did not come from the status page (anti-forgery check failed): reload the page and try again.")
                .ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var kind = form["kind"].ToString();
        var key = form["key"].ToString();
        if (string.IsNullOrWhiteSpace(kind) || string.IsNullOrWhiteSpace(key))
        {
            await Results.BadRequest("The action names no document: the form needs 'kind' and 'key'. Reload the status page and use its buttons.")
                .ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        StatusPageQuery back;
        try
        {
            back = StatusPageQuery.FromQueryString(form["return"].ToString());
        }
        catch (FormatException)
        {
            back = new StatusPageQuery();
        }

        var options = services.GetRequiredService<ConnectorStatusOptions>();
        var text = StatusPageText.For(back.Language ?? options.Language);
        string notice;
        try
        {
            notice = action == StatusPageAction.Retry
                ? await RetryAsync(services, options, kind, key, http.RequestAborted).ConfigureAwait(false)
                : await GiveUpAsync(services, options, kind, key, form["reason"].ToString() is { Length: > 0 } reason ? reason.Trim() : text.GiveUpDefaultReason, http.RequestAborted)
                    .ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStateUnavailable(ex))
        {
            await UnavailableAsync(http, text, options, ex).ConfigureAwait(false);
            return;
        }

        // Post, redirect, get: a reload does not repeat the action. The address is the page's own, never one from the form.
        var location = http.Request.PathBase + path + (back with { Notice = notice, NoticeDocument = $"{kind}/{key}" }).ToQueryString();
        http.Response.Headers.CacheControl = "no-store";
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = location;
    }

    private static async Task<string> RetryAsync(IServiceProvider services, ConnectorStatusOptions options, string kind, string key, CancellationToken cancellationToken)
    {
        var ledger = Ledger(services, options, kind);
        if (await ledger.FindAsync(key, cancellationToken).ConfigureAwait(false) is not { } before)
        {
            return "unknown";
        }

        if (before.State == DocumentSyncState.Synced)
        {
            return "already-synced";
        }

        if (options.SenderOf(kind) is { } send)
        {
            var after = await ledger.SendAsync(key, ct => send(services, key, ct), cancellationToken).ConfigureAwait(false);
            return after.State switch
            {
                DocumentSyncState.Synced => "synced",
                _ when after.Holder is not null && after.Holder != options.Ledger.Holder => "busy",
                _ => "still-problem",
            };
        }

        try
        {
            await ledger.ForceRetryAsync(key, cancellationToken).ConfigureAwait(false);
            return "queued";
        }
        catch (InvalidOperationException)
        {
            return "already-synced"; // a replica synced it between the look-up and the change
        }
    }

    private static async Task<string> GiveUpAsync(
        IServiceProvider services, ConnectorStatusOptions options, string kind, string key, string reason, CancellationToken cancellationToken)
    {
        var ledger = Ledger(services, options, kind);
        var before = await ledger.FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return "unknown";
        }

        if (before.State == DocumentSyncState.Synced)
        {
            return "already-synced";
        }

        try
        {
            await ledger.GiveUpAsync(key, reason, cancellationToken).ConfigureAwait(false);
            return "given-up";
        }
        catch (InvalidOperationException)
        {
            return "already-synced"; // a replica synced it between the look-up and the change
        }
    }

    private static DocumentSyncLedger Ledger(IServiceProvider services, ConnectorStatusOptions options, string kind) =>
        new(services.GetRequiredService<IDocumentLedgerStore>(), kind, options.Ledger with { TimeProvider = options.TimeProvider });

    private static string? Notice(StatusPageText text, StatusPageQuery query)
    {
        var format = query.Notice switch
        {
            "synced" => text.NoticeSynced,
            "still-problem" => text.NoticeStillProblem,
            "queued" => text.NoticeQueued,
            "given-up" => text.NoticeGivenUp,
            "busy" => text.NoticeBusy,
            "already-synced" => text.NoticeAlreadySynced,
            "unknown" => text.NoticeUnknown,
            _ => null,
        };
        return format is null || query.NoticeDocument is not { } document ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, document);
    }

    private static bool IsStateUnavailable(Exception exception) =>
        exception is System.Data.Common.DbException or IOException or TimeoutException or InvalidDataException;

    private static Task UnavailableAsync(HttpContext http, StatusPageText text, ConnectorStatusOptions options, Exception exception)
    {
        SecureHeaders(http.Response);
        return Results.Content(StatusPageRenderer.Unavailable(text, options.Title, exception), "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable)
            .ExecuteAsync(http);
    }

    private static void SecureHeaders(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    }
}
