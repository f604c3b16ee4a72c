namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>
/// A test that needs PostgreSQL (<c>TOTVS_TEST_POSTGRES</c>, set by <c>build/with-postgres.sh</c>). It is skipped — loudly,
/// with how to run it — only on a machine where PostgreSQL is not installed at all and CI did not require it
/// (<c>TOTVS_REQUIRE_POSTGRES=1</c>); wherever PostgreSQL is installed it runs, and fails if no cluster was started.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && Environment.GetEnvironmentVariable("TOTVS_REQUIRE_POSTGRES") != "1" && !IsInstalled())
        {
            Skip = "PostgreSQL NOT TESTED: it is not installed here. Install it (apt install postgresql-15) and run the tests through build/with-postgres.sh (see README).";
        }
    }

    /// <summary>Whether a PostgreSQL server can be started here (what build/with-postgres.sh looks for).</summary>
    private static bool IsInstalled() =>
        Directory.Exists("/usr/lib/postgresql") && Directory.EnumerateFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories).Any()
        || (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "pg_config")));
}
