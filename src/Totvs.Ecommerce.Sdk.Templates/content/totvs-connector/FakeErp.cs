using Totvs.Ecommerce.Sdk.Testing;

namespace TotvsConnector;

/// <summary>The embedded fake Datasul of <see cref="ConnectorOptions.UseFakeDatasul"/>: one store with a small catalog.</summary>
public static class FakeErp
{
    public static FakeDatasulServer Create(string storeCode)
    {
        var fake = new FakeDatasulServer();
        fake.AddStore(storeCode)
            .WithPriceTable("ECOM", "1")
            .WithDeposit("1", "ECO")
            .WithFamily("FER", "Ferramentas")
            .WithFamily("ILU", "Iluminação")
            .WithItem("FUR-001", "Furadeira de impacto 650 W", 399.90m, 12, "FER")
            .WithItem("LAM-010", "Lâmpada LED 9 W", 12.90m, 300, "ILU");
        return fake;
    }
}
