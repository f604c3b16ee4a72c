using System.Globalization;

/// <summary>The command line of the fake server: <c>--port 5080 --seed 42 --items 200</c>.</summary>
internal sealed record FakeServerOptions(int Port, int Seed, int Items)
{
    public static FakeServerOptions Parse(string[] args)
    {
        var port = 5080;
        var seed = 42;
        var items = 200;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--port": port = Number(args[i], value, 0, 65535); i++; break;
                case "--seed": seed = Number(args[i], value, int.MinValue, int.MaxValue); i++; break;
                case "--items": items = Number(args[i], value, 0, 1_000_000); i++; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'. Use --port N, --seed N and --items N.");
            }
        }

        return new FakeServerOptions(port, seed, items);
    }

    private static int Number(string option, string? value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{option} needs a whole number from {min} to {max}, not '{value}'.");
}
