using AviationApis.Reliability.Tests.Targets;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>Every client driven through the fault matrix.</summary>
public static class MatrixTargets
{
    /// <summary>The targets, in document order.</summary>
    public static IReadOnlyList<IMatrixTarget> All { get; } =
    [
        new CorePipelineTarget(),
        new CargoAiTarget(),
        new CangoorooTarget(),
        new AvinodeTarget(),
        new AvinodeMarketplaceTarget(),
    ];
}
