using System.Collections.Frozen;
using C = Totvs.Ecommerce.Sdk.TotvsErrorCodes;

namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>
/// Turns the code of a failed document (<c>DocumentSyncStatus.ErrorCode</c>, <c>TotvsApiException.Code</c>) into
/// <see cref="ErrorAdvice"/> an operator can act on, in Portuguese or English: which Datasul program to fix, or that the
/// connector retries by itself. The status page of <c>Totvs.Ecommerce.Sdk.AspNetCore</c> shows it; a connector may put it
/// in an alert too.
/// </summary>
public static class ErrorAdvisor
{
    private static readonly FrozenDictionary<string, (string Problem, string Fix, string Problema, string Correcao, bool Retried)> Known =
        new Dictionary<string, (string, string, string, string, bool)>(StringComparer.OrdinalIgnoreCase)
        {
            [C.NaturezaNotFound] = (
                "No natureza de operação was found: no suggestion rule of the store matches the order.",
                "Register a natureza suggestion rule for the store's sale (operation type, UF, customer group), or turn off the store's \"reject when no rule\" flag; then sync again.",
                "Nenhuma natureza de operação encontrada: nenhuma regra de sugestão da loja atende ao pedido.",
                "Cadastre uma regra de sugestão de natureza para a venda da loja (tipo de operação, UF, grupo de cliente) ou desmarque \"rejeitar sem regra\" na loja; depois sincronize novamente.",
                false),
            [C.ItemReferenceMissing] = (
                "An item controlled by reference has no reference linked.",
                "Link the item's references in CD1506, then sync again.",
                "Um item controlado por referência não tem referência vinculada.",
                "Vincule as referências do item no CD1506 e sincronize novamente.",
                false),
            [C.QueryTimeout] = (
                "Datasul took longer than 60 seconds to answer.",
                "Nothing to do: the connector tries again. If it lasts, ask the ERP team to check the AppServer's load.",
                "O Datasul levou mais de 60 segundos para responder.",
                "Nada a fazer: o conector tenta de novo. Se persistir, peça à equipe do ERP para verificar a carga do AppServer.",
                true),
            [C.CarrierNotMapped] = (
                "The store's carrier is not linked to any ERP carrier.",
                "Fill the \"ID E-commerce\" field of the carrier in CD0402 (aba Fretes), then sync again.",
                "A transportadora da loja não está vinculada a nenhum transportador do ERP.",
                "Preencha o campo \"ID E-commerce\" do transportador no CD0402 (aba Fretes) e sincronize novamente.",
                false),
            [C.IntermediaryNotRepresentative] = (
                "The marketplace is not registered as a representative.",
                "Register the marketplace as a representative in the ERP (cadastro de representantes), then sync again.",
                "O marketplace não está cadastrado como representante.",
                "Cadastre o marketplace como representante no ERP (cadastro de representantes) e sincronize novamente.",
                false),
            [C.PaymentMethodNotRegistered] = (
                "The order's payment method is not registered for the store.",
                "Register it in the Cadastro de Métodos de Pagamento E-commerce (mpd.html.paymentmethodecommerce), then sync again.",
                "O método de pagamento do pedido não está cadastrado para a loja.",
                "Cadastre-o no Cadastro de Métodos de Pagamento E-commerce (mpd.html.paymentmethodecommerce) e sincronize novamente.",
                false),
            [C.PaymentMethodIncomplete] = (
                "The store's payment method lacks a setting its type requires (espécie, série, portador, carteira…).",
                "Complete it in the Cadastro de Métodos de Pagamento E-commerce, then sync again.",
                "O método de pagamento da loja está incompleto (espécie, série, portador, carteira…).",
                "Complete-o no Cadastro de Métodos de Pagamento E-commerce e sincronize novamente.",
                false),
            [C.TradePolicyNotLinked] = (
                "The order's trade policy is not linked to a price table of the store.",
                "Link it with the \"Políticas Comerciais\" button of CD1508, then sync again.",
                "A política comercial do pedido não está vinculada a uma tabela de preço da loja.",
                "Vincule-a pelo botão \"Políticas Comerciais\" do CD1508 e sincronize novamente.",
                false),
            [C.ItemNotInStore] = (
                "An item of the order is not linked to the store.",
                "Link it in Categoria x Itens E-commerce, then sync again.",
                "Um item do pedido não está vinculado à loja.",
                "Vincule-o em Categoria x Itens E-commerce e sincronize novamente.",
                false),
            [C.PriceNotFound] = (
                "An item of the order has no price in the store's price tables.",
                "Price it in CD1508, then sync again.",
                "Um item do pedido não tem preço nas tabelas da loja.",
                "Informe o preço no CD1508 e sincronize novamente.",
                false),
            [C.InvalidDocument] = (
                "The customer's CPF/CNPJ is not valid.",
                "Correct it in the store (the ERP cannot), then sync again.",
                "O CPF/CNPJ do cliente é inválido.",
                "Corrija-o na loja (o ERP não pode) e sincronize novamente.",
                false),
            [C.StoreNotFound] = (
                "The store code is not registered in the Central de Configurações E-commerce.",
                "Register the store there, or fix the connector's store code.",
                "O código da loja não está cadastrado na Central de Configurações E-commerce.",
                "Cadastre a loja ou corrija o código de loja do conector.",
                false),
            [C.IntegrationDisabled] = (
                "The e-commerce integration is off in the ERP.",
                "Turn on the E-commerce parameter of CD0101 (aba Integr II), then sync again.",
                "A integração e-commerce está desativada no ERP.",
                "Ative o parâmetro E-commerce no CD0101 (aba Integr II) e sincronize novamente.",
                false),
            [C.StockAllocationConflict] = (
                "The store's stock allocation is misconfigured (e.g. a deposit shared with another store).",
                "Fix the store's deposits and allocation in the Central de Configurações E-commerce; give the store a deposit of its own.",
                "A alocação de estoque da loja está inconsistente (por exemplo, depósito compartilhado com outra loja).",
                "Corrija depósitos e alocação da loja na Central de Configurações E-commerce; use um depósito exclusivo.",
                false),
            [C.DeliveryUfInvalid] = (
                "The delivery address has no valid UF, so no natureza de operação can be chosen.",
                "Correct the delivery address in the store, then sync again.",
                "O endereço de entrega não tem UF válida; a natureza de operação não pode ser escolhida.",
                "Corrija o endereço de entrega na loja e sincronize novamente.",
                false),
            [C.DeliveryPlaceNotFound] = (
                "The order names a delivery place its customer does not have.",
                "Add the place to the customer (DeliveryPlaces, CD1507) or send the address with the order, then send it again.",
                "O pedido indica um local de entrega que o cliente não tem.",
                "Cadastre o local de entrega no cliente (CD1507) ou envie o endereço com o pedido, e envie-o novamente.",
                false),
            [C.NaturezaNotConfigured] = (
                "The establishment has no natureza de operação for this sale (intra- or inter-state, gift or not).",
                "Set it in the store's establishment settings, then sync again.",
                "O estabelecimento não tem natureza de operação para esta venda (dentro ou fora do estado, presente ou não).",
                "Informe-a nas configurações do estabelecimento da loja e sincronize novamente.",
                false),
            [C.EstablishmentNotInStore] = (
                "The order's establishment is not linked to the store.",
                "Link it in the store's settings, or send the store's establishment; then sync again.",
                "O estabelecimento do pedido não está vinculado à loja.",
                "Vincule-o nas configurações da loja ou envie o estabelecimento da loja; depois sincronize novamente.",
                false),
            [C.OrderKeyCollision] = (
                "Two store orders share one customer order number and would merge.",
                "Give the second order another customer order number; nothing was created.",
                "Dois pedidos da loja têm o mesmo número de pedido do cliente e seriam fundidos.",
                "Dê outro número de pedido do cliente ao segundo pedido; nada foi criado.",
                false),
            [C.CustomerKeyCollision] = (
                "Two customers share one short name: the ERP holds another person under the short name sent.",
                "Give the new customer another short name (e.g. add digits of the CPF); nothing was created.",
                "Dois clientes têm o mesmo nome abreviado: o ERP já tem outra pessoa com o nome abreviado enviado.",
                "Dê outro nome abreviado ao novo cliente (por exemplo, com dígitos do CPF); nada foi criado.",
                false),
            [C.CustomerGroupNotConfigured] = (
                "The store has no default customer group for a new customer, or the group has no \"à vista\" payment condition.",
                "Set the group in the store's settings and give it a cash condition (CD0701), then sync again.",
                "A loja não tem grupo de cliente padrão, ou o grupo não tem condição de pagamento à vista.",
                "Informe o grupo nas configurações da loja e dê a ele uma condição à vista (CD0701); depois sincronize novamente.",
                false),
            [C.CustomerNotInB2BStore] = (
                "The customer is not linked to this B2B store, which sells only to its customers.",
                "Link the customer to the store, then sync again.",
                "O cliente não está vinculado a esta loja B2B, que vende só aos seus clientes.",
                "Vincule o cliente à loja e sincronize novamente.",
                false),
            [C.CustomerNotRegistered] = (
                "The order's customer (its short name) is not registered in the ERP.",
                "Register the customer in CD0704 (emitente) or send the short name Datasul has, then send the order again.",
                "O cliente do pedido (nome abreviado) não está cadastrado no ERP.",
                "Cadastre o cliente no CD0704 (emitente) ou envie o nome abreviado que o Datasul tem, e envie o pedido novamente.",
                false),
            [C.ItemNotRegistered] = (
                "An item of the order is not in the ERP's item register.",
                "Register the item in CD0204, or map the product to the ERP's item code, then send the order again.",
                "Um item do pedido não está cadastrado no ERP.",
                "Cadastre o item no CD0204, ou mapeie o produto para o código do item no ERP, e envie o pedido novamente.",
                false),
            [C.ItemPricedZero] = (
                "A sold item of the order is priced 0.",
                "Map the price the customer paid, or send the item as a gift (IsGift) if it was one, then send the order again.",
                "Um item vendido do pedido tem preço 0.",
                "Envie o preço pago pelo cliente, ou envie o item como brinde (IsGift) se foi um, e envie o pedido novamente.",
                false),
            [C.OrderWithoutItems] = (
                "The order has no items.",
                "Check the order in the store; give it up if it is not a sale.",
                "O pedido não tem itens.",
                "Verifique o pedido na loja; desista dele se não for uma venda.",
                false),
            [C.MarketplacePaymentNotInvoiced] = (
                "A marketplace order came with a payment method that is not of type Faturado.",
                "Map marketplace orders to the store's Faturado payment method, then sync again.",
                "Um pedido de marketplace veio com método de pagamento que não é do tipo Faturado.",
                "Associe os pedidos de marketplace ao método Faturado da loja e sincronize novamente.",
                false),
            [C.OrderNotCancellable] = (
                "The order is invoiced and can no longer be cancelled.",
                "Cancel its invoice (NF-e) in the ERP first, then sync again.",
                "O pedido está faturado e não pode mais ser cancelado.",
                "Cancele primeiro a nota fiscal (NF-e) no ERP e sincronize novamente.",
                false),
            ["401"] = (
                "Datasul refused the connector's credentials.",
                "Fix the integration user's password or OAuth2 client in the connector's settings (Totvs:Ecommerce:Authentication).",
                "O Datasul recusou as credenciais do conector.",
                "Corrija a senha do usuário de integração ou o cliente OAuth2 nas configurações do conector (Totvs:Ecommerce:Authentication).",
                false),
            ["403"] = (
                "The integration user may not use this resource or store.",
                "Grant the integration user access to the e-commerce APIs and the store in the ERP.",
                "O usuário de integração não tem acesso a este recurso ou loja.",
                "Libere ao usuário de integração o acesso às APIs e-commerce e à loja no ERP.",
                false),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Problem, string Fix, string Problema, string Correcao) Transient = (
        "Datasul could not be reached or was busy (a time-out, an overload or a server failure).",
        "Nothing to do: the connector tries again. If it lasts, check the ERP's health above.",
        "O Datasul não respondeu ou estava ocupado (tempo esgotado, sobrecarga ou falha no servidor).",
        "Nada a fazer: o conector tenta de novo. Se persistir, verifique a saúde do ERP acima.");

