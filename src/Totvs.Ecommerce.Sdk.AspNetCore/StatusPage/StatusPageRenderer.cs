using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>Writes the status page as one HTML document: no script, no external file, every dynamic value encoded.</summary>
internal static class StatusPageRenderer
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
        header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#0b3d6b;color:#fff}
        header h1{font-size:20px;margin:0}header a{color:#fff}
        main{padding:16px 24px;display:grid;gap:16px}
        section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 16px}
        h2{font-size:16px;margin:0 0 8px}
        table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
        th{background:#f6f8fa}.num{text-align:right}
        .notice{background:#ddf4ff;border:1px solid #54aeff;border-radius:6px;padding:8px 16px}
        .health-Healthy{color:#1a7f37}.health-Degraded{color:#9a6700}.health-Unhealthy{color:#cf222e}
        .icon{width:18px;height:18px;vertical-align:middle}
        .advice{margin:0}.fix{margin:2px 0 0;color:#57606a}.retried{color:#57606a;font-style:italic}
        details{font-size:12px;color:#57606a}
        form.inline{display:inline-block;margin:0 4px 4px 0}
        button{font-size:13px;padding:3px 10px;border-radius:6px;border:1px solid #d0d7de;background:#f6f8fa;cursor:pointer}
        button.primary{background:#1f6feb;color:#fff;border-color:#1f6feb}
        input.reason{font-size:12px;width:9em}
        .filters{display:flex;gap:12px;align-items:end;flex-wrap:wrap;margin-bottom:8px}.filters label{display:grid;font-size:12px}
        .pager{display:flex;gap:12px;align-items:center;margin-top:8px;font-size:14px}
        .chart text{font-size:10px;fill:#57606a}.chart .synced{fill:#1f6feb}.chart .problems{fill:#d4a72c}
        """;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Render(StatusPageModel model)
    {
        var html = new StringBuilder(64 * 1024);
        var t = model.Text;
        Open(html, t, model.Options.Title);
        html.Append("<a id=\"language\" href=\"").Append(E(Link(model, model.Query with { Language = t.OtherLanguage }))).Append("\">")
            .Append(E(t.OtherLanguageName)).Append("</a></header><main>");
        if (model.Notice is { } notice)
        {
            html.Append("<div class=\"notice\" id=\"notice\" role=\"status\">").Append(E(notice)).Append("</div>");
        }

        Health(html, model);
        Pulls(html, model);
        Counts(html, model);
        OutcomeChart.Render(html, model);
        Documents(html, model);
        return html.Append("</main></body></html>").ToString();
    }

    /// <summary>The page when the connector's state cannot be read: what failed and what to check, and no list at all.</summary>
    public static string Unavailable(StatusPageText text, string title, Exception exception)
    {
        var html = new StringBuilder();
        Open(html, text, title);
        return html.Append("</header><main><section id=\"unavailable\" role=\"alert\"><h2>").Append(E(text.StateUnavailable))
            .Append("</h2><p>").Append(E(text.StateUnavailableFix)).Append("</p><p><code>").Append(E(exception.GetType().Name)).Append("</code> ")
            .Append(E(PersonalDataMask.Apply(exception.Message))).Append("</p></section></main></body></html>").ToString();
    }

    /// <summary>Everything up to the heading, inside an open <c>header</c>: the document, its title, its style.</summary>
    private static void Open(StringBuilder html, StatusPageText text, string title)
    {
        var heading = E(title) + " — " + E(text.Heading);
        html.Append("<!DOCTYPE html><html lang=\"").Append(E(text.Language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(heading).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><h1>").Append(heading).Append("</h1>");
    }

    private static void Health(StringBuilder html, StatusPageModel model)
    {
        var t = model.Text;
        html.Append("<section id=\"health\"><h2>").Append(E(t.Health)).Append("</h2>");
        if (model.Health is not { } health)
        {
            html.Append("<p>").Append(E(t.NoHealthChecks)).Append("</p></section>");
            return;
        }

        html.Append("<p class=\"health-").Append(health.Report.Status).Append("\" id=\"health-status\"><strong>").Append(E(StatusName(t, health.Report.Status)))
            .Append("</strong> — ").Append(E(t.CheckedAt)).Append(' ').Append(E(model.Local(health.At))).Append("</p><table><tbody>");
        foreach (var (name, entry) in health.Report.Entries)
        {
            // The check's own description: the SDK's health check writes no secret into it.
            html.Append("<tr><td>").Append(E(name)).Append("</td><td class=\"health-").Append(entry.Status).Append("\">").Append(E(StatusName(t, entry.Status)))
                .Append("</td><td>").Append(E(t.HealthLine(entry))).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void Pulls(StringBuilder html, StatusPageModel model)
    {
        var t = model.Text;
        html.Append("<section id=\"pulls\"><h2>").Append(E(t.Pulls)).Append("</h2><table><thead><tr><th>").Append(E(t.Pull)).Append("</th><th>")
            .Append(E(t.LastRun)).Append("</th><th class=\"num\">").Append(E(t.Records)).Append("</th><th class=\"num\">").Append(E(t.Took)).Append("</th><th></th><th>").Append(E(t.LastFailure)).Append("</th></tr></thead><tbody>");
        foreach (var pull in model.Pulls)
        {
            var run = pull.Checkpoint.LastRun;
            html.Append("<tr data-pull=\"").Append(E(pull.Name)).Append("\"><td>").Append(E(pull.Name)).Append("</td><td>")
                .Append(E(run is null ? t.NeverRan : model.Local(run.FinishedAt))).Append("</td><td class=\"num\">")
                .Append(run is null ? string.Empty : E(t.Count(run.Records))).Append("</td><td class=\"num\">")
                .Append(run is null ? string.Empty : E(DurationText(run.Duration))).Append("</td><td>");
            if (pull.Checkpoint.RunStartedAt is { } started)
            {
                html.Append(E(string.Format(CultureInfo.InvariantCulture, t.Running, model.Local(started), pull.Checkpoint.NextPage ?? 1)));
            }

            html.Append("</td><td class=\"failure\">");
            if (pull.Checkpoint.LastFailure is { } failure)
            {
                var advice = ErrorAdvisor.For(failure.Code, t.Language);
                html.Append(Icon(t, DocumentSyncState.Problem)).Append(' ').Append(E(model.Local(failure.At))).Append(' ');
                if (failure.Code is { } code)
                {
                    html.Append("<code class=\"code\">").Append(E(code)).Append("</code> ");
                }

                html.Append(E(advice?.Problem ?? PersonalDataMask.Apply(failure.Message)));
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void Counts(StringBuilder html, StatusPageModel model)
    {
        var t = model.Text;
        DocumentSyncState[] states = [DocumentSyncState.Synced, DocumentSyncState.Problem, DocumentSyncState.Pending, DocumentSyncState.GivenUp];
        html.Append("<section id=\"counts\"><h2>").Append(E(t.Documents)).Append("</h2><table><thead><tr><th>").Append(E(t.Kind)).Append("</th>");
        foreach (var state in states)
        {
            html.Append("<th class=\"num\">").Append(Icon(t, state)).Append(' ').Append(E(t.StateName(state))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var kind in model.Counts.Select(c => c.Kind).Distinct(StringComparer.Ordinal))
        {
            html.Append("<tr><td>").Append(E(model.KindName(kind))).Append("</td>");
            foreach (var state in states)
            {
                var count = model.Counts.FirstOrDefault(c => c.Kind == kind && c.State == state)?.Count ?? 0;
                html.Append("<td class=\"num\" data-count=\"").Append(E(kind)).Append('/').Append(StatusPageQuery.NameOf(state)).Append("\"><a href=\"")
                    .Append(E(Link(model, new StatusPageQuery { Kind = kind, State = state, Language = model.Query.Language }))).Append("\">")
                    .Append(E(t.Count(count))).Append("</a></td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void Documents(StringBuilder html, StatusPageModel model)
    {
        var t = model.Text;
        var query = model.Query;
        html.Append("<section id=\"documents\"><h2>").Append(E(t.Documents)).Append("</h2>");
        Filters(html, model);
        if (model.Documents.Items.Count == 0)
        {
            html.Append("<p id=\"no-documents\">").Append(E(t.NoDocuments)).Append("</p>");
        }
        else
        {
            html.Append("<table id=\"document-list\"><thead><tr><th></th><th>").Append(E(t.Kind)).Append("</th><th>").Append(E(t.Key)).Append("</th><th>")
                .Append(E(t.Problem)).Append("</th><th class=\"num\">").Append(E(t.Attempts)).Append("</th><th>").Append(E(t.NextAttempt)).Append("</th><th>")
                .Append(E(t.Changed)).Append("</th><th>").Append(E(t.Actions)).Append("</th></tr></thead><tbody>");
            foreach (var document in model.Documents.Items)
            {
                Row(html, model, document);
            }

            html.Append("</tbody></table>");
        }

        var pages = Math.Max(1, (model.Documents.TotalCount + model.Options.PageSize - 1) / model.Options.PageSize);
        html.Append("<div class=\"pager\">");
        if (query.Page > 1)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(E(Link(model, query with { Page = query.Page - 1 }))).Append("\">").Append(E(t.Previous)).Append("</a>");
        }

        html.Append("<span id=\"page-of\">").Append(E(string.Format(CultureInfo.InvariantCulture, t.PageOf, query.Page, pages, t.Count(model.Documents.TotalCount))))
            .Append("</span>");
        if (query.Page < pages)
        {
            html.Append("<a rel=\"next\" href=\"").Append(E(Link(model, query with { Page = query.Page + 1 }))).Append("\">").Append(E(t.Next)).Append("</a>");
        }

        html.Append("</div></section>");
    }

    private static void Filters(StringBuilder html, StatusPageModel model)
    {
        var t = model.Text;
        var query = model.Query;
        html.Append("<form class=\"filters\" method=\"get\" action=\"").Append(E(model.BasePath)).Append("\">");
        if (query.Language is { } language)
        {
            html.Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(E(language)).Append("\">");
        }

        html.Append("<label>").Append(E(t.Kind)).Append("<select name=\"kind\"><option value=\"\">").Append(E(t.AllKinds)).Append("</option>");
        foreach (var kind in model.Counts.Select(c => c.Kind).Distinct(StringComparer.Ordinal))
        {
            html.Append("<option value=\"").Append(E(kind)).Append('"').Append(kind == query.Kind ? " selected" : string.Empty).Append('>').Append(E(model.KindName(kind))).Append("</option>");
        }

        html.Append("</select></label><label>").Append(E(t.State)).Append("<select name=\"state\"><option value=\"\">").Append(E(t.AllStates)).Append("</option>");
        foreach (var state in new[] { DocumentSyncState.Problem, DocumentSyncState.Synced, DocumentSyncState.Pending, DocumentSyncState.GivenUp })
        {
            html.Append("<option value=\"").Append(StatusPageQuery.NameOf(state)).Append('"').Append(state == query.State ? " selected" : string.Empty).Append('>')
                .Append(E(t.StateName(state))).Append("</option>");
        }

        html.Append("</select></label><label>").Append(E(t.From)).Append("<input type=\"date\" name=\"from\" value=\"").Append(Date(query.From)).Append("\"></label>")
            .Append("<label>").Append(E(t.To)).Append("<input type=\"date\" name=\"to\" value=\"").Append(Date(query.To)).Append("\"></label>")
            .Append("<button type=\"submit\" id=\"filter\">").Append(E(t.Filter)).Append("</button></form>");
    }

    private static void Row(StringBuilder html, StatusPageModel model, DocumentSyncStatus document)
    {
        var t = model.Text;
        var advice = document.State is DocumentSyncState.Problem or DocumentSyncState.GivenUp ? ErrorAdvisor.For(document.ErrorCode, t.Language) : null;
        html.Append("<tr data-kind=\"").Append(E(document.Kind)).Append("\" data-key=\"").Append(E(document.DocumentKey)).Append("\" data-state=\"")
            .Append(StatusPageQuery.NameOf(document.State)).Append("\"><td>").Append(Icon(t, document.State)).Append("</td><td>").Append(E(model.KindName(document.Kind)))
            .Append("</td><td>").Append(E(document.DocumentKey)).Append("</td><td class=\"problem\">");
        if (document.ErrorCode is { } code)
        {
            html.Append("<code class=\"code\">").Append(E(code)).Append("</code> ");
        }

        if (advice is not null)
        {
            html.Append("<p class=\"advice\">").Append(E(advice.Problem)).Append("</p><p class=\"fix\">").Append(E(advice.Fix)).Append("</p>");
        }

        if (document.Description is { } description)
        {
            var masked = PersonalDataMask.Apply(description);
            // A given-up document's description is why it was given up: shown, not folded away.
            html.Append(advice is null || document.State == DocumentSyncState.GivenUp
                ? "<p class=\"advice description\">" + E(masked) + "</p>"
                : "<details><summary>" + E(t.OriginalMessage) + "</summary>" + E(masked) + "</details>");
        }

        html.Append("</td><td class=\"num\">").Append(document.Attempts).Append("</td><td class=\"next\">");
        if (document.State == DocumentSyncState.Problem)
        {
            html.Append(document.NextAttemptAt is { } next ? E(model.Local(next)) : E(t.WaitsForFix));
            if (advice?.RetriedAutomatically == true)
            {
                html.Append("<br><span class=\"retried\">").Append(E(t.Retried)).Append("</span>");
            }
        }

        html.Append("</td><td>").Append(E(model.Local(document.UpdatedAt))).Append("</td><td class=\"actions\">");
        if (document.State != DocumentSyncState.Synced)
        {
            Action(html, model, document, "retry", t.SyncAgain, primary: true);
        }

        if (document.State is DocumentSyncState.Problem or DocumentSyncState.Pending)
        {
            Action(html, model, document, "give-up", t.GiveUp, primary: false);
        }

        html.Append("</td></tr>");
    }

    private static void Action(StringBuilder html, StatusPageModel model, DocumentSyncStatus document, string action, string label, bool primary)
    {
        html.Append("<form class=\"inline ").Append(action).Append("\" method=\"post\" action=\"").Append(E(model.BasePath)).Append('/').Append(action).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(E(model.Antiforgery.Name)).Append("\" value=\"").Append(E(model.Antiforgery.Value)).Append("\">")
            .Append("<input type=\"hidden\" name=\"kind\" value=\"").Append(E(document.Kind)).Append("\">")
            .Append("<input type=\"hidden\" name=\"key\" value=\"").Append(E(document.DocumentKey)).Append("\">")
            .Append("<input type=\"hidden\" name=\"return\" value=\"").Append(E(WithoutNotice(model.Query).ToQueryString())).Append("\">");
        if (action == "give-up")
        {
            html.Append("<input class=\"reason\" name=\"reason\" placeholder=\"").Append(E(model.Text.GiveUpReason)).Append("\" aria-label=\"")
                .Append(E(model.Text.GiveUpReason)).Append("\">");
        }

        html.Append("<button type=\"submit\"").Append(primary ? " class=\"primary\"" : string.Empty).Append('>').Append(E(label)).Append("</button></form>");
    }

    /// <summary>The state's icon: blue (synchronised) and yellow (a problem) as in the partner sync's screen; grey for pending and given up.</summary>
    public static string Icon(StatusPageText text, DocumentSyncState state)
    {
        var (css, shape) = state switch
        {
            DocumentSyncState.Synced => ("synced", "<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"#1f6feb\"/><path d=\"M4.5 8.5l2.2 2.2 4.8-5\" stroke=\"#fff\" stroke-width=\"2\" fill=\"none\"/>"),
            DocumentSyncState.Problem => ("problem", "<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"#d4a72c\"/><path d=\"M8 4v5M8 11v1.5\" stroke=\"#fff\" stroke-width=\"2\"/>"),
            DocumentSyncState.GivenUp => ("given-up", "<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"#6e7781\"/><path d=\"M5.5 5.5l5 5M10.5 5.5l-5 5\" stroke=\"#fff\" stroke-width=\"2\"/>"),
            _ => ("pending", "<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"none\" stroke=\"#6e7781\" stroke-width=\"2\"/><path d=\"M8 5v3.5l2 1.5\" stroke=\"#6e7781\" stroke-width=\"1.5\" fill=\"none\"/>"),
        };
        return $"<svg class=\"icon icon-{css}\" viewBox=\"0 0 16 16\" role=\"img\" aria-label=\"{E(text.StateName(state))}\"><title>{E(text.StateName(state))}</title>{shape}</svg>";
    }

    /// <summary>The page's address with a query.</summary>
    public static string Link(StatusPageModel model, StatusPageQuery query) => model.BasePath + WithoutNotice(query).ToQueryString();

    /// <summary>The query without the last action's notice, which is shown once.</summary>
    private static StatusPageQuery WithoutNotice(StatusPageQuery query) => query with { Notice = null, NoticeDocument = null };

    /// <summary>Encodes text for HTML, leaving Portuguese letters as they are (the page is UTF-8) and escaping what HTML reads.</summary>
    public static string E(string value) => Encoder.Encode(value);

    private static string StatusName(StatusPageText text, HealthStatus status) => status switch
    {
        HealthStatus.Healthy => text.Healthy,
        HealthStatus.Degraded => text.Degraded,
        _ => text.Unhealthy,
    };

    private static string Date(LocalDate? date) => date is { } value ? NodaTime.Text.LocalDatePattern.Iso.Format(value) : string.Empty;

    private static string DurationText(Duration duration) => duration.TotalHours >= 1
        ? duration.ToString("H'h'mm'm'", CultureInfo.InvariantCulture)
        : duration.TotalMinutes >= 1 ? duration.ToString("M'm'ss's'", CultureInfo.InvariantCulture) : duration.ToString("S's'", CultureInfo.InvariantCulture);
}
