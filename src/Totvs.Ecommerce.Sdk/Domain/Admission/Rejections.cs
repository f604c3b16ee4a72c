using Totvs.Ecommerce.Sdk.Domain.Stores;
namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>The rejections of order admission, each with its code and a message in English and Portuguese that says what to fix.</summary>
internal static class Rejections
{
    public static Rejection IntegrationDisabled() => new(TotvsErrorCodes.IntegrationDisabled,
        "The e-commerce integration is off in the ERP. Turn on the E-commerce parameter of CD0101 (aba Integr II) and try again.")
    {
        PortugueseMessage = "A integração e-commerce está desativada. Ative o parâmetro E-commerce no CD0101 (aba Integr II) e tente novamente.",
    };

    public static Rejection StoreNotFound(string storeCode) => new(TotvsErrorCodes.StoreNotFound,
        $"Store '{storeCode}' is not registered in the Central de Configurações E-commerce. Register it or send the order with the right store code.", "EcommerceStoreCode")
    {
        PortugueseMessage = $"A loja '{storeCode}' não está cadastrada na Central de Configurações E-commerce.",
    };

    public static Rejection StockAllocationConflict(string storeCode, IReadOnlyList<ConfigurationProblem> problems) => new(TotvsErrorCodes.StockAllocationConflict,
        $"Store {storeCode}'s stock allocation is misconfigured: {string.Join(" ", problems.Select(p => p.Message))}")
    {
        PortugueseMessage = $"A configuração de alocação de estoque da loja {storeCode} está inconsistente.",
    };

    public static Rejection CarrierNotMapped(string carrierId) => new(TotvsErrorCodes.CarrierNotMapped,
        $"Carrier e-commerce id '{carrierId}' is not mapped to any ERP carrier. Set it in the \"ID E-commerce\" field of the carrier (CD0402, aba Fretes).", "CarrierEcommerceId")
    {
        PortugueseMessage = $"O ID e-commerce de transportadora '{carrierId}' não está vinculado a nenhum transportador. Informe-o no campo \"ID E-commerce\" do CD0402 (aba Fretes).",
    };

    public static Rejection IntermediaryNotRepresentative(string intermediary) => new(TotvsErrorCodes.IntermediaryNotRepresentative,
        $"The marketplace '{intermediary}' is not registered as a representative. Register it as a representative in the ERP.", "Intermediary")
    {
        PortugueseMessage = $"O intermediador '{intermediary}' não está cadastrado como representante no ERP.",
    };

    public static Rejection PaymentMethodNotRegistered(string code, string storeCode) => new(TotvsErrorCodes.PaymentMethodNotRegistered,
        $"Payment method '{code}' is not registered for store {storeCode}. Register it in the e-commerce payment methods (mpd.html.paymentmethodecommerce).", "PaymentMethod")
    {
        PortugueseMessage = $"O método de pagamento '{code}' não está cadastrado para a loja {storeCode} (Cadastro de Métodos de Pagamento E-commerce).",
    };

    public static Rejection TradePolicyNotLinked(string tradePolicy, string? table, string storeCode) => new(TotvsErrorCodes.TradePolicyNotLinked,
        table is null
            ? $"Trade policy '{tradePolicy}' is not linked to any price table. Link it with the \"Políticas Comerciais\" button of CD1508."
            : $"Trade policy '{tradePolicy}' is linked to price table {table}, which is not linked to store {storeCode}. Link the table to the store.",
        "TradePolicyId")
    {
        PortugueseMessage = $"A política comercial '{tradePolicy}' não está vinculada a uma tabela de preço da loja {storeCode} (CD1508, botão \"Políticas Comerciais\").",
    };

    public static Rejection ItemNotInStore(string itemCode, string storeCode) => new(TotvsErrorCodes.ItemNotInStore,
        $"Item '{itemCode}' is not linked to store {storeCode}. Link it to the store's items (Categoria x Itens E-commerce).", "OrderItems.ItemCode")
    {
        PortugueseMessage = $"O item '{itemCode}' não está vinculado à loja {storeCode}.",
    };

