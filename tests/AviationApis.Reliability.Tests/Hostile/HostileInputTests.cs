using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>
/// Every parser against generated hostile input (one test per parser and family) and against its corpus (one test per
/// file in <c>Corpus/&lt;parser&gt;/</c>: adding a file adds a test case). File names ending in <c>.ok.json</c> must
/// parse, <c>.error.json</c> must be rejected with a typed error; any other file may do either, but never throw an
/// unhandled exception, hang or allocate without bound.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> GeneratedFamilies()
    {
        var data = new TheoryData<string, string>();
        foreach (var parser in HostileParsers.All)
        {
            foreach (var family in HostileGenerators.Families.Keys)
            {
                data.Add(parser.Name, family);
            }
        }

        return data;
    }

    public static TheoryData<string, string> CorpusFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var parser in HostileParsers.All)
        {
            foreach (var file in HostileCorpus.Files(parser.Name))
            {
                data.Add(parser.Name, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFamilies))]
    public async Task Generated_hostile_input_ends_in_a_typed_error_or_a_parse(string parser, string family)
    {
        var target = HostileParsers.Get(parser);
        var (problems, summary) = await HostileRunner.RunAsync(target, HostileGenerators.Families[family](target));
        output.WriteLine(summary);
        Assert.True(problems.Count == 0, $"{parser} / {family}: {problems.Count} problems ({summary}):\n" + string.Join('\n', problems.Take(15)));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Corpus_file_ends_in_a_typed_error_or_a_parse(string parser, string file)
    {
        var target = HostileParsers.Get(parser);
        var (problems, summary) = await HostileRunner.RunAsync(target, [HostileCorpus.Load(parser, file)]);
        output.WriteLine(summary);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_parser_has_a_corpus()
    {
        foreach (var parser in HostileParsers.All)
        {
            Assert.True(HostileCorpus.Files(parser.Name).Count >= 3, $"Corpus/{parser.Name}/ needs at least 3 files");
        }
    }

    [Fact]
    public async Task The_runner_reports_an_untyped_exception_and_a_hang()
    {
        var (problems, _) = await HostileRunner.RunAsync(new ThrowingParser(), [new HostileCase("self-test", "x", [1])]);
        Assert.Single(problems);
        Assert.Contains("unhandled System.FormatException", problems[0], StringComparison.Ordinal);
    }

    private sealed class ThrowingParser : IHostileParser
    {
        public string Name => "throwing";

        public string ValidSample => "{}";

        public IReadOnlyList<string> ExtensibleEnumPaths => [];

        public Task ParseAsync(byte[] input, CancellationToken cancellationToken) => throw new FormatException("raw");

        public bool IsTypedError(Exception exception) => exception is InvalidOperationException;
    }
}
