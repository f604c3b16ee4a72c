using System.Reflection;
using Totvs.Ecommerce.Sdk.Preflight;

namespace Totvs.Ecommerce.Sdk.Tests.Conventions;

/// <summary>Every problem shape behind one interface (issue 29): a public record that says what is wrong is an <see cref="ITotvsProblem"/>.</summary>
public sealed class ProblemShapeTests
{

    [Fact]
    public void Every_public_problem_finding_or_failure_record_is_an_ITotvsProblem()
    {
        var shapes = ShippedAssemblies.ExportedTypes
            .Where(t => !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t)
                && (t.Name.EndsWith("Problem", StringComparison.Ordinal) || t.Name.EndsWith("Finding", StringComparison.Ordinal)
                    || t.Name.EndsWith("Failure", StringComparison.Ordinal) || t.Name.EndsWith("Rejection", StringComparison.Ordinal)
                    || t.Name.EndsWith("ErrorDetail", StringComparison.Ordinal)))
            .ToList();
        Assert.Contains(typeof(PreflightFinding), shapes);

        var outside = shapes.Where(t => !typeof(ITotvsProblem).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.True(outside.Count == 0, "Problem shapes outside ITotvsProblem: " + string.Join(", ", outside));
    }

    [Fact]
    public void A_preflight_finding_reads_as_a_problem()
    {
        ITotvsProblem problem = new PreflightFinding("prices", "FUR-001", "Item FUR-001 has no price.", "CD1508");

        Assert.Equal(("prices", "Item FUR-001 has no price.", "FUR-001"), (problem.Code, problem.Message, problem.Target));
    }
}
