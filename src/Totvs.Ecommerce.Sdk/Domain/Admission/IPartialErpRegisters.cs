namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>
/// Registers that know only part of the ERP (what the integrator configured): admission judges only what they know
/// and leaves the rest to the ERP. See <see cref="OrderAdmission.Refusals"/>.
/// </summary>
internal interface IPartialErpRegisters : IErpRegisters
{
    /// <summary>Whether the register is known; an unknown one is never the reason to refuse.</summary>
    /// <param name="register">The register.</param>
    /// <returns>Whether its answers are the ERP's.</returns>
    bool Knows(ErpRegister register);
}
