using Totvs.Ecommerce.Sdk.Testing.Faults;

namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>Turns a <see cref="FaultSpec"/> of the admin API into a fault of the fake, with the C# API's kinds and counts.</summary>
internal static class FaultScript
{
    public static readonly IReadOnlyList<string> Kinds = ["status", "error", "malformed", "drop", "lost-answer", "latency", "hang", "truncated"];

    /// <exception cref="ArgumentException">The spec names no known kind, or misses what its kind needs.</exception>
    public static void Add(FaultInjector faults, FaultSpec spec)
    {
        if ((spec.Method is null) != (spec.Route is null))
        {
            throw new ArgumentException("Give both method and route (one route, e.g. GET cdp/v1/productPublic/ecommerce), or neither for every request.");
        }

        var builder = spec.Method is null ? faults.OnAnyRequest() : faults.On(spec.Method.ToUpperInvariant(), spec.Route!);
        builder = spec.Always ? builder.Always() : builder.Times(spec.Times ?? 1);
        if (spec.Probability is { } rate)
        {
            builder = builder.AtRate(rate, spec.Seed ?? 42);
        }

        switch (spec.Kind)
        {
            case "status":
                builder.RespondWithStatus(Status(spec), spec.RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
                break;
            case "error":
                builder.RespondWithError(Status(spec), spec.Code ?? throw new ArgumentException("An error fault needs a code (e.g. 57382)."),
                    spec.Message ?? "Fault scripted through /__admin/faults.");
                break;
            case "malformed":
                builder.RespondWithMalformedJson();
                break;
            case "drop":
                builder.DropConnection();
                break;
            case "lost-answer":
                builder.LoseAnswerAfterCommit();
                break;
            case "latency":
                builder.Delay(TimeSpan.FromMilliseconds(spec.LatencyMs ?? throw new ArgumentException("A latency fault needs latencyMs.")));
                break;
            case "hang":
                builder.Hang();
                break;
            case "truncated":
                builder.RespondWithTruncatedBody();
                break;
            default:
                throw new ArgumentException($"kind '{spec.Kind}' is unknown; use one of {string.Join(", ", Kinds)}.");
        }
    }

    private static int Status(FaultSpec spec) =>
        spec.Status is >= 400 and <= 599 ? spec.Status.Value : throw new ArgumentException("A status or error fault needs a status from 400 to 599.");
}
