using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>A customer the ERP does not know yet, to create from the store's default customer group with the store's credit setting.</summary>
/// <param name="ShortName">The short name.</param>
/// <param name="Name">The name.</param>
/// <param name="Document">The CPF or CNPJ.</param>
/// <param name="EntityType">1 Pessoa Física (CPF) or 2 Pessoa Jurídica (CNPJ).</param>
/// <param name="Group">The default customer group and the settings it gives.</param>
/// <param name="Credit">The credit new customers of the store receive.</param>
public sealed record CustomerToCreate(string ShortName, string? Name, CpfOrCnpj Document, int EntityType, DefaultCustomerGroup Group, CreditSituation Credit);
