using System.Reflection;
using Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>Every library package the repository ships, for the conventions that hold across the public surface.</summary>
internal static class ShippedAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(TotvsEcommerceClient).Assembly, typeof(IncrementalPull).Assembly, typeof(VtexOrderMapper).Assembly,
        typeof(FakeDatasulServer).Assembly, typeof(SqliteSyncStore).Assembly,
        typeof(Totvs.Ecommerce.Sdk.PostgreSql.PostgreSqlSyncStore).Assembly, typeof(ConnectorStatusOptions).Assembly,
    ];

    /// <summary>The public types of every shipped package.</summary>
    public static IEnumerable<Type> ExportedTypes => All.SelectMany(a => a.GetExportedTypes());
}
