using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Builds the SDK's results that only the SDK creates in production, for a consumer's unit tests and mocks (the Azure
/// SDK's <c>ModelFactory</c>). Every other model and result has a public constructor or initializer; together they let a
/// test build anything a client returns.
/// </summary>
public static class TotvsModelFactory
{
    /// <summary>An invalid record, as a list hands it to <see cref="EcommerceListOptions.OnInvalidRecord"/>.</summary>
    /// <param name="resource">The route the record came from.</param>
    /// <param name="problems">What is wrong with it; at least one.</param>
    /// <param name="key">Its key, when it could be read.</param>
    /// <param name="pageNumber">The page it was on.</param>
    /// <param name="position">Its 1-based position on the page.</param>
    /// <param name="rawJson">Its JSON.</param>
    /// <returns>The invalid record.</returns>
    public static InvalidRecord InvalidRecord(
        string resource, IReadOnlyList<RecordProblem> problems, string? key = null, int pageNumber = 1, int position = 1, string rawJson = "{}")
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(rawJson);
        if (problems.Count == 0)
        {
            throw new ArgumentException("An invalid record has at least one problem.", nameof(problems));
        }

        return new InvalidRecord(resource, key, pageNumber, position, problems, rawJson);
    }

    /// <summary>An order admission that admitted <paramref name="order"/>.</summary>
    /// <param name="order">The order as the ERP would create it.</param>
    /// <returns>The result, <see cref="AdmissionResult.IsAdmitted"/>.</returns>
    public static AdmissionResult AdmissionAdmitted(AdmittedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return AdmissionResult.Admitted(order);
    }

    /// <summary>An order admission that refused the order.</summary>
    /// <param name="rejections">Why; at least one.</param>
    /// <returns>The result, not admitted.</returns>
    public static AdmissionResult AdmissionRejected(params IReadOnlyList<Rejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        if (rejections.Count == 0)
        {
            throw new ArgumentException("A refused admission has at least one rejection.", nameof(rejections));
        }

        return AdmissionResult.Rejected(rejections);
    }
}
