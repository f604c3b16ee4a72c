using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.Fiscal;

/// <summary>
/// Chooses the natureza de operação of an order item (domain rules §3.8): delivery UF equal to the
/// establishment's UF → intra-state natureza, otherwise inter-state; gift items use the gift naturezas;
/// with the automatic suggestion on, the rule for the establishment's sale operation type decides, and
/// when no rule covers the item the order is rejected with 57382 if the store says so.
/// </summary>
public static class NaturezaSelection
{
    /// <summary>Chooses the natureza of one item.</summary>
    /// <param name="store">The store (its suggestion flags).</param>
    /// <param name="establishment">The establishment that sells.</param>
    /// <param name="deliveryUf">Where the order is delivered.</param>
    /// <param name="isGift">Whether the item is a gift (brinde).</param>
    /// <param name="itemCode">The item, to name it in a rejection.</param>
    /// <param name="rules">The automatic suggestion's rules.</param>
    /// <param name="choice">The chosen natureza, when there is one.</param>
    /// <returns>The rejection (57382, or a missing establishment natureza), or <see langword="null"/> with <paramref name="choice"/> set.</returns>
    public static Rejection? Choose(
        StoreConfiguration store, EstablishmentSettings establishment, Uf deliveryUf, bool isGift, string itemCode,
        IReadOnlyList<NaturezaSuggestionRule> rules, out NaturezaChoice? choice)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(establishment);
        ArgumentNullException.ThrowIfNull(deliveryUf);
        ArgumentNullException.ThrowIfNull(rules);
        choice = null;
        var interState = deliveryUf != establishment.Uf;

        if (store.AutomaticNaturezaSuggestion && establishment.SaleOperationType is { } operationType)
        {
            var rule = rules.FirstOrDefault(r => r.Matches(operationType, establishment.Uf, deliveryUf, isGift));
            if (rule is not null)
            {
                choice = new NaturezaChoice(rule.Natureza, NaturezaSource.SuggestionRule, interState);
                return null;
            }

            if (store.RejectWhenNoNaturezaRule)
            {
                return new Rejection(TotvsErrorCodes.NaturezaNotFound,
                    $"No automatic suggestion rule gives a natureza de operação for item {itemCode} (sale operation type {operationType}, " +
                    $"{establishment.Uf} → {deliveryUf}{(isGift ? ", gift" : string.Empty)}). Add a rule for it; the order is reprocessed once one exists.",
                    "TransactionType")
                {
                    PortugueseMessage = $"57382 - Natureza operação não encontrada com a sugestão automática (item {itemCode}, tipo de operação {operationType}, {establishment.Uf} → {deliveryUf}).",
                };
            }
        }

        var natureza = (isGift, interState) switch
        {
            (false, false) => establishment.IntraStateNatureza,
            (false, true) => establishment.InterStateNatureza,
            (true, false) => establishment.GiftIntraStateNatureza,
            (true, true) => establishment.GiftInterStateNatureza,
        };
        if (string.IsNullOrWhiteSpace(natureza))
        {
            var which = $"{(isGift ? "gift " : string.Empty)}{(interState ? "inter-state" : "intra-state")}";
            return new Rejection(TotvsErrorCodes.NaturezaNotConfigured,
                $"Establishment {establishment.BranchId} of store {store.StoreCode} has no {which} natureza de operação for item {itemCode}; set it in the store's establishment settings.",
                "TransactionType")
            {
                PortugueseMessage = $"O estabelecimento {establishment.BranchId} da loja {store.StoreCode} não tem natureza de operação {which} para o item {itemCode}.",
            };
        }

        choice = new NaturezaChoice(natureza, NaturezaSource.Establishment, interState);
        return null;
    }
}
