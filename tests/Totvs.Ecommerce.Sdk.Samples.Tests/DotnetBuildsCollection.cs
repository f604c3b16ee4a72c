namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// Tests that run dotnet builds share the repository's obj folders: they run one at a time, and share one local feed of
/// the packages (<see cref="LocalFeed"/>), packed once.
/// </summary>
[CollectionDefinition(Name)]
#pragma warning disable CA1711 // xunit collection definitions are named after what they group
public sealed class DotnetBuildsCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "dotnet builds";
}
