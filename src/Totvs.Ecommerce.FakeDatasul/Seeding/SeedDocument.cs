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
