namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>The outcome of <see cref="OrderAdmission.Admit"/>: the admitted order, or every rejection with its code.</summary>
public sealed class AdmissionResult
{
    private AdmissionResult(AdmittedOrder? order, IReadOnlyList<Rejection> rejections)
    {
        Order = order;
        Rejections = rejections;
    }

    /// <summary>Whether the ERP takes the order.</summary>
    public bool IsAdmitted => Order is not null;

    /// <summary>The admitted order, or <see langword="null"/> when rejected.</summary>
    public AdmittedOrder? Order { get; }

    /// <summary>Every reason the order is refused; empty when admitted.</summary>
    public IReadOnlyList<Rejection> Rejections { get; }

    internal static AdmissionResult Admitted(AdmittedOrder order) => new(order, []);

    internal static AdmissionResult Rejected(IReadOnlyList<Rejection> rejections) => new(null, rejections);
}
