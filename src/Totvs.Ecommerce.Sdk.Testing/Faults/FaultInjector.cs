namespace Totvs.Ecommerce.Sdk.Testing.Faults;

/// <summary>
/// The faults scripted on a fake server. Rules are tried in the order they were added; the first that
/// matches and is not spent hits the request. Thread-safe.
/// </summary>
public sealed class FaultInjector
{
    private readonly List<FaultRule> rules = [];

    internal FaultInjector()
    {
    }

    /// <summary>Starts a fault for one method on one route (and the keys below it).</summary>
    /// <param name="method">The HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="route">The route relative to the path prefix, e.g. <c>server.Routes.Families</c>.</param>
    /// <returns>The builder that says how often and what happens.</returns>
    public FaultRuleBuilder On(string method, string route)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        return new FaultRuleBuilder(this, method, route.Trim('/'));
    }

    /// <summary>Starts a fault for every request, whatever its route.</summary>
    /// <returns>The builder that says how often and what happens.</returns>
    public FaultRuleBuilder OnAnyRequest() => new(this, null, null);

    /// <summary>Removes every scripted fault.</summary>
    public void Clear()
    {
        lock (rules)
        {
            rules.Clear();
        }
    }

    internal void Add(FaultRule rule)
    {
        lock (rules)
        {
            rules.Add(rule);
        }
    }

    /// <summary>The rules scripted now, spent ones included, in the order they are tried.</summary>
    internal IReadOnlyList<FaultRule> Snapshot()
    {
        lock (rules)
        {
            return rules.ToArray();
        }
    }

    internal FaultRule? Take(string method, string route, FaultRequest request)
    {
        lock (rules)
        {
            foreach (var rule in rules)
            {
                if (rule.Matches(method, route, request) && rule.TryConsume())
                {
                    return rule;
                }
            }
        }

        return null;
    }
}
