using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

public sealed class ErrorMappingTests
{
    [Fact]
    public async Task Malformed_JSON_from_the_server_is_a_TotvsApiException_naming_route_and_status()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).RespondWithMalformedJson();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Families.ListAsync());

        Assert.Contains("GET cdp/v1/businessFamilyPublic/ecommerce", error.Message, StringComparison.Ordinal);
        Assert.Contains("200", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, error.StatusCode);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Theory]
    [InlineData("""{"code":57382,"message":"Natureza não encontrada"}""")]
    [InlineData("""{"code":"57382","message":"Natureza não encontrada","details":[{"code":"1","message":"x"}]}""")]
    public async Task The_error_code_is_read_as_a_string_or_a_number(string body)
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (500, body)));

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => client.Families.ListAsync());

        Assert.Equal("57382", error.Code);
        Assert.Equal("Natureza não encontrada", error.ServerMessage);
    }

    [Fact]
    public async Task Legacy_rowErrors_map_to_the_same_exception_with_every_row_in_Details()
    {
        const string body = """
            {"rowErrors":[
              {"errorNumber":17006,"errorDescription":"Cliente não cadastrado","errorSubType":"ERROR","errorType":"EMS","errorHelp":"Cadastre o cliente"},
              {"errorNumber":"15825","errorDescription":"Aviso qualquer","errorSubType":"WARNING"}]}
            """;
        var client = StubHandler.CreateClient(new StubHandler(_ => (400, body)));

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => client.Families.ListAsync());

        Assert.Equal("17006", error.Code);
        Assert.Equal("Cliente não cadastrado", error.ServerMessage);
        Assert.Equal(["17006", "15825"], error.Error!.Details.Select(d => d.Code));
    }

    [Fact]
    public async Task Datasul_9999_query_timeout_is_transient()
    {
        const string body = """{"rowErrors":[{"errorNumber":9999,"errorDescription":"Consulta excedeu 60 segundos","errorSubType":"ERROR"}]}""";
        var client = StubHandler.CreateClient(new StubHandler(_ => (500, body)));

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync());

        Assert.True(error.IsTransient);
        Assert.IsNotType<TotvsBusinessRuleException>(error);
    }

    [Fact]
    public async Task A_403_is_an_authorization_error_distinct_from_authentication()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (403, """{"code":"403","message":"Usuário sem permissão"}""")));

        var error = await Assert.ThrowsAsync<TotvsAuthorizationException>(() => client.Families.GetAsync("FER"));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_messages_carry_no_query_values()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (400, """{"code":"X","message":"Bad"}""")));

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(
            () => client.Families.ListAsync(new FamilyListOptions { StoreCode = "secret-store-42" }));

        Assert.DoesNotContain("secret-store-42", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("cdp/v1/businessFamilyPublic/ecommerce", error.RequestPath);
    }

    [Fact]
    public async Task An_answer_over_the_size_cap_is_refused_with_what_to_do()
    {
        var huge = "{\"hasNext\":false,\"items\":[" + string.Join(',', Enumerable.Repeat("{\"categoryParentCode\":\"ABCDEFGHIJ\"}", 5000)) + "]}";
        var client = StubHandler.CreateClient(new StubHandler(_ => (200, huge)), o => o.MaxResponseBodyBytes = 64 * 1024);

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => client.Families.ListAsync());

        Assert.Contains("MaxResponseBodyBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("PageSize", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }
}
