namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>One test per cell of the fault matrix: target × fault row × operation class.</summary>
[Collection(MatrixCollection.Name)]
public sealed class FaultMatrixTests(MatrixFixture matrix)
{
    public static TheoryData<string, string, OperationClass> Cells()
    {
        var data = new TheoryData<string, string, OperationClass>();
        foreach (var target in MatrixTargets.All)
        {
            foreach (var row in FaultRows.All)
            {
                foreach (var operation in target.Operations)
                {
                    data.Add(target.Name, row.Id, operation.Class);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Cell_behaves_as_the_pipeline_rules_say(string target, string row, OperationClass operation)
    {
        var result = matrix.Get(target, row, operation);
        Assert.True(
            result.Passed,
            $"{target} {result.Operation.Name} under '{result.Row.Description}': expected {result.Expected.Text}, observed {result.Observed}.\n  - "
            + string.Join("\n  - ", result.Problems));
    }

    [Fact]
    public void Every_target_has_one_operation_per_class()
    {
        foreach (var target in MatrixTargets.All)
        {
            Assert.Equal(Enum.GetValues<OperationClass>(), target.Operations.Select(o => o.Class).Order());
        }
    }

    [Fact]
    public void Every_cell_ran()
    {
        Assert.Equal(MatrixTargets.All.Sum(t => t.Operations.Count) * FaultRows.All.Count, matrix.Results.Count);
        Assert.Equal(0, matrix.Server.UnroutedRequests);
    }
}
