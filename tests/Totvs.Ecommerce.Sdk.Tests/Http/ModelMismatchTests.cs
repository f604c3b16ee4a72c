using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>A record the SDK cannot read blames the right side: the field, what arrived, what the model expects, and the model as a possible cause.</summary>
public class ModelMismatchTests
{
    private const string OrderWithTextCarrier =
        """{"OrderId":1001,"CustomerOrderId":"V-1","ShortName":"JOAO","EmissionDate":"2026-03-01","ImplantationDate":"2026-03-01","CodeCarrier":"CORREIOS","OrderItems":[]}""";

    [Fact]
    public async Task A_list_record_that_does_not_fit_the_model_names_field_arrival_and_expectation()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (200, $$"""{"hasNext":false,"Orders":[{{OrderWithTextCarrier}}]}""")));

        var error = await Assert.ThrowsAsync<TotvsInvalidRecordException>(() => client.Orders.ListAsync());

        var problem = Assert.Single(error.Record.Problems);
        Assert.Equal("CodeCarrier", problem.Field);
        Assert.True(problem.DoesNotFitModel);
        Assert.Contains("string \"COR…\" (8 characters)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("whole JSON number", problem.Message, StringComparison.Ordinal);
        Assert.Contains("SDK's model of this resource the cause", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fix the record in the ERP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_that_breaks_a_rule_still_says_to_fix_it_in_the_ERP()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (200, """{"hasNext":false,"Orders":[{"CustomerOrderId":" ","ShortName":"JOAO"}]}""")));

        var error = await Assert.ThrowsAsync<TotvsInvalidRecordException>(() => client.Orders.ListAsync());

        Assert.False(Assert.Single(error.Record.Problems).DoesNotFitModel);
        Assert.Contains("Fix the record in the ERP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_record_that_does_not_fit_the_model_names_field_arrival_and_expectation()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (200, OrderWithTextCarrier)));

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Orders.GetAsync(1001));

        Assert.Contains("CodeCarrier: a JSON string \"COR…\" (8 characters) arrived where the SDK's model expects a whole JSON number", error.Message, StringComparison.Ordinal);
        Assert.Contains("the SDK's model the cause", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CORREIOS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_orders_carrier_and_IBGE_code_read_as_numbers_or_numeric_strings()
    {
        var client = StubHandler.CreateClient(new StubHandler(request => request.RequestUri!.AbsolutePath.Contains("customerPublic", StringComparison.Ordinal)
            ? (200, """{"CustomerCode":"5001","ShortName":"JOAO","CustomerName":"João","CustomerGroup":10,"Modality":1,"RepresentativeCode":1,"Country":"Brasil","Address":"-","IbgeCode":3550308,"ZipCode":1310100,"EntityType":"1","Credit":9}""")
            : (200, """{"OrderId":1001,"CustomerOrderId":123456,"ShortName":"JOAO","EmissionDate":"2026-03-01T00:00:00","ImplantationDate":"2026-03-01","CodeCarrier":"12","OrderSituation":"8","OrderItems":[]}""")));

        var order = await client.Orders.GetAsync(1001);
        var customer = await client.Customers.GetAsync(5001);

        Assert.Equal((12, "123456", (OrderSituation)8), (order.CodeCarrier, order.CustomerOrderId, order.OrderSituation));
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 1), order.EmissionDate);
        Assert.Equal((3550308, "1310100", 5001L, Customers.EntityType.Individual, (Totvs.Ecommerce.Sdk.Domain.Stores.CreditSituation)9),
            (customer.IbgeCode, customer.ZipCode, customer.CustomerCode, customer.EntityType, customer.Credit));
    }
}
