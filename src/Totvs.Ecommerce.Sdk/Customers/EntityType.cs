namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>What kind of person a customer is in Datasul (<c>EntityType</c>, <c>emitente.natureza</c>).</summary>
public enum EntityType
{
    /// <summary>1 Pessoa Física: a person, identified by a CPF.</summary>
    Individual = 1,

    /// <summary>2 Pessoa Jurídica: a company, identified by a CNPJ.</summary>
    Company = 2,

    /// <summary>3 Estrangeiro: a foreign customer, without CPF or CNPJ.</summary>
    Foreign = 3,

    /// <summary>4 Trading: a trading company.</summary>
    Trading = 4,
}
