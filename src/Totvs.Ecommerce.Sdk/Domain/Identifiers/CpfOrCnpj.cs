using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// A customer's document: a <see cref="Identifiers.Cpf"/> (person) or a <see cref="Identifiers.Cnpj"/>
/// (company), told apart by length once the mask is removed (11 or 14). Always valid when made by
/// <see cref="Parse"/> or <see cref="TryParse(string?, out CpfOrCnpj)"/>. Immutable.
/// </summary>
public readonly struct CpfOrCnpj : IEquatable<CpfOrCnpj>
{
    private readonly Cpf cpf;
    private readonly Cnpj cnpj;

    private CpfOrCnpj(Cpf cpf, Cnpj cnpj)
    {
        this.cpf = cpf;
        this.cnpj = cnpj;
    }

    /// <summary>Whether the document is a CPF (a person).</summary>
    public bool IsCpf => !cpf.IsEmpty;

    /// <summary>Whether the document is a CNPJ (a company).</summary>
    public bool IsCnpj => !cnpj.IsEmpty;

    /// <summary>Whether this is <c>default</c>, holding no document.</summary>
    public bool IsEmpty => !IsCpf && !IsCnpj;

    /// <summary>The CPF, when the document is one.</summary>
    public Cpf? Cpf => IsCpf ? cpf : null;

    /// <summary>The CNPJ, when the document is one.</summary>
    public Cnpj? Cnpj => IsCnpj ? cnpj : null;

    /// <summary>The characters without mask.</summary>
    public string Value => IsCpf ? cpf.Value : cnpj.Value;

    /// <summary>Creates the document from a CPF.</summary>
    /// <param name="cpf">The CPF.</param>
    /// <returns>The document.</returns>
    public static CpfOrCnpj From(Cpf cpf) => new(cpf, default);

    /// <summary>Creates the document from a CNPJ.</summary>
    /// <param name="cnpj">The CNPJ.</param>
    /// <returns>The document.</returns>
    public static CpfOrCnpj From(Cnpj cnpj) => new(default, cnpj);

    /// <summary>Reads a CPF or a CNPJ, masked or not.</summary>
    /// <param name="text">E.g. <c>145.382.206-20</c> or <c>11.222.333/0001-81</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="FormatException">Neither a valid CPF nor a valid CNPJ; the message says why.</exception>
    public static CpfOrCnpj Parse(string text) => TryParse(text, out var document, out var error) ? document : throw new FormatException(error);

    /// <summary>Reads a CPF or a CNPJ without throwing.</summary>
    /// <param name="text">The document.</param>
    /// <param name="document">The document when valid.</param>
    /// <returns>Whether the text is a valid CPF or CNPJ.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CpfOrCnpj document) => TryParse(text, out document, out _);

    /// <summary>Reads a CPF or a CNPJ and says why it is neither.</summary>
    /// <param name="text">The document.</param>
    /// <param name="document">The document when valid.</param>
    /// <param name="error">Why the text is not valid, when it is not.</param>
    /// <returns>Whether the text is a valid CPF or CNPJ.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CpfOrCnpj document, [NotNullWhen(false)] out string? error)
    {
        document = default;
        var bare = CheckDigits.StripMask(text, allowLetters: true);
        if (bare?.Length == 11)
        {
            var valid = Identifiers.Cpf.TryParse(bare, out var asCpf, out error);
            document = valid ? From(asCpf) : default;
            return valid;
        }

        if (bare?.Length == 14)
        {
            var valid = Identifiers.Cnpj.TryParse(bare, out var asCnpj, out error);
            document = valid ? From(asCnpj) : default;
            return valid;
        }

        error = $"Document '{text}' is neither a CPF (11 digits) nor a CNPJ (14 characters).";
        return false;
    }

    /// <summary>The document with its mask.</summary>
    /// <returns>The masked document.</returns>
    public string ToMaskedString() => IsCpf ? cpf.ToMaskedString() : cnpj.ToMaskedString();

    /// <summary>The characters without mask.</summary>
    /// <returns>The document.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(CpfOrCnpj other) => cpf.Equals(other.cpf) && cnpj.Equals(other.cnpj);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CpfOrCnpj other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two documents are equal.</summary>
    public static bool operator ==(CpfOrCnpj left, CpfOrCnpj right) => left.Equals(right);

    /// <summary>Whether two documents differ.</summary>
    public static bool operator !=(CpfOrCnpj left, CpfOrCnpj right) => !left.Equals(right);
}
