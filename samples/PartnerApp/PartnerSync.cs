using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PurchaseOrders;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>
/// What the screens do with TOTVS, over the SDK's parts: purchases fetched in date windows, imported once each with every
/// product mapped (the ledger keeps blue and yellow), sales sent once each as plain sales orders.
/// </summary>
public sealed class PartnerSync(TotvsConnection connection, ProductMap map, PartnerLedgers ledgers, SalesBook sales)
{
    /// <summary>The longest period fetched at once; longer ones are refused with this limit.</summary>
    public const int MaxPeriodDays = 90;

    /// <summary>The days of one request window: short periods, as the seed recommends.</summary>
    public const int WindowDays = 7;

    /// <summary>Fetches the purchase orders of a period, window by window; each window reports how many it found.</summary>
    public async Task<(IReadOnlyList<PurchaseOrder> Orders, IReadOnlyList<(DateWindow Window, int Count)> Windows)> FetchPurchasesAsync(
        LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            throw new ArgumentException("A data final (Até) é anterior à inicial (De): informe um período válido.");
        }

        if (Period.Between(from, to, PeriodUnits.Days).Days + 1 > MaxPeriodDays)
        {
            throw new ArgumentException($"O período máximo é de {MaxPeriodDays} dias: escolha um período menor (recomendado: poucos dias).");
        }

        var client = connection.Client();
        var orders = new List<PurchaseOrder>();
        var windows = new List<(DateWindow, int)>();
        foreach (var window in DateWindows.Split(from, to, WindowDays))
        {
            var count = 0;
            await foreach (var order in client.PurchaseOrders.ListAllAsync(new PurchaseOrderListOptions { OrderedFrom = window.First, OrderedTo = window.Last }, cancellationToken))
            {
                orders.Add(order);
                count++;
            }

            windows.Add((window, count));
        }

        return (orders, windows);
    }

    /// <summary>Imports one purchase order: read with its lines, every product mapped, else a problem that names them.</summary>
    public Task<DocumentSyncStatus> ImportPurchaseAsync(long orderNumber, CancellationToken cancellationToken) =>
        ledgers.Purchases.SendAsync(PurchaseKey(orderNumber), async ct =>
        {
            var order = await connection.Client().PurchaseOrders.GetAsync(orderNumber, ct);
            var unmapped = new List<string>();
            foreach (var line in order.Lines ?? [])
            {
                if (await map.FindAsync(line.ItemCode!, ct) is null)
                {
                    unmapped.Add(line.ItemCode!);
                }
            }

            if (unmapped.Count > 0)
            {
                throw new ArgumentException(
                    $"Produto(s) {string.Join(", ", unmapped.Distinct())} sem mapeamento: relacione-os a um tipo de produto e embalagem em Produtos e sincronize novamente.");
            }
        }, cancellationToken);

    /// <summary>"Sincronizar novamente": a purchase with a problem, imported again now.</summary>
    public async Task<DocumentSyncStatus> RetryPurchaseAsync(long orderNumber, CancellationToken cancellationToken)
    {
        await ledgers.Purchases.ForceRetryAsync(PurchaseKey(orderNumber), cancellationToken);
        return await ImportPurchaseAsync(orderNumber, cancellationToken);
    }

    /// <summary>Maps a product after the item register confirms it; the answer in words when it does not.</summary>
    public async Task<string?> MapProductAsync(string itemCode, string productType, string packaging, CancellationToken cancellationToken)
    {
        if (!ItemCode.TryParse(itemCode, out var code, out var error))
        {
            return $"Código de item inválido: {error}";
        }

        if (await connection.Client().Products.FindInRegisterAsync(code, cancellationToken) is null)
        {
            return $"O item {itemCode} não está cadastrado no TOTVS (CD0204): confira o código.";
        }

        await map.MapAsync(new ProductMapping(code.Value, productType, packaging), cancellationToken);
        return null;
    }

    /// <summary>Sends one sale as a plain sales order, once; a sale without a unit price is never sent.</summary>
    public Task<DocumentSyncStatus> SendSaleAsync(string number, CancellationToken cancellationToken) =>
        ledgers.Sales.SendAsync(number, async ct =>
        {
            var sale = sales.Find(number) ?? throw new ArgumentException($"A venda {number} não existe.");
            if (sale.Unpriced.Any())
            {
                throw new ArgumentException($"Informe o preço unitário de {string.Join(", ", sale.Unpriced.Select(l => l.ItemCode))} antes de enviar a venda.");
            }

            var day = LocalDate.FromDateOnly(sale.Day);
            await connection.Client().Orders.CreateAsync(new Order
            {
                CustomerOrderId = sale.Number,
                ShortName = sale.CustomerShortName,
                EmissionDate = day,
                ImplantationDate = day,
                OrderItems = sale.Lines.Select(l => new OrderItem { ItemCode = ItemCode.Parse(l.ItemCode), QuantityBilling = l.Quantity, OriginalPrice = l.UnitPrice!.Value }).ToList(),
            }, ct);
        }, cancellationToken);

    /// <summary>"Sincronizar novamente" for a sale.</summary>
    public async Task<DocumentSyncStatus> RetrySaleAsync(string number, CancellationToken cancellationToken)
    {
        await ledgers.Sales.ForceRetryAsync(number, cancellationToken);
        return await SendSaleAsync(number, cancellationToken);
    }

    public static string PurchaseKey(long orderNumber) => orderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
