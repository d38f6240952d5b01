using AviationApis.Testing;
using Xunit.Sdk;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>Keeps docs/reliability.md in sync with the matrix: fails when the document is stale.</summary>
[Collection(MatrixCollection.Name)]
public sealed class ReliabilityDocumentTests(MatrixFixture matrix)
{
    [Fact]
    public void Document_shows_the_matrix_and_its_results()
    {
        var actual = ReliabilityDocument.Render(matrix.Results, MatrixBudget.Default);
        var path = RepositoryPaths.Combine(ReliabilityDocument.RelativePath);
        var approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (approved == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(PublicApiSnapshot.ApproveVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(path, actual);
            return;
        }

        var approvedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        var diff = actualLines.Select((line, i) => (line, i)).Where(x => x.i >= approvedLines.Length || approvedLines[x.i] != x.line).Take(20)
            .Select(x => $"  line {x.i + 1}: {x.line}");
        throw new XunitException(
            $"{path} is stale. Run the tests with {PublicApiSnapshot.ApproveVariable}=1 and commit it.\nFirst differences:\n" + string.Join('\n', diff));
    }
}
