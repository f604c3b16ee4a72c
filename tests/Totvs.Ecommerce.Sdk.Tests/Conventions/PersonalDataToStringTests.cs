using System.Reflection;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>
/// A record's <c>ToString</c> ends up in logs (<c>logger.LogInformation("{Order}", order)</c>, an exception message, a
/// debugger's watch pasted into a ticket): no public record of the SDK prints a name, a document, an address, an e-mail
/// or a phone. Every public record is built with a marker in each text property; none of the personal ones may show.
/// </summary>
public sealed partial class PersonalDataToStringTests
{
    public static TheoryData<Type> Records() => new(PersonalRecords());

    private static IEnumerable<Type> PersonalRecords() => typeof(TotvsEcommerceClient).Assembly.GetExportedTypes().Concat(typeof(Totvs.Ecommerce.Sdk.Vtex.VtexOrderMapper).Assembly.GetExportedTypes())
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethod("<Clone>$") is not null && t.GetConstructor(Type.EmptyTypes) is not null)
        .Where(t => PersonalProperties(t).Any())
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void The_records_that_hold_personal_data_are_found()
    {
        var found = PersonalRecords().Select(t => t.Name).ToList();

        Assert.Contains("Order", found);
        Assert.Contains("Customer", found);
        Assert.Contains("OrderDeliveryAddress", found);
        Assert.Contains("VtexAddress", found);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void ToString_shows_no_personal_data(Type record)
    {
        var instance = Activator.CreateInstance(record)!;
        foreach (var property in TextProperties(record))
        {
            property.SetValue(instance, Marker(property));
        }

        var text = instance.ToString()!;

        Assert.All(PersonalProperties(record), property => Assert.DoesNotContain(Marker(property), text, StringComparison.Ordinal));
        Assert.StartsWith(record.Name, text, StringComparison.Ordinal); // still says what it is
    }

    private static string Marker(PropertyInfo property) => $"<{property.Name}-marker>";

    private static IEnumerable<PropertyInfo> TextProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.SetMethod?.IsPublic == true);

    private static IEnumerable<PropertyInfo> PersonalProperties(Type type) => TextProperties(type).Where(p => Personal().IsMatch(p.Name));

    // Names of people, documents (CPF/CNPJ, RG, IE), addresses, e-mails and phones, as the wire models name them.
    [GeneratedRegex("^(ShortName|.*PersonName|CustomerName|FirstName|LastName|ParentName|ContactName|Name|FullName|CorporateName|TradeName|.*PersonalId|.*Document|.*Email|.*Phone.*|Street|.*Address|.*ZipCode|PostalCode|Neighborhood|Complement|Number|Reference|ReceiverName)$")]
    private static partial Regex Personal();
}
