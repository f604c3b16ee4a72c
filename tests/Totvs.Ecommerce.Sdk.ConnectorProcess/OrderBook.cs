using System.Globalization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

namespace Totvs.Ecommerce.Sdk.ConnectorProcess;

/// <summary>The orders the store sends: order N is always the same order, whichever process sends it.</summary>
internal sealed class OrderBook(TotvsEcommerceClient client)
{
    private static readonly (string ItemCode, decimal Price)[] Items = [.. Enumerable.Range(1, 5).Select(i => ($"IT{i:D6}", 10m * i))];

    public static string KeyOf(int number) => $"ORD-{number.ToString("D6", CultureInfo.InvariantCulture)}";

    public async Task SendAsync(string key, CancellationToken cancellationToken)
    {
        var number = int.Parse(key["ORD-".Length..], CultureInfo.InvariantCulture);
        var order = new FakeSalesGenerator(seed: number).Order(Items, "1", new LocalDate(2026, 11, 29)) with { CustomerOrderId = key };
        await client.Orders.CreateAsync(order, cancellationToken).ConfigureAwait(false);
    }
}
