using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// The ERP's admission rules run by the client before it sends a store order, over what the app's
/// <see cref="ErpEcommerceConfiguration"/> knows: a doomed order is refused with Datasul's code and nothing is sent.
/// </summary>
internal static class LocalAdmission
{
    /// <summary>Throws what Datasul would answer when the configuration already refuses the order; does nothing without one.</summary>
    /// <param name="configuration">The ERP's configuration, or <see langword="null"/>.</param>
    /// <param name="order">The order, already valid field by field.</param>
    /// <param name="route">The orders route, named in the exception as the call that was not made.</param>
    /// <exception cref="TotvsBusinessRuleException">The configuration refuses the order: the first rejection's code, every rejection in the details.</exception>
    public static void ThrowIfRefused(ErpEcommerceConfiguration? configuration, Order order, string route)
    {
        if (configuration is null || OrderAdmissionMapper.IsPlainSale(order))
        {
            return;
        }

        var toAdmit = OrderAdmissionMapper.ToAdmission(order);
        var refusals = OrderAdmission.Refusals(new ConfiguredErpRegisters(configuration, toAdmit.StoreCode), toAdmit);
        if (refusals.Count == 0)
        {
            return;
        }

        var first = refusals[0];
        var error = new TotvsError(first.Code, first.Message, null, null, refusals.Select(r => new TotvsErrorDetail(r.Code, r.Message)).ToList());
        throw new TotvsBusinessRuleException(
            $"The order was not sent: the ERP's configuration given to the client refuses it with code {first.Code}. {first.Message}" +
            (refusals.Count > 1 ? $" ({refusals.Count - 1} more in Error.Details.)" : string.Empty) +
            $" Fix the cause and send again; see {TotvsException.ErrorCodesHelpLink} for what each code needs.",
            null, error, "POST", route);
    }
}
