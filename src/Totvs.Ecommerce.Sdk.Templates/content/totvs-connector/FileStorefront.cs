using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace TotvsConnector;

/// <summary>
/// A store made of files in <see cref="ConnectorOptions.StorefrontFolder"/> (<c>Connector:Storefront = Files</c>): a
/// drop folder for orders and an append-only record of what the connector published, for a demo without a store's API
/// and for testing the whole connector from outside, as a separate process.
/// <list type="bullet">
/// <item><c>orders/*.json</c>: the store's orders, one file each, e.g.
/// <c>{"id":"S-1","cpf":"145.382.206-20","state":"SP","items":[{"code":"IT000001","quantity":1,"price":10.5}]}</c>.</item>
/// <item><c>catalog/{kind}.jsonl</c>: one line per record published, <c>{"key":…,"value":…}</c>; the last line of a key
/// is the store's copy.</item>
/// <item><c>invoices.jsonl</c>: one line per invoice (or cancellation) notified.</item>
/// </list>
/// Lines are appended whole and flushed before the connector saves its checkpoint; a line cut short by a crash is the
/// last of its file, and the page it belonged to is delivered again.
/// </summary>
public sealed class FileStorefront : IStorefront
{
    private readonly string folder;
    private readonly string storeCode;
    private readonly Lock writing = new();

    public FileStorefront(Microsoft.Extensions.Options.IOptions<ConnectorOptions> options, IHostEnvironment environment)
    {
        folder = Path.GetFullPath(options.Value.StorefrontFolder, environment.ContentRootPath);
        storeCode = options.Value.StoreCode;
        Directory.CreateDirectory(Path.Combine(folder, "orders"));
        Directory.CreateDirectory(Path.Combine(folder, "catalog"));
    }

    public Task PublishAsync<T>(string kind, IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        var lines = new StringBuilder();
        foreach (var record in records)
        {
            var (key, value) = Describe(record);
            lines.Append(new JsonObject { ["key"] = key, ["value"] = value }.ToJsonString()).Append('\n');
        }

        Append(Path.Combine(folder, "catalog", kind.Replace(' ', '-') + ".jsonl"), lines.ToString());
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Directory.EnumerateFiles(Path.Combine(folder, "orders"), "*.json")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList());

    public async Task<Order> GetOrderAsync(string storeOrderId, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, "orders", storeOrderId + ".json");
        var order = JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken))
            ?? throw new InvalidDataException($"Order file {file} is empty.");
        return new Order
        {
            CustomerOrderId = storeOrderId,
            ShortName = Digits(Text(order, "cpf")),
            EcommerceCustomerPersonalId = CpfOrCnpj.Parse(Text(order, "cpf")),
            EmissionDate = new LocalDate(2026, 3, 1),
            ImplantationDate = new LocalDate(2026, 3, 1),
            EcommerceDeliveryAddress = new OrderDeliveryAddress { State = Uf.Parse(Text(order, "state")) },
            EcommerceStoreCode = storeCode,
            EcommerceOrderId = storeOrderId,
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", Installments = 1 },
            OrderItems = [.. (order["items"]?.AsArray() ?? []).OfType<JsonNode>().Select(item => new OrderItem
            {
                ItemCode = ItemCode.Parse(Text(item, "code")),
                QuantityBilling = item["quantity"]!.GetValue<decimal>(),
                OriginalPrice = item["price"]!.GetValue<decimal>(),
            })],
        };
    }

    public Task NotifyInvoiceAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var line = new JsonObject
        {
            ["key"] = $"{invoice.BranchId}/{invoice.Series}/{invoice.InvoiceNumber}",
            ["status"] = invoice.Status.ToString(),
            ["orderId"] = invoice.OrderId,
            ["storeOrderId"] = invoice.EcommerceOrderId,
        };
        Append(Path.Combine(folder, "invoices.jsonl"), line.ToJsonString() + "\n");
        return Task.CompletedTask;
    }

    /// <summary>What the store keeps of a catalog record: its key and the fields it shows.</summary>
    private static (string Key, JsonNode? Value) Describe<T>(T record) => record switch
    {
        Family family => (family.Code, new JsonObject { ["description"] = family.Description, ["active"] = family.IsActive ?? true }),
        Product product => (product.ItemCode.Value, new JsonObject { ["description"] = product.Description, ["family"] = product.FamilyCode, ["active"] = product.IsActive ?? true }),
        PriceItem price => ($"{price.PriceTable}/{price.ItemCode.Value}", JsonValue.Create(price.Price)),
        StockBalance balance => ($"{balance.ItemCode.Value}/{balance.BranchId}/{balance.WarehouseCode}", JsonValue.Create(balance.AvailableQuantity)),
        _ => (Convert.ToString(record, CultureInfo.InvariantCulture) ?? string.Empty, null),
    };

    private void Append(string file, string lines)
    {
        lock (writing)
        {
            // Replicas append to the same files: one writer at a time across processes (an exclusive lock file), since
            // .NET appends at the end it saw when it opened the file, not atomically at the end the file has now.
            using var exclusive = LockFiles();
            using var stream = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
            var cutShort = false;
            if (stream.Length > 0)
            {
                // A line cut short by a crash is closed first, so the lines after it stay whole.
                stream.Seek(-1, SeekOrigin.End);
                cutShort = stream.ReadByte() != '\n';
            }

            stream.Seek(0, SeekOrigin.End);
            stream.Write(Encoding.UTF8.GetBytes(cutShort ? "\n" + lines : lines));
        }
    }

    private FileStream LockFiles()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(Path.Combine(folder, ".write-lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 3000)
            {
                Thread.Sleep(10); // another replica is appending
            }
        }
    }

    private static string Text(JsonNode node, string name) =>
        node[name]?.GetValue<string>() ?? throw new InvalidDataException($"The store's order has no '{name}'.");

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
