namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>The company using the partner application: its CNPJ as registered here, which must be TOTVS's too.</summary>
/// <param name="Cnpj">The company's CNPJ in the partner application.</param>
/// <param name="SuggestedAddress">The embedded fake's address, offered on the configuration screen; <see langword="null"/> against a real Datasul.</param>
public sealed record PartnerCompany(string Cnpj, Uri? SuggestedAddress);
