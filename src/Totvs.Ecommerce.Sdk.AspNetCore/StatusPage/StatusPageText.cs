using SdkHealthCheck = Totvs.Ecommerce.Sdk.Health.TotvsEcommerceHealthCheck;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>The words of the status page, in Portuguese (the default) and English.</summary>
internal sealed record StatusPageText
{
    public static readonly StatusPageText Portuguese = new()
    {
        Language = "pt-BR", OtherLanguage = "en", OtherLanguageName = "English", Heading = "Status da integração", Health = "Saúde da conexão com o ERP",
        NoHealthChecks = "Nenhuma verificação de saúde registrada.", Healthy = "Saudável", Degraded = "Degradado", Unhealthy = "Fora do ar", CheckedAt = "verificado em",
        Pulls = "Sincronizações do catálogo", Pull = "Sincronização", LastRun = "Última execução", Records = "Registros", Took = "Duração", LastFailure = "Última falha", NeverRan = "nunca executada",
        Running = "não concluída desde {0} (próxima página {1})", Documents = "Documentos", Chart = "Documentos por hora (últimas 24 horas)", ChartSynced = "sincronizados",
        ChartProblems = "com problema", Kind = "Tipo", AllKinds = "todos", State = "Situação", AllStates = "todas", From = "De", To = "Até", Filter = "Filtrar",
        Key = "Documento", Problem = "Problema", Attempts = "Tentativas", NextAttempt = "Próxima tentativa", Changed = "Alterado em", Actions = "Ações",
        SyncAgain = "Sincronizar novamente", GiveUp = "Desistir", GiveUpReason = "Motivo", GiveUpDefaultReason = "Desistência do operador na página de status",
        WaitsForFix = "aguarda correção", Retried = "o conector tenta de novo sozinho", NoDocuments = "Nenhum documento com estes filtros.",
        PageOf = "Página {0} de {1} ({2} documentos)", Previous = "Anterior", Next = "Próxima", OriginalMessage = "Mensagem original",
        Synced = "Sincronizado", ProblemState = "Problema", Pending = "Pendente", GivenUp = "Desistido",
        NoticeSynced = "{0}: sincronizado.", NoticeStillProblem = "{0}: enviado novamente, mas o ERP ainda recusou. Veja o problema abaixo.",
        NoticeQueued = "{0}: será enviado na próxima execução do conector.", NoticeGivenUp = "{0}: desistido; não será mais enviado.",
        NoticeBusy = "{0}: outra réplica está enviando este documento agora.", NoticeAlreadySynced = "{0}: já estava sincronizado.",
        NoticeUnknown = "{0}: documento não encontrado no registro.",
        HealthAnswered = "O Datasul respondeu em {0} ms.", HealthTimedOut = "O Datasul não respondeu em {0} s.",
        HealthCircuitOpen = "O SDK parou de chamar o Datasul depois de falhas seguidas (circuit breaker aberto) e volta a tentar em instantes.",
        HealthFailed = "O Datasul respondeu com erro {0}.",
        StateUnavailable = "O estado do conector não pôde ser lido",
        StateUnavailableFix = "Nada é mostrado em vez de uma lista incompleta. Verifique o banco de dados do conector (SQLite ou PostgreSQL) e recarregue a página.",
    };

    public static readonly StatusPageText English = new()
    {
        Language = "en", OtherLanguage = "pt-BR", OtherLanguageName = "Português", Heading = "Integration status", Health = "Health of the ERP connection",
        NoHealthChecks = "No health check is registered.", Healthy = "Healthy", Degraded = "Degraded", Unhealthy = "Down", CheckedAt = "checked at",
        Pulls = "Catalog pulls", Pull = "Pull", LastRun = "Last run", Records = "Records", Took = "Took", LastFailure = "Last failure", NeverRan = "never ran",
        Running = "unfinished since {0} (next page {1})", Documents = "Documents", Chart = "Documents per hour (last 24 hours)", ChartSynced = "synchronised",
        ChartProblems = "with a problem", Kind = "Kind", AllKinds = "all", State = "Status", AllStates = "all", From = "From", To = "To", Filter = "Filter",
        Key = "Document", Problem = "Problem", Attempts = "Attempts", NextAttempt = "Next attempt", Changed = "Changed", Actions = "Actions",
        SyncAgain = "Sync again", GiveUp = "Give up", GiveUpReason = "Reason", GiveUpDefaultReason = "Given up by an operator on the status page",
        WaitsForFix = "waits for a fix", Retried = "the connector retries by itself", NoDocuments = "No document matches these filters.",
        PageOf = "Page {0} of {1} ({2} documents)", Previous = "Previous", Next = "Next", OriginalMessage = "Original message",
        Synced = "Synchronised", ProblemState = "Problem", Pending = "Pending", GivenUp = "Given up",
        NoticeSynced = "{0}: synchronised.", NoticeStillProblem = "{0}: sent again, but the ERP still refused it. See the problem below.",
        NoticeQueued = "{0}: it is sent at the connector's next run.", NoticeGivenUp = "{0}: given up; it is not sent again.",
        NoticeBusy = "{0}: another replica is sending this document right now.", NoticeAlreadySynced = "{0}: it was already synchronised.",
        NoticeUnknown = "{0}: the ledger has no such document.",
        HealthAnswered = "Datasul answered in {0} ms.", HealthTimedOut = "Datasul did not answer within {0} s.",
        HealthCircuitOpen = "The SDK stopped calling Datasul after repeated failures (circuit breaker open) and tries again shortly.",
        HealthFailed = "Datasul answered with error {0}.",
        StateUnavailable = "The connector's state could not be read",
        StateUnavailableFix = "Nothing is shown rather than an incomplete list. Check the connector's database (SQLite or PostgreSQL) and reload the page.",
    };

