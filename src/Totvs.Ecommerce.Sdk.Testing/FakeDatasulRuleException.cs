using Totvs.Ecommerce.Sdk.Domain;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>
/// An ERP-side action on the fake (seeding a store, changing an item) was refused by the same rule Datasul
/// applies, e.g. linking an item controlled by reference that has no references (57422).
/// </summary>
public sealed class FakeDatasulRuleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rejection">The rule that refused the action.</param>
    public FakeDatasulRuleException(Rejection rejection)
        : base(rejection?.ToString())
    {
        ArgumentNullException.ThrowIfNull(rejection);
        Rejection = rejection;
    }

    /// <summary>The code and message of the rule.</summary>
    public Rejection Rejection { get; }
}
