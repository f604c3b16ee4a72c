namespace Totvs.Ecommerce.Sdk.Testing.Seeding;

/// <summary>
/// Builds a store of the fake ERP in a few lines: what is linked to it is what Datasul publishes to it.
/// Returned by <see cref="FakeDatasulServer.AddStore"/>.
/// </summary>
public sealed class FakeStoreBuilder
{
    private readonly FakeDatasulServer server;

    internal FakeStoreBuilder(FakeDatasulServer server, string code)
    {
        this.server = server;
        Code = code;
    }

    /// <summary>The store code.</summary>
    public string Code { get; }

    /// <summary>Creates (or changes) a family in the ERP and links it to this store.</summary>
    /// <param name="code">The family code.</param>
    /// <param name="description">The ERP's description.</param>
    /// <param name="isActive">Whether it is active.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithFamily(string code, string description, bool isActive = true)
    {
        server.UpsertFamily(code, description, isActive);
        server.LinkFamily(Code, code);
        return this;
    }

    /// <summary>Adds <paramref name="count"/> families with codes <c>FAM0001</c>, <c>FAM0002</c>, … linked to this store.</summary>
    /// <param name="count">How many.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithFamilies(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 1; i <= count; i++)
        {
            WithFamily($"FAM{i:D4}", $"Family {i}");
        }

        return this;
    }
}
