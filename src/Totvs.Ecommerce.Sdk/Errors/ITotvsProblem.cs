namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The one shape of "a problem" across the SDK — a rejection of an order, a field of a record that breaks a rule, a
/// setting of the ERP that is missing, an error detail from Datasul — so a connector can log or show any of them the
/// same way (the shape of Azure's <c>ResponseError</c>: code, message, target).
/// </summary>
public interface ITotvsProblem
{
    /// <summary>The stable code to match on (<c>57382</c>, <c>ORDER_KEY_COLLISION</c>), when the problem has one.</summary>
    string? Code { get; }

    /// <summary>What is wrong and, where the SDK knows it, what to do.</summary>
    string Message { get; }

    /// <summary>The field or setting the problem is about (<c>personalId</c>, <c>CD0101 Store</c>), when it is about one.</summary>
    string? Target { get; }
}
