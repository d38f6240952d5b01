namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>The corpus folders: <c>Corpus/&lt;parser&gt;/*</c>, copied to the test output.</summary>
public static class HostileCorpus
{
    /// <summary>The corpus root in the output folder.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The file names of one parser's corpus, sorted.</summary>
    public static IReadOnlyList<string> Files(string parser)
    {
        var folder = Path.Combine(Root, parser);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    /// <summary>Loads one corpus file as a case; the name's ending sets the expectation.</summary>
    public static HostileCase Load(string parser, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, parser, file));
        var expectation = file.EndsWith(".ok.json", StringComparison.Ordinal) ? HostileExpectation.Parse
            : file.EndsWith(".error.json", StringComparison.Ordinal) ? HostileExpectation.TypedError
            : HostileExpectation.TypedErrorOrParse;
        return new HostileCase("corpus", file, bytes, expectation);
    }
}
