namespace AviationApis.Conventions.Tests;

/// <summary>Keeps the sandbox readable: a source file over 200 lines says why on its first line.</summary>
public sealed class SandboxFileSizeTests
{
    private const int MaxLines = 200;
    private const string Reason = "// Longer than 200 lines because ";

    [Fact]
    public void Sandbox_source_files_are_at_most_200_lines_or_say_why()
    {
        var root = SandboxSourceFolder();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(root, f))
            .ToList();

        var offenders = files
            .Select(f => (Path: Path.GetRelativePath(root, f), Lines: File.ReadAllLines(f)))
            .Where(f => !Accepted(f.Lines))
            .Select(f => $"{f.Path}: {f.Lines.Length} lines, and no first line '{Reason}…'");

        Assert.True(files.Count > 20, $"only {files.Count} source files found under {root}");
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData(200, null, true)]
    [InlineData(201, null, false)]
    [InlineData(201, "// Longer than 200 lines because the seeded flights are one table.", true)]
    [InlineData(201, "// Longer than 200 lines.", false)]
    [InlineData(201, "// A comment that gives no reason.", false)]
    public void The_rule_counts_lines_and_reads_the_reason_on_the_first_line(int length, string? firstLine, bool accepted)
    {
        var lines = Enumerable.Repeat("x", length).ToArray();
        if (firstLine is not null)
        {
            lines[0] = firstLine;
        }

        Assert.Equal(accepted, Accepted(lines));
    }

    private static bool Accepted(string[] lines) =>
        lines.Length <= MaxLines || (lines[0].StartsWith(Reason, StringComparison.Ordinal) && lines[0].Length > Reason.Length);

    private static bool IsBuildOutput(string root, string file)
    {
        var first = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    /// <summary>src/AviationApis.Sandbox, in the first folder above the test's output that has one.</summary>
    private static string SandboxSourceFolder() =>
        Ancestors(new DirectoryInfo(AppContext.BaseDirectory))
            .Select(d => Path.Combine(d.FullName, "src", "AviationApis.Sandbox"))
            .FirstOrDefault(Directory.Exists)
        ?? throw new InvalidOperationException("src/AviationApis.Sandbox not found above " + AppContext.BaseDirectory);

    private static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo? folder)
    {
        for (; folder is not null; folder = folder.Parent)
        {
            yield return folder;
        }
    }
}
