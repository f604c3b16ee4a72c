using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Preflight;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>
/// An order's e-commerce extension field spelled otherwise by a release (issue 31): mapped per resource by configuration,
/// read and written under the release's name, against the tool playing that release (<c>--quirk renamed-fields</c>).
/// </summary>
public sealed class RenamedOrderFieldTests
{
    private static readonly string Store2 = SeedBodies.Store.Replace("\"code\":\"1\"", "\"code\":\"2\"", StringComparison.Ordinal)
        .Replace("\"warehouseCode\":\"ECO\"", "\"warehouseCode\":\"EC2\"", StringComparison.Ordinal);

    [Fact]
    public async Task The_stores_code_is_read_and_written_under_the_releases_name_once_mapped()
    {
        var (customer, order) = await SeedBodies.FromSdkAsync();
        await using var tool = await ToolHost.StartAsync("--items", "0", "--quirk", "renamed-fields");
        await tool.PostAsync("/__admin/seed", $$"""{"stores":[{{SeedBodies.Store}},{{Store2}}],"customers":[{{customer}}],"orders":[{{order}}]}""");
        var options = tool.App.Erp.Server.CreateClientOptions(tool.Address);
        options.FieldNames["Orders"] = new() { [OrderFields.EcommerceStoreCode] = "CodigoLojaEcommerce" };
        var mapped = new TotvsEcommerceClient(new HttpClient(), options);

        var unmappedRead = await tool.Client.Orders.FindAsync("14538220620", "S-0001");
        var mappedRead = await mapped.Orders.FindAsync("14538220620", "S-0001");
        var report = await new GoLivePreflight(tool.Client).RunAsync(new PreflightExpectations { StoreCode = "1" });
        var created = await mapped.Orders.CreateAsync(new Order
        {
            CustomerOrderId = "S-0002", ShortName = "14538220620", EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"),
            EmissionDate = new LocalDate(2026, 3, 2), ImplantationDate = new LocalDate(2026, 3, 2),
            EcommerceDeliveryAddress = new OrderDeliveryAddress { State = Uf.Parse("SP") }, EcommerceStoreCode = "2", EcommerceOrderId = "S-0002",
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", Installments = 1 },
            OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
        });
        var (_, erpOrders) = await tool.GetAsync("/__admin/erp/orders");

        Assert.Null(unmappedRead!.EcommerceStoreCode); // what a connector would have lost without the setting
        Assert.True(unmappedRead.AdditionalFields!.ContainsKey("CodigoLojaEcommerce"));
        Assert.Equal("1", mappedRead!.EcommerceStoreCode);
        Assert.Contains(report.Findings, f => f.Subject == "Orders.EcommerceStoreCode"
            && f.Message.Contains("FieldNames:Orders:EcommerceStoreCode = CodigoLojaEcommerce", StringComparison.Ordinal));
        Assert.Equal("2", created.Record.EcommerceStoreCode);
        Assert.Equal("2", (string?)erpOrders!.AsArray().Single(o => (string?)o!["customerOrderId"] == "S-0002")!["storeCode"]); // the ERP took it as store 2's
    }
}
