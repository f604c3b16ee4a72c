using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>Checks of single fields against Datasul's registers (length, presence, documents), shared by every request validation.</summary>
internal static class FieldRules
{
    public static void Text(List<RecordProblem> problems, FieldName field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new RecordProblem(field.ToString(), $"{field} is required."));
            }

            return;
        }

        if (value.Length > maxLength)
        {
            problems.Add(new RecordProblem(field.ToString(), $"{field} '{value}' has {value.Length} characters; Datasul stores at most {maxLength}. Shorten it."));
        }
    }

    public static void Document(List<RecordProblem> problems, FieldName field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new RecordProblem(field.ToString(), $"{field} (CPF or CNPJ) is required."));
            }

            return;
        }

        if (!CpfOrCnpj.TryParse(value, out _, out var error))
        {
            problems.Add(new RecordProblem(field.ToString(), error));
        }
    }

    public static void State(List<RecordProblem> problems, FieldName field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !Uf.TryParse(value, out _))
        {
            problems.Add(new RecordProblem(field.ToString(), $"{field} '{value}' is not a Brazilian UF; use the two-letter code, e.g. SP."));
        }
    }

    public static void ZipCode(List<RecordProblem> problems, FieldName field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !Cep.TryParse(value, out _))
        {
            problems.Add(new RecordProblem(field.ToString(), $"{field} '{value}' is not a CEP; use 8 digits, with or without the dash (01310-100)."));
        }
    }

    public static void Range(List<RecordProblem> problems, FieldName field, decimal? value, decimal min, decimal max, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                problems.Add(new RecordProblem(field.ToString(), $"{field} is required."));
            }

            return;
        }

        if (value < min || value > max)
        {
            problems.Add(new RecordProblem(field.ToString(), $"{field} {value} is out of range; use {min} to {max}."));
        }
    }
}
