using System.Globalization;
using Bogus;
using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Testing.Seeding;

/// <summary>
/// Generates realistic sales data with Bogus, deterministic by seed, for consumers' own tests: customers with
/// valid CPF/CNPJ and CEP, orders for the items of a catalog, and NF-e access keys with valid check digits.
/// Not thread-safe: use one generator per test.
/// </summary>
public sealed class FakeSalesGenerator
{
    private static readonly (string Code, PaymentMethodType Type)[] PaymentMethods =
        [("BOLETO", PaymentMethodType.Boleto), ("TRANSFERENCIA", PaymentMethodType.BankTransfer), ("CARTAO", PaymentMethodType.CreditCard), ("FATURADO", PaymentMethodType.Invoiced)];

    private readonly Faker faker;
    private int orderSequence;
    private int invoiceSequence;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed; the same seed gives the same data.</param>
    public FakeSalesGenerator(int seed = 42) => faker = new Faker("pt_BR") { Random = new Randomizer(seed) };

    /// <summary>A valid CPF.</summary>
    /// <returns>The CPF.</returns>
    public Cpf Cpf()
    {
        while (true)
        {
            var digits = faker.Random.ReplaceNumbers("#########");
            if (digits.Distinct().Count() > 1)
            {
                return Domain.Identifiers.Cpf.FromBase(digits);
            }
        }
    }

    /// <summary>A valid CNPJ, alphanumeric when <paramref name="alphanumeric"/> is set.</summary>
    /// <param name="alphanumeric">Whether to use the form in force from July 2026.</param>
    /// <returns>The CNPJ.</returns>
    public Cnpj Cnpj(bool alphanumeric = false) =>
        Domain.Identifiers.Cnpj.FromBase(alphanumeric ? faker.Random.String2(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "0001" : faker.Random.ReplaceNumbers("########") + "0001");

    /// <summary>A person as an ERP customer, with a valid CPF, UF and CEP.</summary>
    /// <returns>The customer (without <see cref="Customer.CustomerCode"/>).</returns>
    public Customer Customer()
    {
        var cpf = Cpf();
        var name = faker.Name.FullName();
        return new Customer
        {
            ShortName = cpf.Value,
            CustomerName = name.Length <= 80 ? name : name[..80],
            CustomerGroup = 10,
            Modality = CollectionModality.SimpleCollection,
            RepresentativeCode = 1,
            Country = "Brasil",
            Address = Truncate(faker.Address.StreetAddress(), 40),
            EntityType = EntityType.Individual,
            PersonalId = cpf.Value,
            City = faker.Address.City(),
            State = faker.PickRandom<Uf>(Uf.All).Code,
            ZipCode = faker.Random.ReplaceNumbers("########"),
            Email = faker.Internet.Email(),
        };
    }

    /// <summary>An order of 1 to 3 of the given items, for a new customer, paid with one of the store's default methods.</summary>
    /// <param name="items">The items to choose from, with their prices (e.g. from the fake's generated catalog).</param>
    /// <param name="storeCode">The store.</param>
    /// <param name="day">The day the order is placed and enters the ERP.</param>
    /// <returns>The order, valid for <see cref="OrderValidation"/>.</returns>
    public Order Order(IReadOnlyList<(string ItemCode, decimal Price)> items, string storeCode, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        var customer = Customer();
        var (code, type) = faker.PickRandom(PaymentMethods);
        var chosen = faker.PickRandom(items, faker.Random.Int(1, Math.Min(3, items.Count))).ToList();
        var number = ++orderSequence;
        return new Order
        {
            CustomerOrderId = $"G{number.ToString("D8", CultureInfo.InvariantCulture)}",
            ShortName = customer.ShortName,
            EmissionDate = day,
            ImplantationDate = day,
            EcommerceCustomerPersonalId = CpfOrCnpj.Parse(customer.PersonalId!),
            EcommerceDeliveryAddress = new OrderDeliveryAddress { Street = customer.Address, City = customer.City, State = Uf.Parse(customer.State!), ZipCode = Cep.Parse(customer.ZipCode!) },
            EcommerceStoreCode = storeCode,
            EcommerceOrderId = $"{faker.Random.ReplaceNumbers("#############")}-01",
            PaymentMethod = new OrderPaymentMethod
            {
                Type = type,
                Code = code,
                Installments = 1,
                BankSlipNumber = type == PaymentMethodType.Boleto ? faker.Random.ReplaceNumbers("###########") : null,
            },
            OrderItems = chosen.Select(item => new OrderItem { ItemCode = ItemCode.Parse(item.ItemCode), OriginalPrice = item.Price, QuantityBilling = faker.Random.Int(1, 3) }).ToList(),
        };
    }

    /// <summary>An NF-e access key with a valid check digit, issued in São Paulo by the given company.</summary>
    /// <param name="issuer">The issuer's CNPJ.</param>
    /// <param name="month">The month of issue.</param>
    /// <returns>The key.</returns>
    public NfeAccessKey AccessKey(Cnpj issuer, YearMonth month) =>
        NfeAccessKey.Create(Uf.Parse("SP"), month, CpfOrCnpj.From(issuer), NfeAccessKey.NfeModel, 1, ++invoiceSequence, 1, faker.Random.Int(0, 99_999_999));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
