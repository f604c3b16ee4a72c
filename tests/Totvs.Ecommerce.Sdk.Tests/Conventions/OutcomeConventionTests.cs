using System.Reflection;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>
/// An outcome is a success or a failure, never neither (issue 29): a public type that can carry a failure
/// (a <c>Failure</c> or <c>Rejections</c> property) is closed — no public constructor, no public setter — so it is built
/// only by the factories that take one or the other.
/// </summary>
public sealed class OutcomeConventionTests
{
    private static readonly string[] FailureMembers = ["Failure", "Rejections"];


    [Fact]
    public void Every_public_outcome_that_can_carry_a_failure_is_closed()
    {
        var outcomes = ShippedAssemblies.ExportedTypes.Where(CarriesAFailure).ToList();
        Assert.Contains(typeof(OrderBatchOutcome), outcomes); // the check sees the outcomes it is about

        var open = outcomes.Where(IsOpen).Select(t => t.FullName).ToList();
        Assert.True(open.Count == 0, "Outcomes that can be built as neither success nor failure: " + string.Join(", ", open));
    }

    [Fact]
    public void The_check_finds_an_outcome_anyone_can_build_empty()
    {
        Assert.True(CarriesAFailure(typeof(OpenOutcome)));
        Assert.True(IsOpen(typeof(OpenOutcome)));
    }

    [Fact]
    public void An_order_batch_outcome_is_built_with_a_result_or_a_failure_and_never_without()
    {
        var order = new Order { CustomerOrderId = "V-1", ShortName = "MARIA" };

        var created = OrderBatchOutcome.Created(0, order, new CreationResult<Order>(order, CreationOutcome.Created, 1), 4);
        var failed = OrderBatchOutcome.Failed(1, order, new TotvsApiException("down", 503, null, true, "POST", "ordersPublic", null), 2);

        Assert.True(created.Succeeded);
        Assert.Null(created.Failure);
        Assert.False(failed.Succeeded);
        Assert.Null(failed.Result);
        Assert.Throws<ArgumentNullException>(() => OrderBatchOutcome.Created(0, order, null!, 4));
        Assert.Throws<ArgumentNullException>(() => OrderBatchOutcome.Failed(0, order, null!, 4));
    }

    private static bool CarriesAFailure(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => FailureMembers.Contains(p.Name, StringComparer.Ordinal));

    private static bool IsOpen(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0
        || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.SetMethod?.IsPublic == true);

    public sealed class OpenOutcome
    {
        public object? Result { get; init; }

        public Exception? Failure { get; init; }
    }
}
