using Totvs.Ecommerce.Sdk.PostgreSql;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>The throw-away PostgreSQL cluster of <c>build/with-postgres.sh</c>.</summary>
internal static class TestPostgres
{
    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable("TOTVS_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>A store over tables of its own (a fresh prefix), so tests never see each other's rows.</summary>
    public static PostgreSqlSyncStore NewStore() => new(
        ConnectionString ?? throw new InvalidOperationException(
            "PostgreSQL is installed (or required) but no cluster was started: run the tests through build/with-postgres.sh (see README)."),
        $"t{Guid.NewGuid():N}"[..13] + "_");
}
