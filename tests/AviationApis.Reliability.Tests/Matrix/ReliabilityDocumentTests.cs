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
        var actual = ReliabilityDocument.Render(matrix.Results);
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
        var first = 0;
        while (first < approvedLines.Length && first < actualLines.Length && approvedLines[first] == actualLines[first])
        {
            first++;
        }

        throw new XunitException(
            $"{path} is stale (first difference at line {first + 1}). Run the tests with {PublicApiSnapshot.ApproveVariable}=1 and commit it.\n"
            + $"  committed: {(first < approvedLines.Length ? approvedLines[first] : "<end>")}\n"
            + $"  generated: {(first < actualLines.Length ? actualLines[first] : "<end>")}");
    }
}
