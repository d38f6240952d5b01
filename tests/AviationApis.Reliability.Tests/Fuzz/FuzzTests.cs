using System.Text;
using AviationApis.Reliability.Tests.Hostile;
using CsCheck;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Fuzz;

/// <summary>
/// Property-based mutation fuzzing (CsCheck) of every parser's valid sample: one to three mutations per case (type
/// swaps, null entries, invalid UTF-8, lone surrogates, extreme numbers and dates, byte flips, truncation). The
/// property is the parsing contract: each case parses or ends in the parser's documented typed error, within the case
/// limit. Seeded and bounded (<see cref="FuzzSettings"/>), so a run is reproducible and its length fixed; a failure
/// is shrunk by CsCheck to a small plan, printed with the seed that replays it.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> Targets()
    {
        var data = new TheoryData<string>();
        foreach (var target in FuzzTargets.All)
        {
            data.Add(target.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Mutated_samples_end_in_a_result_or_the_typed_error(string name)
    {
        var target = FuzzTargets.Get(name);

        await FuzzSettings.Plans.SampleAsync(
            plan => FuzzRunner.CheckAsync(target, plan),
            writeLine: output.WriteLine,
            seed: FuzzSettings.Seed,
            iter: FuzzSettings.CasesPerTarget,
            threads: 1,
            print: plan => plan.ToString());
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task A_string_and_its_escaped_twin_are_read_alike(string name)
    {
        var target = FuzzTargets.Get(name);

        await FuzzSettings.Twins.SampleAsync(
            async twin =>
            {
                var (plain, escaped) = FuzzMutations.Twins(target.ValidSample, twin.Place, twin.Date);
                var plainOutcome = await FuzzRunner.OutcomeAsync(target, plain);
                var escapedOutcome = await FuzzRunner.OutcomeAsync(target, escaped);
                if (plainOutcome != escapedOutcome)
                {
                    throw new FuzzContractException(
                        $"{name}: {Encoding.UTF8.GetString(plain)} → {plainOutcome}, but its escaped twin {Encoding.UTF8.GetString(escaped)} → {escapedOutcome}",
                        new InvalidOperationException("escaped twins differ"));
                }
            },
            writeLine: output.WriteLine,
            seed: FuzzSettings.Seed,
            iter: FuzzSettings.TwinsPerTarget,
            threads: 1,
            print: twin => twin.ToString());
    }

    [Fact]
    public void An_escaped_twin_escapes_every_character()
    {
        var (plain, escaped) = FuzzMutations.Twins("""{"a":1,"d":"x"}""", 0, -1);

        Assert.Equal("""{"a":1,"d":"x"}""", Encoding.UTF8.GetString(plain));
        Assert.Equal("""{"a":1,"d":"\u0078"}""", Encoding.UTF8.GetString(escaped));
    }

    [Fact]
    public void Every_mutation_kind_changes_every_sample()
    {
        foreach (var target in FuzzTargets.All)
        {
            foreach (var kind in Enum.GetValues<MutationKind>())
            {
                var sample = Encoding.UTF8.GetBytes(target.ValidSample);
                var changed = Enumerable.Range(0, 5).Any(place => !FuzzMutations.Apply(target.ValidSample, [new Mutation(kind, place * 7, place * 11)]).AsSpan().SequenceEqual(sample));
                Assert.True(changed, $"{target.Name}: {kind} never changes the sample");
            }
        }
    }

    [Fact]
    public void The_same_plan_gives_the_same_bytes()
    {
        var target = FuzzTargets.Get("cargoai-search");
        Mutation[] plan = [new(MutationKind.ExtremeDate, 3, 0), new(MutationKind.LoneSurrogate, 9, 15), new(MutationKind.ByteFlip, 40, 3)];

        Assert.Equal(FuzzMutations.Apply(target.ValidSample, plan), FuzzMutations.Apply(target.ValidSample, plan));
    }

    [Fact]
    public void The_text_mutations_break_the_text_as_named()
    {
        var surrogate = FuzzMutations.Apply("""{"a":"xy"}""", [new Mutation(MutationKind.LoneSurrogate, 0, 1)]);
        var invalid = FuzzMutations.Apply("""{"a":"xy"}""", [new Mutation(MutationKind.InvalidUtf8, 0, 1)]);

        Assert.Equal("""{"a":"x\uD800y"}""", Encoding.ASCII.GetString(surrogate));
        Assert.Equal([.. "{\"a\":\"x"u8, 0xE1, .. "y\"}"u8], invalid);
    }

    [Fact]
    public async Task The_property_fails_on_an_untyped_exception()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => FuzzSettings.Plans.SampleAsync(
            plan => FuzzRunner.CheckAsync(new ThrowingParser(), plan),
            seed: FuzzSettings.Seed,
            iter: 3,
            threads: 1));

        Assert.Contains("System.FormatException", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class ThrowingParser : IHostileParser
    {
        public string Name => "throwing";

        public string ValidSample => """{"a":[1,"b"]}""";

        public IReadOnlyList<string> ExtensibleEnumPaths => [];

        public Task ParseAsync(byte[] input, CancellationToken cancellationToken) => throw new FormatException("raw");

        public bool IsTypedError(Exception exception) => exception is InvalidOperationException;
    }
}