    public required string Language { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageName { get; init; }
    public required string Heading { get; init; }
    public required string Health { get; init; }
    public required string NoHealthChecks { get; init; }
    public required string Healthy { get; init; }
    public required string Degraded { get; init; }
    public required string Unhealthy { get; init; }
    public required string CheckedAt { get; init; }
    public required string Pulls { get; init; }
    public required string Pull { get; init; }
    public required string LastRun { get; init; }
    public required string Records { get; init; }
    public required string Took { get; init; }
    public required string LastFailure { get; init; }
    public required string NeverRan { get; init; }
    public required string Running { get; init; }
    public required string Documents { get; init; }
    public required string Chart { get; init; }
    public required string ChartSynced { get; init; }
    public required string ChartProblems { get; init; }
    public required string Kind { get; init; }
    public required string AllKinds { get; init; }
    public required string State { get; init; }
    public required string AllStates { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Filter { get; init; }
    public required string Key { get; init; }
    public required string Problem { get; init; }
    public required string Attempts { get; init; }
    public required string NextAttempt { get; init; }
    public required string Changed { get; init; }
    public required string Actions { get; init; }
    public required string SyncAgain { get; init; }
    public required string GiveUp { get; init; }
    public required string GiveUpReason { get; init; }
    public required string GiveUpDefaultReason { get; init; }
    public required string WaitsForFix { get; init; }
    public required string Retried { get; init; }
    public required string NoDocuments { get; init; }
    public required string PageOf { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string OriginalMessage { get; init; }
    public required string Synced { get; init; }
    public required string ProblemState { get; init; }
    public required string Pending { get; init; }
    public required string GivenUp { get; init; }
    public required string NoticeSynced { get; init; }
    public required string NoticeStillProblem { get; init; }
    public required string NoticeQueued { get; init; }
    public required string NoticeGivenUp { get; init; }
    public required string NoticeBusy { get; init; }
    public required string NoticeAlreadySynced { get; init; }
    public required string NoticeUnknown { get; init; }
    public required string HealthAnswered { get; init; }

    public required string HealthTimedOut { get; init; }

    public required string HealthCircuitOpen { get; init; }

    public required string HealthFailed { get; init; }

    public required string StateUnavailable { get; init; }
    public required string StateUnavailableFix { get; init; }

    /// <summary>
    /// A health check's line in this language: the SDK's check says what happened in its data
    /// (<see cref="SdkHealthCheck.OutcomeKey"/>), with Datasul's advice for an error code; any other check
    /// shows its own description.
    /// </summary>
    public string HealthLine(Microsoft.Extensions.Diagnostics.HealthChecks.HealthReportEntry entry)
    {
        var value = entry.Data.TryGetValue(SdkHealthCheck.ValueKey, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        return (entry.Data.TryGetValue(SdkHealthCheck.OutcomeKey, out var outcome) ? outcome as string : null) switch
        {
            SdkHealthCheck.AnsweredOutcome => string.Format(System.Globalization.CultureInfo.InvariantCulture, HealthAnswered, value),
            SdkHealthCheck.TimedOutOutcome => string.Format(System.Globalization.CultureInfo.InvariantCulture, HealthTimedOut, value),
            SdkHealthCheck.CircuitOpenOutcome => HealthCircuitOpen,
            SdkHealthCheck.FailedOutcome => string.Format(System.Globalization.CultureInfo.InvariantCulture, HealthFailed, value) +
                (Domain.ErrorAdvisor.For(value, Language) is { } advice ? $" {advice.Problem} {advice.Fix}" : string.Empty),
            _ => entry.Description ?? string.Empty,
        };
    }

    /// <summary>Portuguese for a <c>pt</c> tag, English for anything else.</summary>
    public static StatusPageText For(string? language) =>
        language is not null && !language.StartsWith("pt", StringComparison.OrdinalIgnoreCase) ? English : Portuguese;

    public string StateName(DocumentSyncState state) => state switch
    {
        DocumentSyncState.Synced => Synced,
        DocumentSyncState.Problem => ProblemState,
        DocumentSyncState.GivenUp => GivenUp,
        _ => Pending,
    };

    /// <summary>A date and time in the page's language: 29/11/2026 14:05 or 2026-11-29 14:05.</summary>
    public string DateTime(NodaTime.LocalDateTime time) =>
        time.ToString(Language == "en" ? "uuuu'-'MM'-'dd HH':'mm" : "dd'/'MM'/'uuuu HH':'mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A count with the language's thousands separator: 10.000 or 10,000.</summary>
    public string Count(long count)
    {
        var text = count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        return Language == "en" ? text : text.Replace(',', '.');
    }
}
