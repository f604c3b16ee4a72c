using System.Text.Json;

namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>
/// What a fake ERP holds at start (<c>--seed FILE</c>) or after <c>POST /__admin/seed</c>: stores with their catalog,
/// carriers, representatives, users, and customers and orders in the wire format of apiCustomerPublic and
/// apiOrdersPublic (they go through the fake's own admission, as they would in Datasul).
/// </summary>
internal sealed class SeedDocument
{
    public List<SeedStore> Stores { get; set; } = [];

    public List<SeedCarrier> Carriers { get; set; } = [];

    public List<string> Representatives { get; set; } = [];

    public List<SeedCredential> Users { get; set; } = [];

    public List<SeedCredential> OAuthClients { get; set; } = [];

    /// <summary>Customers as apiCustomerPublic takes them (POST body), each created in order.</summary>
    public List<JsonElement> Customers { get; set; } = [];

    /// <summary>Orders as apiOrdersPublic takes them (POST body), each admitted in order.</summary>
    public List<JsonElement> Orders { get; set; } = [];
}

internal sealed class SeedStore
{
    public string Code { get; set; } = string.Empty;

    public List<string> PriceTables { get; set; } = [];

    public List<SeedDeposit> Deposits { get; set; } = [];

    public List<SeedFamily> Families { get; set; } = [];

    public List<SeedItem> Items { get; set; } = [];

    /// <summary>How many items to generate (with families, prices and stock), repeatable by <see cref="GeneratorSeed"/>.</summary>
    public int GeneratedItems { get; set; }

    public int GeneratorSeed { get; set; } = 42;
}

internal sealed class SeedDeposit
{
    public string BranchId { get; set; } = string.Empty;

    public string WarehouseCode { get; set; } = string.Empty;
}

internal sealed class SeedFamily
{
    public string Code { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;
}

internal sealed class SeedItem
{
    public string Code { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public decimal Price { get; set; }

    public decimal Stock { get; set; }

    public string? Family { get; set; }

    public string? Gtin { get; set; }
}

internal sealed class SeedCarrier
{
    public string EcommerceId { get; set; } = string.Empty;

    public int CarrierCode { get; set; }

    public string ShortName { get; set; } = string.Empty;
}

internal sealed class SeedCredential
{
    public string Name { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    public List<string>? Stores { get; set; }

    public override string ToString() => $"SeedCredential {{ Name = {Name}, Secret = *** }}";
}
