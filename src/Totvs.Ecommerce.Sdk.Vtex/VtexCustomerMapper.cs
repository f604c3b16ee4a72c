using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// Maps the buyer of a VTEX order (profile and shipping address) to a Datasul customer, for a connector that registers
/// customers before their orders (<c>client.Customers.CreateAsync</c>) instead of letting order intake create them from the
/// default group with only a document and a short name.
/// </summary>
public static class VtexCustomerMapper
{
    /// <summary>The Datasul customer of a VTEX order's buyer.</summary>
    /// <param name="vtex">The VTEX order.</param>
    /// <param name="group">
    /// The store's default customer group (PD0309): its group, modalidade, portador, natureza, representante, atividade and
    /// tipo de receita. Its discount percentage has no field in customerPublic: Datasul applies it to the customer's orders.
    /// </param>
    /// <param name="options">The naming rules (<see cref="VtexMappingOptions.ShortNameOf"/>); the defaults when <see langword="null"/>.</param>
    /// <param name="ibgeCodeOf">The IBGE code of a city and UF, when the connector knows it (e.g. from a CEP service); <see langword="null"/> otherwise.</param>
    /// <returns>The customer: CPF or CNPJ, entity type, name, address, UF, CEP digits.</returns>
    /// <exception cref="TotvsValidationException">The buyer's document, UF or CEP cannot be mapped; every one is named.</exception>
    public static Customer ToDatasulCustomer(VtexOrder vtex, DefaultCustomerGroup group, VtexMappingOptions? options = null, Func<string, Uf, int?>? ibgeCodeOf = null)
    {
        ArgumentNullException.ThrowIfNull(vtex);
        ArgumentNullException.ThrowIfNull(group);
        options ??= new VtexMappingOptions();
        var problems = new List<RecordProblem>();
        var profile = vtex.ClientProfileData;
        var rawDocument = profile?.IsCorporate == true ? profile.CorporateDocument : profile?.Document;
        if (!CpfOrCnpj.TryParse(rawDocument, out var document, out var documentError))
        {
            problems.Add(new RecordProblem(profile?.IsCorporate == true ? "clientProfileData.corporateDocument" : "clientProfileData.document", documentError));
        }

        var address = vtex.ShippingData?.Address;
        Uf? uf = null;
        if (address?.State is not null && !Uf.TryParse(address.State, out uf))
        {
            problems.Add(new RecordProblem("shippingData.address.state", $"'{address.State}' is not a Brazilian UF."));
        }

        Cep cep = default;
        if (address?.PostalCode is not null && !Cep.TryParse(address.PostalCode, out cep))
        {
            problems.Add(new RecordProblem("shippingData.address.postalCode", $"'{address.PostalCode}' is not a CEP."));
        }

        if (problems.Count > 0)
        {
            throw new TotvsValidationException($"VTEX buyer of order '{vtex.OrderId}'", problems);
        }

        var name = $"{profile?.FirstName} {profile?.LastName}".Trim();
        return new Customer
        {
            ShortName = options.ShortNameOf(document.Value),
            CustomerName = name.Length == 0 ? document.Value : name.Length <= 80 ? name : name[..80],
            PersonalId = document.Value,
            EntityType = document.IsCpf ? EntityType.Individual : EntityType.Company,
            CustomerGroup = group.Group,
            Modality = (CollectionModality)(group.Modality ?? (int)CollectionModality.SimpleCollection),
            RepresentativeCode = int.TryParse(group.Representative, out var representative) ? representative : 1,
            Holder = int.TryParse(group.Portador, out var holder) ? holder : null,
            TransactionType = group.Natureza,
            ActivityBranch = group.Activity,
            StandardRevenue = int.TryParse(group.RevenueType, out var revenue) ? revenue : null,
            Country = "Brasil",
            Address = address is null ? "-" : $"{address.Street}, {address.Number}".Trim(' ', ','),
            Neighborhood = address?.Neighborhood,
            City = address?.City,
            State = uf?.Code,
            ZipCode = cep.IsEmpty ? null : cep.Value,
            IbgeCode = address?.City is { } city && uf is { } state ? ibgeCodeOf?.Invoke(city, state) : null,
            DeliveryPlaces = options.DeliverToCustomerPlace && address is not null ? [Place(address, uf, cep, ibgeCodeOf)] : null,
        };
    }

    /// <summary>
    /// The VTEX order's shipping address as a delivery place of the buyer (customerPublic <c>DeliveryPlaces</c>, CD1507), with
    /// the code <see cref="VtexOrderMapper"/> names on the order when <see cref="VtexMappingOptions.DeliverToCustomerPlace"/> is
    /// set: add it to a customer the ERP already has (<c>Customers.PatchAsync</c>) before sending the order.
    /// </summary>
    /// <param name="vtex">The VTEX order.</param>
    /// <param name="ibgeCodeOf">The IBGE code of a city and UF, when the connector knows it; <see langword="null"/> otherwise.</param>
    /// <returns>The delivery place: its code (the CEP's digits and the number's), address, neighbourhood, city, UF and CEP.</returns>
    /// <exception cref="TotvsValidationException">The order has no shipping address, or its UF or CEP cannot be mapped.</exception>
    public static DeliveryPlace ToDeliveryPlace(VtexOrder vtex, Func<string, Uf, int?>? ibgeCodeOf = null)
    {
        ArgumentNullException.ThrowIfNull(vtex);
        var address = vtex.ShippingData?.Address;
        var problems = new List<RecordProblem>();
        Uf? uf = null;
        Cep cep = default;
        if (address is null)
        {
            problems.Add(new RecordProblem("shippingData.address", "The order has no shipping address."));
        }
        else
        {
            if (!Uf.TryParse(address.State, out uf))
            {
                problems.Add(new RecordProblem("shippingData.address.state", $"'{address.State}' is not a Brazilian UF."));
            }

            if (!Cep.TryParse(address.PostalCode, out cep))
            {
                problems.Add(new RecordProblem("shippingData.address.postalCode", $"'{address.PostalCode}' is not a CEP."));
            }
        }

        if (problems.Count > 0)
        {
            throw new TotvsValidationException($"VTEX shipping address of order '{vtex.OrderId}'", problems);
        }

        return Place(address!, uf, cep, ibgeCodeOf);
    }

    /// <summary>The delivery code of an address: the CEP's digits and the number's, at most 12 (<c>cod-entrega</c>); the same address, the same code.</summary>
    internal static string DeliveryCodeOf(VtexAddress address, Cep cep)
    {
        var code = (cep.IsEmpty ? string.Empty : cep.Value) + new string((address.Number ?? string.Empty).Where(char.IsAsciiLetterOrDigit).ToArray());
        return code.Length == 0 ? "VTEX" : code.Length <= 12 ? code : code[..12];
    }

    private static DeliveryPlace Place(VtexAddress address, Uf? uf, Cep cep, Func<string, Uf, int?>? ibgeCodeOf) => new()
    {
        DeliveryCode = DeliveryCodeOf(address, cep),
        Address = $"{address.Street}, {address.Number}".Trim(' ', ','),
        Neighborhood = address.Neighborhood,
        City = address.City,
        State = uf?.Code,
        ZipCode = cep.IsEmpty ? null : cep.Value,
        IbgeCode = address.City is { } city && uf is { } state ? ibgeCodeOf?.Invoke(city, state) : null,
    };
}
