namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>
/// A test that needs PostgreSQL (<c>TOTVS_TEST_POSTGRES</c>, set by <c>build/with-postgres.sh</c>). Without one it is
/// skipped with a reason saying how to run it — unless <c>TOTVS_REQUIRE_POSTGRES=1</c> (CI), where it runs and fails.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && Environment.GetEnvironmentVariable("TOTVS_REQUIRE_POSTGRES") != "1")
        {
            Skip = "PostgreSQL NOT TESTED: no TOTVS_TEST_POSTGRES. Run the tests through build/with-postgres.sh (see README).";
        }
    }
}
