namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>The payment-method rules of the TOTVS guide (domain rules §4).</summary>
public static class PaymentMethodRules
{
    /// <summary>The origin of titles integrated from a sales order.</summary>
    public const string SalesOrderTitleOrigin = "PEDVDA";

    /// <summary>Where an espécie's Contabilização and Gera Antecipação are set.</summary>
    internal const string EspecieProgram = "Espécie de Documento (Contas a Receber)";

    /// <summary>Where a portador's bank and its carteiras are registered.</summary>
    internal const string PortadorProgram = "Portador / Carteira (Contas a Receber)";

    /// <summary>Where a store's payment methods are registered.</summary>
    internal const string PaymentMethodProgram = "Cadastro de Métodos de Pagamento E-commerce";

    private static readonly PaymentSetting[] SlipRequired = [PaymentSetting.Especie, PaymentSetting.SerieFiscal, PaymentSetting.Portador, PaymentSetting.Carteira];
    private static readonly PaymentSetting[] CustomerAndRepresentative = [PaymentSetting.Customer, PaymentSetting.Representative];

    private static readonly PaymentMethodPolicy[] Policies =
    [
        new(PaymentMethodType.Boleto, ReceivableIntegration.SalesOrder, BillingRelease.WhenTitleSettled, SlipRequired, CustomerAndRepresentative),
        new(PaymentMethodType.BankTransfer, ReceivableIntegration.SalesOrder, BillingRelease.WhenTitleSettled, SlipRequired, CustomerAndRepresentative),
        new(PaymentMethodType.CreditCard, ReceivableIntegration.Invoice, BillingRelease.Immediately,
            [PaymentSetting.Portador, PaymentSetting.Carteira, PaymentSetting.CardAdministrator, PaymentSetting.CardBrand], [PaymentSetting.Representative]),
        new(PaymentMethodType.Invoiced, ReceivableIntegration.Invoice, BillingRelease.AfterCreditApproval,
            [PaymentSetting.Portador, PaymentSetting.Carteira], CustomerAndRepresentative),
    ];

    /// <summary>
    /// The payment method type of a sale. Seed 001: Faturado "deverá ser o tipo de método de pagamento quando se estiver
    /// trabalhando com Marketplaces" — a marketplace collects from the buyer and pays the store, so whatever the buyer
    /// paid with (card, boleto, PIX) the ERP sees Faturado. Store sales keep their own type.
    /// </summary>
    /// <param name="buyerPayment">What the buyer paid with.</param>
    /// <param name="throughMarketplace">Whether the sale came through a marketplace (the order has an intermediary).</param>
    /// <returns>The type to send.</returns>
    public static PaymentMethodType ForSale(PaymentMethodType buyerPayment, bool throughMarketplace) =>
        throughMarketplace ? PaymentMethodType.Invoiced : buyerPayment;

    /// <summary>Every type's policy, one per row of the guide's table.</summary>
    public static IReadOnlyList<PaymentMethodPolicy> All => Policies;

    /// <summary>The policy of a type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Where its receivable goes, when its orders are released, and its settings.</returns>
    public static PaymentMethodPolicy PolicyOf(PaymentMethodType type) =>
        Policies.FirstOrDefault(p => p.Type == type) ?? throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown payment method type.");

    /// <summary>Checks a method's settings: the required ones set, and for boleto/transfer an espécie that does not account and generates the advance.</summary>
    /// <param name="method">The method.</param>
    /// <returns>Every broken rule; empty when the method is usable.</returns>
    public static IReadOnlyList<ConfigurationProblem> Validate(PaymentMethodConfiguration method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var policy = PolicyOf(method.Type);
        var problems = policy.RequiredSettings
            .Where(setting => string.IsNullOrWhiteSpace(method.ValueOf(setting)))
            .Select(setting => new ConfigurationProblem(
                $"PaymentMethods[{method.Code}].{setting}",
                $"{setting} is required for a {method.Type} payment method; set it in the e-commerce payment method register.")
            { Program = setting is PaymentSetting.CardAdministrator && method.Type == PaymentMethodType.CreditCard ? "ACR002AA" : PaymentMethodProgram })
            .ToList();

        if (policy.Receivable == ReceivableIntegration.SalesOrder)
        {
            if (method.EspecieAccounts)
            {
                problems.Add(new ConfigurationProblem($"PaymentMethods[{method.Code}].Especie",
                    $"The espécie of a {method.Type} method must have Contabilização = Não: the title is an advance until the invoice.")
                { Program = EspecieProgram });
            }

            if (!method.EspecieGeneratesAdvance)
            {
                problems.Add(new ConfigurationProblem($"PaymentMethods[{method.Code}].Especie",
                    $"The espécie of a {method.Type} method must have Gera Antecipação = Sim: settling it creates the PEDVDA advance that pays the invoice.")
                { Program = EspecieProgram });
            }
        }

        if (method.Type == PaymentMethodType.Boleto && method.IssuingBank is { Length: > 0 } bank)
        {
            foreach (var (setting, settingBank) in new[] { (PaymentSetting.Portador, method.PortadorBank), (PaymentSetting.Carteira, method.CarteiraBank) })
            {
                if (settingBank is { Length: > 0 } && !string.Equals(settingBank.TrimStart('0'), bank.TrimStart('0'), StringComparison.Ordinal))
                {
                    problems.Add(new ConfigurationProblem($"PaymentMethods[{method.Code}].{setting}",
                        $"The {setting} is of bank {settingBank}, but the platform's boletos are issued by bank {bank}: use a portador and carteira of bank {bank}, or the bank's return file cannot settle the titles.")
                    { Program = PortadorProgram });
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Whether a title can be reversed (ACR546AA, "Somente títulos origem PEDVDA"): only unpaid titles of origin
    /// PEDVDA of boleto or transfer orders; reversing one cancels its order.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <returns>The rejection, or <see langword="null"/> when the title can be reversed (and its order cancelled).</returns>
    public static Rejection? CheckTitleReversal(ReceivableTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (!string.Equals(title.Origin, SalesOrderTitleOrigin, StringComparison.OrdinalIgnoreCase)
            || PolicyOf(title.PaymentType).Receivable != ReceivableIntegration.SalesOrder)
        {
            return new Rejection(TotvsErrorCodes.OrderNotCancellable,
                $"Only titles of origin {SalesOrderTitleOrigin} (boleto or transfer orders) can be reversed; this one is of origin {title.Origin} ({title.PaymentType}).")
            {
                PortugueseMessage = $"Somente títulos de origem {SalesOrderTitleOrigin} (pedidos com boleto ou transferência) podem ser estornados.",
            };
        }

        return title.IsPaid
            ? new Rejection(TotvsErrorCodes.OrderNotCancellable, "The title has been paid; only unpaid titles are reversed. Refund the customer instead.")
            {
                PortugueseMessage = "O título já foi pago; somente títulos não pagos são estornados.",
            }
            : null;
    }
}
