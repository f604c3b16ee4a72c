using Totvs.Ecommerce.Sdk.Testing;

/// <summary>The embedded fake Datasul the quickstart runs against when no real one is configured.</summary>
internal static class SampleStore
{
    public static FakeDatasulServer Create(string storeCode)
    {
        var server = new FakeDatasulServer();
        server.AddStore(storeCode)
            .WithFamily("FER", "Ferramentas")
            .WithFamily("ELE", "Material elétrico")
            .WithFamily("HID", "Hidráulica")
            .WithFamily("TIN", "Tintas e vernizes")
            .WithFamily("JAR", "Jardinagem")
            .WithFamily("ILU", "Iluminação")
            .WithFamily("PIS", "Pisos e revestimentos")
            .WithFamily("FIX", "Fixadores e parafusos")
            .WithFamily("EPI", "Equipamentos de proteção")
            .WithFamily("OLD", "Linha descontinuada", isActive: false);
        return server;
    }
}