    public static Rejection ItemPricedZero(string itemCode) => new(TotvsErrorCodes.ItemPricedZero,
        $"Item '{itemCode}' is sold at 0. Send the price the customer paid, or mark the item as a gift (IsGift), which takes the gift naturezas.",
        "OrderItems.OriginalPrice")
    {
        PortugueseMessage = $"O item '{itemCode}' foi vendido a 0. Envie o preço pago pelo cliente, ou marque o item como brinde (IsGift), que usa as naturezas de brinde.",
    };

    public static Rejection NoItems() => new(TotvsErrorCodes.OrderWithoutItems,
        "The order has no items. Send it with the items the customer bought.", "OrderItems")
    {
        PortugueseMessage = "O pedido não tem itens.",
    };

    public static Rejection PriceNotFound(string itemCode, string? referenceCode, IReadOnlyList<string> tables) => new(TotvsErrorCodes.PriceNotFound,
        $"Item '{itemCode}'{(referenceCode is null ? string.Empty : $" reference '{referenceCode}'")} has no price in price table(s) {string.Join(", ", tables)}. Price it in CD1508.",
        "OrderItems.OriginalPrice")
    {
        PortugueseMessage = $"O item '{itemCode}' não tem preço na(s) tabela(s) {string.Join(", ", tables)} (CD1508).",
    };

    public static Rejection InvalidDocument(string error) => new(TotvsErrorCodes.InvalidDocument,
        $"{error} Correct the customer's CPF/CNPJ in the store and send the order again.", "PersonalId")
    {
        PortugueseMessage = "O CPF/CNPJ do cliente é inválido. Corrija-o na loja e reenvie o pedido.",
    };

    public static Rejection EstablishmentNotInStore(string? branchId, string storeCode) => new(TotvsErrorCodes.EstablishmentNotInStore,
        branchId is null
            ? $"Store {storeCode} has no establishment. Link one with its naturezas in the store's settings."
            : $"Establishment {branchId} is not linked to store {storeCode}. Link it in the store's settings or send the store's establishment.",
        "BranchId")
    {
        PortugueseMessage = $"O estabelecimento {branchId} não está vinculado à loja {storeCode}.",
    };

    public static Rejection DeliveryUfUnknown(string uf) => new(TotvsErrorCodes.DeliveryUfInvalid,
        $"Delivery UF '{uf}' is not a Brazilian UF, so no natureza de operação can be chosen. Correct the delivery address.", "DeliveryState")
    {
        PortugueseMessage = $"A UF de entrega '{uf}' é inválida; não é possível escolher a natureza de operação.",
    };

    public static Rejection DeliveryPlaceNotFound(string customerShortName, string deliveryCode) => new(TotvsErrorCodes.DeliveryPlaceNotFound,
        $"Customer '{customerShortName}' has no delivery place '{deliveryCode}'. Add it to the customer's DeliveryPlaces before sending the order.", "DeliveryCode")
    {
        PortugueseMessage = $"O cliente '{customerShortName}' não tem o local de entrega '{deliveryCode}'. Cadastre-o no cliente antes de enviar o pedido.",
    };

    public static Rejection PaymentMethodIncomplete(string code, IReadOnlyList<ConfigurationProblem> problems) => new(TotvsErrorCodes.PaymentMethodIncomplete,
        $"Payment method '{code}' is incomplete: {string.Join(" ", problems.Select(p => p.Message))} Complete it in the e-commerce payment method register (mpd.html.paymentmethodecommerce).",
        "PaymentMethod")
    {
        PortugueseMessage = $"O método de pagamento '{code}' está incompleto: {string.Join(", ", problems.Select(p => p.Setting))}. Complete-o no Cadastro de Métodos de Pagamento E-commerce.",
    };

