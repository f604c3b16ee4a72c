using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>The checks a customer must pass before it is sent; the fake server runs the same ones.</summary>
public static class CustomerValidation
{
    /// <summary>Checks a customer to create or update.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>Every problem, field by field; empty when the customer can be sent.</returns>
    public static IReadOnlyList<RecordProblem> Validate(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var problems = new List<RecordProblem>();
        FieldRules.Text(problems, "ShortName", customer.ShortName, 12, required: true);
        FieldRules.Text(problems, "CustomerName", customer.CustomerName, 80, required: true);
        FieldRules.Text(problems, "Address", customer.Address, 40, required: true);
        FieldRules.Text(problems, "Country", customer.Country, 20, required: true);
        if (customer.CustomerGroup <= 0)
        {
            problems.Add(new RecordProblem("CustomerGroup", "CustomerGroup is required: the CD0701 group of the customer."));
        }

        FieldRules.Range(problems, "Modality", customer.Modality, 1, 9, required: true);
        if (customer.RepresentativeCode <= 0)
        {
            problems.Add(new RecordProblem("RepresentativeCode", "RepresentativeCode is required."));
        }

        FieldRules.Range(problems, "EntityType", customer.EntityType, 1, 4, required: false);
        FieldRules.Range(problems, "Credit", customer.Credit, 1, 5, required: false);
        FieldRules.Document(problems, "PersonalId", customer.PersonalId, required: customer.EntityType is 1 or 2);
        if (CpfOrCnpj.TryParse(customer.PersonalId, out var document) && customer.EntityType is { } type && type != (document.IsCpf ? 1 : 2))
        {
            problems.Add(new RecordProblem("EntityType", $"EntityType {type} does not match the document: a CPF is 1 (Pessoa Física), a CNPJ 2 (Pessoa Jurídica)."));
        }

        FieldRules.State(problems, "State", customer.State);
        FieldRules.ZipCode(problems, "ZipCode", customer.ZipCode);
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
            throw new TotvsValidationException($"customer '{customer.ShortName}'", problems);
        }
    }
}
