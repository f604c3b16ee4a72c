using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.StockAllocation;

/// <summary>How an incoming e-commerce order's stock is allocated, and from which deposit when that is fixed.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Deposit">The exclusive deposit, for logical allocation.</param>
/// <param name="Description">A sentence for people.</param>
public sealed record AllocationOutcome(EcommerceOrderAllocation Kind, StoreDeposit? Deposit, string Description);
