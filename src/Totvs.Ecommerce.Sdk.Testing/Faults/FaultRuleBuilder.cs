namespace Totvs.Ecommerce.Sdk.Testing.Faults;

/// <summary>
/// Scripts one fault: choose how many times (<see cref="Times"/>, once by default, or <see cref="Always"/>),
/// then what happens (one of the <c>RespondWith…</c>, <see cref="DropConnection"/> or <see cref="LoseAnswerAfterCommit"/>).
/// </summary>
public sealed class FaultRuleBuilder
{
    private readonly FaultInjector injector;
    private readonly string? method;
    private readonly string? route;
    private int times = 1;
    private double probability = 1;
    private Random? dice;
    private Func<FaultRequest, bool>? predicate;

    internal FaultRuleBuilder(FaultInjector injector, string? method, string? route)
    {
        this.injector = injector;
        this.method = method;
        this.route = route;
    }

    /// <summary>Hits the next <paramref name="count"/> matching requests, then lets the rest through.</summary>
    /// <param name="count">How many requests to hit; 1 or more.</param>
    /// <returns>This builder.</returns>
    public FaultRuleBuilder Times(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        times = count;
        return this;
    }

    /// <summary>Hits every matching request until <see cref="FaultInjector.Clear"/>.</summary>
    /// <returns>This builder.</returns>
    public FaultRuleBuilder Always()
    {
        times = -1;
        return this;
    }

    /// <summary>
    /// Hits each matching request with a chance of <paramref name="rate"/>, rolled with a seeded generator so a
    /// run is repeatable; combine with <see cref="Always"/> (or <see cref="Times"/> to cap the hits).
    /// </summary>
    /// <param name="rate">The chance, from 0 to 1.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>This builder.</returns>
    public FaultRuleBuilder AtRate(double rate, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        probability = rate;
        dice = new Random(seed);
        return this;
    }

    /// <summary>Hits only the matching requests for which <paramref name="condition"/> holds (e.g. a given order in the body).</summary>
    /// <param name="condition">The condition on the request.</param>
    /// <returns>This builder.</returns>
    public FaultRuleBuilder When(Func<FaultRequest, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        predicate = condition;
        return this;
    }

    /// <summary>Waits <paramref name="latency"/> on the server's clock, then answers normally (a slow server or network).</summary>
    /// <param name="latency">How long.</param>
    public void Delay(TimeSpan latency) => Add(new FaultRule(method, route, times, FaultKind.Latency) { Latency = latency });

    /// <summary>Never answers: the caller's time-out or cancellation ends the request, as with a server that hangs.</summary>
    public void Hang() => Add(new FaultRule(method, route, times, FaultKind.Hang));

    /// <summary>Processes the request (its effects are committed) and answers only the first half of the body, as a broken proxy would.</summary>
    public void RespondWithTruncatedBody() => Add(new FaultRule(method, route, times, FaultKind.TruncatedBody));

    /// <summary>Answers a bare status without an error body (e.g. 503, or 429 with <paramref name="retryAfter"/>).</summary>
    /// <param name="statusCode">The status to answer.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> to send, if any.</param>
    public void RespondWithStatus(int statusCode, TimeSpan? retryAfter = null) =>
        Add(new FaultRule(method, route, times, FaultKind.Status) { StatusCode = statusCode, RetryAfter = retryAfter });

    /// <summary>Answers a Datasul error body (e.g. a business rejection: 500 with code <c>57382</c>).</summary>
    /// <param name="statusCode">The status to answer.</param>
    /// <param name="code">The error code.</param>
    /// <param name="message">The error message.</param>
    public void RespondWithError(int statusCode, string code, string message) =>
        Add(new FaultRule(method, route, times, FaultKind.Error) { StatusCode = statusCode, Code = code, Message = message });

    /// <summary>Answers 200 with a body that is not valid JSON (as a misbehaving proxy would).</summary>
    public void RespondWithMalformedJson() => Add(new FaultRule(method, route, times, FaultKind.MalformedJson));

    /// <summary>Breaks the connection before the request is processed: nothing is committed.</summary>
    public void DropConnection() => Add(new FaultRule(method, route, times, FaultKind.DropConnection));

    /// <summary>Processes the request (its effects are committed) and then breaks the connection, so the caller never learns the outcome.</summary>
    public void LoseAnswerAfterCommit() => Add(new FaultRule(method, route, times, FaultKind.LoseAnswerAfterCommit));

    private void Add(FaultRule rule) => injector.Add(new FaultRule(rule.Method, rule.Route, times, rule.Kind)
    {
        StatusCode = rule.StatusCode,
        Code = rule.Code,
        Message = rule.Message,
        RetryAfter = rule.RetryAfter,
        Latency = rule.Latency,
        Probability = probability,
        Dice = dice,
        Predicate = predicate,
    });
}
