using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// A Brazilian federative unit (state or Federal District): its two-letter code and its IBGE number (the
/// <c>cUF</c> of the NF-e access key). Only the 27 real units can be made. Immutable.
/// </summary>
public sealed class Uf : IEquatable<Uf>
{
    private static readonly Uf[] Units =
    [
        new("RO", 11, "Rondônia"), new("AC", 12, "Acre"), new("AM", 13, "Amazonas"), new("RR", 14, "Roraima"),
        new("PA", 15, "Pará"), new("AP", 16, "Amapá"), new("TO", 17, "Tocantins"), new("MA", 21, "Maranhão"),
        new("PI", 22, "Piauí"), new("CE", 23, "Ceará"), new("RN", 24, "Rio Grande do Norte"), new("PB", 25, "Paraíba"),
        new("PE", 26, "Pernambuco"), new("AL", 27, "Alagoas"), new("SE", 28, "Sergipe"), new("BA", 29, "Bahia"),
        new("MG", 31, "Minas Gerais"), new("ES", 32, "Espírito Santo"), new("RJ", 33, "Rio de Janeiro"), new("SP", 35, "São Paulo"),
        new("PR", 41, "Paraná"), new("SC", 42, "Santa Catarina"), new("RS", 43, "Rio Grande do Sul"), new("MS", 50, "Mato Grosso do Sul"),
        new("MT", 51, "Mato Grosso"), new("GO", 52, "Goiás"), new("DF", 53, "Distrito Federal"),
    ];

    private static readonly FrozenDictionary<string, Uf> ByCode = Units.ToFrozenDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);

    private Uf(string code, int ibgeCode, string name)
    {
        Code = code;
        IbgeCode = ibgeCode;
        Name = name;
    }

    /// <summary>The 27 units, ordered by IBGE number.</summary>
    public static IReadOnlyList<Uf> All => Units;

    /// <summary>The two-letter code, e.g. <c>SP</c>.</summary>
    public string Code { get; }

    /// <summary>The IBGE number, e.g. 35 for São Paulo.</summary>
    public int IbgeCode { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>Reads a two-letter code (any case).</summary>
    /// <param name="code">E.g. <c>sp</c> or <c>SP</c>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="FormatException">Not one of the 27 codes.</exception>
    public static Uf Parse(string code) =>
        TryParse(code, out var uf) ? uf : throw new FormatException($"'{code}' is not a Brazilian UF; use one of {string.Join(", ", Units.Select(u => u.Code))}.");

    /// <summary>Reads a two-letter code without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="uf">The unit when the code is known.</param>
    /// <returns>Whether the code is one of the 27.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Uf? uf)
    {
        uf = null;
        return code is not null && ByCode.TryGetValue(code.Trim(), out uf);
    }

    /// <summary>Finds a unit by its IBGE number.</summary>
    /// <param name="ibgeCode">E.g. 35.</param>
    /// <param name="uf">The unit when the number is known.</param>
    /// <returns>Whether the number is one of the 27.</returns>
    public static bool TryFromIbgeCode(int ibgeCode, [NotNullWhen(true)] out Uf? uf)
    {
        uf = Units.FirstOrDefault(u => u.IbgeCode == ibgeCode);
        return uf is not null;
    }

    /// <inheritdoc />
    public bool Equals(Uf? other) => other is not null && other.IbgeCode == IbgeCode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Uf);

    /// <inheritdoc />
    public override int GetHashCode() => IbgeCode;

    /// <summary>The two-letter code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Whether two units are the same.</summary>
    public static bool operator ==(Uf? left, Uf? right) => left?.Equals(right) ?? right is null;

    /// <summary>Whether two units differ.</summary>
    public static bool operator !=(Uf? left, Uf? right) => !(left == right);
}
