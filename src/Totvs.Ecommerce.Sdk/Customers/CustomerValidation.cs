using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>The checks a customer must pass before it is sent; the fake server runs the same ones.</summary>
internal static class CustomerValidation
{
    /// <summary>Checks a customer to create or update.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>Every problem, field by field; empty when the customer can be sent.</returns>
    public static IReadOnlyList<RecordProblem> Validate(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var problems = new List<RecordProblem>();
        FieldRules.Text(problems, CustomerFields.ShortName, customer.ShortName, 12, required: true);
        FieldRules.Text(problems, CustomerFields.CustomerName, customer.CustomerName, 80, required: true);
        FieldRules.Text(problems, CustomerFields.Address, customer.Address, 40, required: true);
        FieldRules.Text(problems, CustomerFields.Country, customer.Country, 20, required: true);

        // The published lengths, where they are plausible (the schema's Email 12 and StateRegistration 4 are slips:
        // StateRegistration is held to the 19 of DeliveryPlaces, e-mails to their own check below).
        foreach (var (field, value, length) in new[]
        {
            (CustomerFields.ActivityBranch, customer.ActivityBranch, 12), (CustomerFields.BankBranch, customer.BankBranch, 8),
            (CustomerFields.BillingAddress, customer.BillingAddress, 40), (CustomerFields.BillingCity, customer.BillingCity, 50),
            (CustomerFields.BillingCountry, customer.BillingCountry, 20), (CustomerFields.BillingNeighborhood, customer.BillingNeighborhood, 30),
            (CustomerFields.BillingPersonalId, customer.BillingPersonalId, 19), (CustomerFields.BillingState, customer.BillingState, 4),
            (CustomerFields.BillingZipCode, customer.BillingZipCode, 12), (CustomerFields.CheckingAccount, customer.CheckingAccount, 20),
            (CustomerFields.City, customer.City, 50), (CustomerFields.Comments, customer.Comments, 2000),
            (CustomerFields.DeliveryCode, customer.DeliveryCode, 12), (CustomerFields.HomePage, customer.HomePage, 40),
            (CustomerFields.InterstateTransactionType, customer.InterstateTransactionType, 6), (CustomerFields.Neighborhood, customer.Neighborhood, 30),
            (CustomerFields.NfeEmail, customer.NfeEmail, 500), (CustomerFields.ParentName, customer.ParentName, 12),
            (CustomerFields.PersonalId, customer.PersonalId, 19), (CustomerFields.PriceTable, customer.PriceTable, 8),
            (CustomerFields.ProductLine, customer.ProductLine, 8), (CustomerFields.InssRegistration, customer.InssRegistration, 20),
            (CustomerFields.ShortRegion, customer.ShortRegion, 12), (CustomerFields.State, customer.State, 4),
            (CustomerFields.StateRegistration, customer.StateRegistration, 19), (CustomerFields.TradeName, customer.TradeName, 60),
            (CustomerFields.TransactionType, customer.TransactionType, 6), (CustomerFields.ZipCode, customer.ZipCode, 12),
            (CustomerFields.Telefax, customer.Telefax, 15), (CustomerFields.Telex, customer.Telex, 15),
        })
        {
            FieldRules.Text(problems, field, value, length, required: false);
        }

        if (customer.CustomerGroup <= 0)
        {
            problems.Add(new RecordProblem(CustomerFields.CustomerGroup, "CustomerGroup is required: the CD0701 group of the customer."));
        }

        FieldRules.Range(problems, CustomerFields.Modality, (int)customer.Modality, 1, 9, required: true);
        if (customer.RepresentativeCode <= 0)
        {
            problems.Add(new RecordProblem(CustomerFields.RepresentativeCode, "RepresentativeCode is required."));
        }

        FieldRules.Range(problems, CustomerFields.EntityType, (int?)customer.EntityType, 1, 4, required: false);
        FieldRules.Range(problems, CustomerFields.Credit, (int?)customer.Credit, 1, 5, required: false);
        FieldRules.Document(problems, CustomerFields.PersonalId, customer.PersonalId, required: customer.EntityType is EntityType.Individual or EntityType.Company);
        if (CpfOrCnpj.TryParse(customer.PersonalId, out var document) && customer.EntityType is { } type
            && type != (document.IsCpf ? EntityType.Individual : EntityType.Company))
        {
            problems.Add(new RecordProblem(CustomerFields.EntityType,
                $"EntityType {(int)type} does not match the document: a CPF is 1 (Pessoa Física), a CNPJ 2 (Pessoa Jurídica)."));
        }

        FieldRules.State(problems, CustomerFields.State, customer.State);
        FieldRules.ZipCode(problems, CustomerFields.ZipCode, customer.ZipCode);
        foreach (var (field, email) in new[] { ("Email", customer.Email), ("NFeEmail", customer.NfeEmail) })
        {
            if (!string.IsNullOrWhiteSpace(email) && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 80))
            {
                problems.Add(new RecordProblem(field, $"{field} '{email}' is not an e-mail address."));
            }
        }

        return problems;
    }

    /// <summary>Throws <see cref="TotvsValidationException"/> when the customer breaks a rule.</summary>
    /// <param name="customer">The customer.</param>
    public static void ThrowIfInvalid(Customer customer)
    {
        var problems = Validate(customer);
        if (problems.Count > 0)
        {
            throw new TotvsValidationException("customer", problems);
        }
    }
}
