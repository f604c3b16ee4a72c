namespace Totvs.Ecommerce.Sdk.ConnectorProcess;

/// <summary>The process's <c>--name value</c> arguments.</summary>
internal sealed class Settings(Dictionary<string, string> values)
{
    public static Settings Parse(string[] args) =>
        new(Enumerable.Range(0, args.Length / 2).ToDictionary(i => args[2 * i].TrimStart('-'), i => args[(2 * i) + 1], StringComparer.Ordinal));

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public string? Find(string name) => values.GetValueOrDefault(name);
}
