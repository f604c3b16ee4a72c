using System.Text.Json;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>The partner application's own sales, in a JSON file next to its SQLite state (seeded on first start).</summary>
public sealed class SalesBook
{
    private readonly string path;
    private readonly Lock gate = new();

    public SalesBook(string path, IReadOnlyList<PartnerSale> seed)
    {
        this.path = path;
        if (!File.Exists(path))
        {
            Write(seed);
        }
    }

    /// <summary>Every sale, newest first.</summary>
    public IReadOnlyList<PartnerSale> All()
    {
        lock (gate)
        {
            return JsonSerializer.Deserialize<List<PartnerSale>>(File.ReadAllText(path))!.OrderByDescending(s => s.Day).ThenBy(s => s.Number, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>One sale, or <see langword="null"/>.</summary>
    public PartnerSale? Find(string number) => All().FirstOrDefault(s => s.Number == number);

    /// <summary>Sets the unit prices of a sale's lines ("Informações da venda"), by line index.</summary>
    public void SetPrices(string number, IReadOnlyDictionary<int, decimal> prices)
    {
        lock (gate)
        {
            var sales = JsonSerializer.Deserialize<List<PartnerSale>>(File.ReadAllText(path))!;
            var index = sales.FindIndex(s => s.Number == number);
            var sale = sales[index];
            sales[index] = sale with { Lines = sale.Lines.Select((line, i) => prices.TryGetValue(i, out var price) ? line with { UnitPrice = price } : line).ToList() };
            Write(sales);
        }
    }

    private void Write(IReadOnlyList<PartnerSale> sales)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(sales));
        File.Move(temporary, path, overwrite: true);
    }
}
