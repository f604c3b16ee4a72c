namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>The situation of a sales order in Datasul (<c>OrderSituation</c>, <c>cod-sit-ped</c>).</summary>
public enum OrderSituation
{
    /// <summary>1 Aberto: open.</summary>
    Open = 1,

    /// <summary>2 Atendido Parcial: partly invoiced.</summary>
    PartiallyFulfilled = 2,

    /// <summary>3 Atendido Total: fully invoiced.</summary>
    Fulfilled = 3,

    /// <summary>4 Pendente.</summary>
    Pending = 4,

    /// <summary>5 Suspenso.</summary>
    Suspended = 5,

    /// <summary>6 Cancelado.</summary>
    Cancelled = 6,

    /// <summary>7 Faturado Balcão: invoiced over the counter.</summary>
    CounterInvoiced = 7,
}
