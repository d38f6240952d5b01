using CsCheck;

namespace AviationApis.Reliability.Tests.Fuzz;

/// <summary>The fuzzer's fixed settings: one seed, a fixed number of cases per target, one to three mutations per case.</summary>
public static class FuzzSettings
{
    /// <summary>The CsCheck seed of every run (CI replays exactly these cases): <c>new PCG(17, 20261202).ToString()</c>.</summary>
    public const string Seed = "0000001diBRh";

    /// <summary>Cases per target.</summary>
    public const int CasesPerTarget = 1000;

    /// <summary>Escaped-twin pairs per target (each pair is two parses).</summary>
    public const int TwinsPerTarget = 100;

    /// <summary>The most mutations stacked in one case.</summary>
    public const int MaxMutationsPerCase = 3;

    /// <summary>The longest one case may take before it counts as a hang.</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);

    /// <summary>One mutation: a kind and two free choices.</summary>
    public static Gen<Mutation> Mutation { get; } =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], (kind, place, choice) => new Mutation(kind, place, choice));

    /// <summary>An escaped-twin case: which string of the sample, and its own value (negative) or one of the extreme dates.</summary>
    public static Gen<TwinPlan> Twins { get; } =
        Gen.Select(Gen.Int[0, 1 << 20], Gen.Int[-FuzzMutations.Dates.Length, FuzzMutations.Dates.Length - 1], (place, date) => new TwinPlan(place, date));

    /// <summary>A case: which seed document of the target (reduced modulo their count), then one to <see cref="MaxMutationsPerCase"/> mutations.</summary>
    public static Gen<FuzzPlan> Plans { get; } =
        Gen.Select(Gen.Int[0, 1 << 20], Mutation.Array[1, MaxMutationsPerCase], (seed, mutations) => new FuzzPlan(seed, mutations));
}

/// <summary>One fuzz case.</summary>
/// <param name="Document">Which seed document of the target: its valid sample or one of its corpus files.</param>
/// <param name="Mutations">The mutations applied to it.</param>
public sealed record FuzzPlan(int Document, Mutation[] Mutations)
{
    /// <inheritdoc />
    public override string ToString() => $"document {Document}: {string.Join(" + ", Mutations)}";
}

/// <summary>One escaped-twin case.</summary>
/// <param name="Place">Which string of the sample.</param>
/// <param name="Date">An index into <see cref="FuzzMutations.Dates"/>, or negative for the string's own value.</param>
public sealed record TwinPlan(int Place, int Date)
{
    /// <inheritdoc />
    public override string ToString() => Date < 0 ? $"string {Place}, own value" : $"string {Place}, date {FuzzMutations.Dates[Date]}";
}
