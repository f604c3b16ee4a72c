namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>Finds the repository from the test's output folder (source paths are mapped in CI builds, so CallerFilePath cannot).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Sdk.sln not found above {AppContext.BaseDirectory}.");
    }
}