    public static Rejection CustomerGroupNotConfigured(string storeCode, DefaultCustomerGroup? group) => new(TotvsErrorCodes.CustomerGroupNotConfigured,
        group is null
            ? $"Store {storeCode} has no default customer group, so the order's new customer cannot be created. Set it in the store's settings (PD0309 up to 12.1.2311; groups in CD0701)."
            : $"Customer group {group.Group} of store {storeCode} has no \"à vista\" payment condition, so the order's instalments would not match its invoice. Give the group a cash condition (CD0701).",
        "CustomerGroup")
    {
        PortugueseMessage = group is null
            ? $"A loja {storeCode} não tem grupo de cliente padrão; o cliente novo do pedido não pode ser criado."
            : $"O grupo de cliente {group.Group} da loja {storeCode} não tem condição de pagamento à vista (CD0701).",
    };

    public static Rejection DepositSharedWithAnotherStore(string storeCode, StoreDeposit deposit, string otherStore) => new(TotvsErrorCodes.StockAllocationConflict,
        $"Store {storeCode} allocates logically on deposit {deposit.BranchId}/{deposit.WarehouseCode}, which store {otherStore} also uses: the guide asks for a deposit exclusive to the store. " +
        "Give the store a deposit of its own.", "Deposits")
    {
        PortugueseMessage = $"A loja {storeCode} aloca logicamente no depósito {deposit.BranchId}/{deposit.WarehouseCode}, também usado pela loja {otherStore}; use um depósito exclusivo.",
    };

    public static Rejection CustomerNotInB2BStore(string shortName, string storeCode) => new(TotvsErrorCodes.CustomerNotInB2BStore,
        $"Customer '{shortName}' is not linked to B2B store {storeCode}, which sells only to its customers. Link the customer to the store, or send the order to a B2C store.",
        "ShortName")
    {
        PortugueseMessage = $"O cliente '{shortName}' não está vinculado à loja B2B {storeCode}.",
    };

    public static Rejection MarketplacePaymentNotInvoiced(string intermediary, string paymentMethodCode, Payments.PaymentMethodType type) => new(
        TotvsErrorCodes.MarketplacePaymentNotInvoiced,
        $"The order came through marketplace '{intermediary}' with payment method '{paymentMethodCode}' ({type}); a marketplace sale is paid through the " +
        "marketplace, so its payment method must be of type Faturado. Send it with the store's Faturado method.", "PaymentMethod")
    {
        PortugueseMessage = $"Pedido do marketplace '{intermediary}' com método de pagamento '{paymentMethodCode}': em marketplaces o método deve ser do tipo Faturado.",
    };

    public static Rejection OrderDuplicate(string shortName, string customerOrderId, long existing) => new(TotvsErrorCodes.OrderDuplicate,
        $"An order for customer '{shortName}' with customer order number '{customerOrderId}' already exists (order {existing}). Nothing to do: the order is already in the ERP.",
        "CustomerOrderId")
    {
        PortugueseMessage = $"Já existe o pedido {existing} para o cliente '{shortName}' com o número de pedido do cliente '{customerOrderId}'.",
        RelatedKey = existing.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Rejection CustomerNotRegistered(string shortName) => new(TotvsErrorCodes.CustomerNotRegistered,
        $"Customer '{shortName}' is not registered in the ERP: register it in CD0704 or send the short name Datasul has.", "ShortName")
    {
        PortugueseMessage = $"O cliente '{shortName}' não está cadastrado no ERP: cadastre-o no CD0704 ou envie o nome abreviado do Datasul.",
    };

    public static Rejection ItemNotRegistered(string itemCode) => new(TotvsErrorCodes.ItemNotRegistered,
        $"Item '{itemCode}' is not in the ERP's item register: register it in CD0204 or send the ERP's item code.", "OrderItems")
    {
        PortugueseMessage = $"O item '{itemCode}' não está cadastrado no ERP: cadastre-o no CD0204 ou envie o código do item no Datasul.",
    };
}
