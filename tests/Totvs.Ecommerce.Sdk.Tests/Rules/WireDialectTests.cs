using System.Text.Json;
using NodaTime;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Preflight;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Tests.Rules;

/// <summary>One record against the metadata it is read with: each kind of difference the go-live check reports.</summary>
public sealed class WireDialectTests
{
    private static readonly JsonSerializerOptions Read = TotvsJson.CreateReadOptions(DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]);

    private static List<PreflightFinding> Compare<T>(string entry, string json) =>
        WireDialect.Compare(entry, Read.GetTypeInfo(typeof(T)), TotvsJsonContext.Default.GetTypeInfo(typeof(T))!, JsonDocument.Parse(json).RootElement.Clone()).ToList();

    [Fact]
    public void Another_JSON_type_is_named_with_what_the_SDK_reads()
    {
        var findings = Compare<Family>("Families", """{"categoryParentCode": 12, "categoryErpDesc": "Ferramentas", "isActive": "sim"}""");

        Assert.Equal(["Families.categoryParentCode", "Families.isActive"], findings.Select(f => f.Subject).Order(StringComparer.Ordinal));
        Assert.Contains("reads it as a boolean", findings.Single(f => f.Subject == "Families.isActive").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_where_a_published_schema_has_text_is_no_difference_the_SDK_reads_its_digits()
    {
        var findings = Compare<Order>("Orders", """{"CustomerOrderId": 98765, "ShortName": "LOJA", "EmissionDate": "2026-11-20", "ImplantationDate": "2026-11-20", "OrderItems": [], "BranchId": 1}""");

        Assert.Empty(findings);
    }

    [Fact]
    public void A_field_the_SDK_needs_missing_without_a_look_alike_is_named()
    {
        var findings = Compare<Family>("Families", """{"categoryErpDesc": "Ferramentas", "codigoFamilia": "FER"}""");

        Assert.Contains(findings, f => f.Subject == "Families.categoryParentCode" && f.Message.Contains("which the SDK needs", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Subject == "Families.codigoFamilia");
    }
}