    private static readonly (string Problem, string Fix, string Problema, string Correcao) InvalidData = (
        "The store's document cannot be sent as it is: a field breaks Datasul's rules.",
        "Correct the document in the store (the description says which field), then sync again.",
        "O documento da loja não pode ser enviado como está: um campo viola as regras do Datasul.",
        "Corrija o documento na loja (a descrição diz qual campo) e sincronize novamente.");

    /// <summary>The advice for a code, in the language asked for.</summary>
    /// <param name="code">A Datasul number, an SDK code (<see cref="TotvsErrorCodes"/>), an HTTP status, or a local error's type name.</param>
    /// <param name="language">A language tag: Portuguese for <c>pt</c>, <c>pt-BR</c> (the default), English for anything else.</param>
    /// <returns>The advice, or <see langword="null"/> when the code is unknown (show the failure's own description then).</returns>
    public static ErrorAdvice? For(string? code, string? language = "pt-BR")
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var portuguese = language is null || language.StartsWith("pt", StringComparison.OrdinalIgnoreCase);
        if (Known.TryGetValue(code, out var known))
        {
            return portuguese
                ? new ErrorAdvice(code, known.Problema, known.Correcao, known.Retried)
                : new ErrorAdvice(code, known.Problem, known.Fix, known.Retried);
        }

        var general = code switch
        {
            "408" or "429" or "500" or "502" or "503" or "504" or "HttpRequestException" or "TimeoutRejectedException" or "TaskCanceledException"
                or "BrokenCircuitException" or "IOException" => (Text: Transient, Retried: true),
            "TotvsValidationException" or "ArgumentException" or "FormatException" or "JsonException" or "InvalidDataException" => (Text: InvalidData, Retried: false),
            _ => default,
        };
        return general.Text.Problem is null
            ? null
            : new ErrorAdvice(code, portuguese ? general.Text.Problema : general.Text.Problem, portuguese ? general.Text.Correcao : general.Text.Fix, general.Retried);
    }
}
