using System.Text;
using System.Text.RegularExpressions;
using AviationApis.Testing;
using Xunit.Sdk;

namespace AviationApis.Samples.Tests;

/// <summary>
/// Every C# block in the Markdown files users read is code that samples/AviationApis.Snippets compiles: a block is
/// preceded by <c>&lt;!-- snippet: Name --&gt;</c> and equals the <c>#region Snippet:Name</c> of that project (its
/// file's using lines, a blank line, then the region's body dedented). A block without a marker fails, so no snippet
/// escapes the compiler. To rewrite the Markdown from the snippets, run these tests with
/// <c>AVIATIONAPIS_APPROVE_API=1</c> (never in CI) and review the diff before committing.
/// </summary>
public sealed partial class SnippetTests
{
    private const string MarkerPrefix = "<!-- snippet: ";
    private static readonly string[] CSharpFences = ["csharp", "cs", "c#"];

    [Fact]
    public void Every_csharp_block_in_the_markdown_is_a_compiled_snippet()
    {
        var snippets = SnippetSource.Load();
        var problems = new List<string>();
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);

        foreach (var file in MarkdownFiles())
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
            var original = File.ReadAllText(file).ReplaceLineEndings("\n");
            var rewritten = Check(relative, original, snippets, used, problems);
            if (rewritten != original)
            {
                rewrites[file] = rewritten;
            }
        }

        foreach (var unused in snippets.Keys.Where(name => !used.Contains(name)).Order(StringComparer.Ordinal))
        {
            problems.Add($"Snippet '{unused}' ({snippets[unused].Source}) is shown in no Markdown file: show it or delete it.");
        }

        var differing = problems.Count(p => p.StartsWith("DIFFERS", StringComparison.Ordinal));
        if (differing > 0 && ApprovalRequested())
        {
            foreach (var (file, text) in rewrites)
            {
                File.WriteAllText(file, text);
            }

            problems.RemoveAll(p => p.StartsWith("DIFFERS", StringComparison.Ordinal));
        }

        Assert.True(problems.Count == 0, FailureMessage(problems));
    }

    [Fact]
    public void A_block_is_the_files_using_lines_then_the_dedented_region()
    {
        const string source = """
            using AviationApis.CargoAi;
            using NodaTime;   // LocalDate

            namespace Snippets;

            public static class Example
            {
                public static void Run()
                {
                    #region Snippet:Example
                    var date = LocalDate.FromDateTime(DateTime.Today);
                    if (date.Year > 2000)
                        Console.WriteLine(date);
                    #endregion
                }
            }
            """;

        var snippets = SnippetSource.Parse(source, "Example.cs");

        Assert.Equal(
            "using AviationApis.CargoAi;\nusing NodaTime;   // LocalDate\n\nvar date = LocalDate.FromDateTime(DateTime.Today);\nif (date.Year > 2000)\n    Console.WriteLine(date);",
            Assert.Single(snippets).Value.Text);
    }

    [Fact]
    public void A_block_without_a_marker_a_marker_without_a_snippet_and_a_changed_block_are_all_reported()
    {
        var snippets = new Dictionary<string, Snippet>(StringComparer.Ordinal) { ["Known"] = new("Known", "var a = 1;", "Known.cs") };
        var problems = new List<string>();
        const string markdown = """
            # Title

            ```csharp
            var loose = true;
            ```

            <!-- snippet: Missing -->
            ```csharp
            var b = 2;
            ```

            <!-- snippet: Known -->
            ```csharp
            var a = 2;
            ```

            ```bash
            dotnet test
            ```

            ```C# title="Program.cs"
            var c = 3;
            ```
            """;

        var rewritten = Check("doc.md", markdown.ReplaceLineEndings("\n"), snippets, new HashSet<string>(), problems);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("doc.md:3", StringComparison.Ordinal) && p.Contains("no marker", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("doc.md:21", StringComparison.Ordinal) && p.Contains("no marker", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Missing'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("DIFFERS", StringComparison.Ordinal) && p.Contains("var a = 1;", StringComparison.Ordinal));
        Assert.Contains("<!-- snippet: Known -->\n```csharp\nvar a = 1;\n```", rewritten, StringComparison.Ordinal);
    }

    private static bool ApprovalRequested() =>
        Environment.GetEnvironmentVariable(PublicApiSnapshot.ApproveVariable) == "1"
        && Environment.GetEnvironmentVariable("CI") != "true";

    private static string FailureMessage(List<string> problems) =>
        $"{problems.Count} problem(s): the Markdown C# blocks must be the compiled snippets of samples/AviationApis.Snippets.\n"
        + (problems.Any(p => p.StartsWith("DIFFERS", StringComparison.Ordinal))
            ? $"A block that differs can be rewritten from its snippet: run the tests with {PublicApiSnapshot.ApproveVariable}=1 (not in CI) and review the diff.\n"
            : string.Empty)
        + string.Join("\n\n", problems);

    /// <summary>Checks one Markdown text; returns it with every marked block replaced by its snippet.</summary>
    private static string Check(string file, string text, IReadOnlyDictionary<string, Snippet> snippets, HashSet<string> used, List<string> problems)
    {
        var lines = text.Split('\n');
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var marker = MarkerName(line);
            if (marker is not null && !(i + 1 < lines.Length && IsCSharpFence(lines[i + 1])))
            {
                problems.Add($"{file}:{i + 1}: the marker for '{marker}' must be directly followed by a ```csharp block.");
            }

            if (!line.StartsWith("```", StringComparison.Ordinal) || line.Trim() == "```")
            {
                output.Add(line);
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    i = CopyUntilClosingFence(lines, i + 1, output);   // an untagged block: shell commands, diagrams
                }

                continue;
            }

            output.Add(line);
            var end = ClosingFence(lines, i + 1);
            var body = string.Join('\n', lines[(i + 1)..end]);
            if (!IsCSharpFence(line))
            {
                output.AddRange(lines[(i + 1)..end]);
            }
            else if ((i > 0 ? MarkerName(lines[i - 1]) : null) is not { } name)
            {
                problems.Add($"{file}:{i + 1}: a C# block ({line.Trim()}) with no marker: compile it as a region in samples/AviationApis.Snippets and put '{MarkerPrefix}Name -->' on the line above.");
                output.AddRange(lines[(i + 1)..end]);
            }
            else if (!snippets.TryGetValue(name, out var snippet))
            {
                problems.Add($"{file}:{i}: no '#region Snippet:{name}' in samples/AviationApis.Snippets for the snippet '{name}'.");
                output.AddRange(lines[(i + 1)..end]);
            }
            else
            {
                used.Add(name);
                if (body != snippet.Text)
                {
                    problems.Add($"DIFFERS {file}:{i + 1}: the block '{name}' is not its snippet ({snippet.Source}). Expected:\n```csharp\n{snippet.Text}\n```");
                }

                output.AddRange(snippet.Text.Split('\n'));
            }

            if (end < lines.Length)
            {
                output.Add(lines[end]);
            }

            i = end;
        }

        return string.Join('\n', output);
    }

    private static int CopyUntilClosingFence(string[] lines, int start, List<string> output)
    {
        var end = ClosingFence(lines, start);
        output.AddRange(lines[start..Math.Min(end + 1, lines.Length)]);
        return end;
    }

    private static int ClosingFence(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "```")
            {
                return i;
            }
        }

        return lines.Length;
    }

    /// <summary>An opening fence whose info string starts with a C# language name (```csharp, ```cs, ```C# title=…).</summary>
    private static bool IsCSharpFence(string line) =>
        line.StartsWith("```", StringComparison.Ordinal)
        && CSharpFences.Contains(line[3..].Trim().Split(' ', 2)[0], StringComparer.OrdinalIgnoreCase);

    private static string? MarkerName(string line)
    {
        var match = MarkerPattern().Match(line.Trim());
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The Markdown files users read: every *.md of the repository outside build output.</summary>
    private static IEnumerable<string> MarkdownFiles()
    {
        string[] skipped = ["bin", "obj", ".git", "artifacts", "TestResults", "node_modules"];
        return Directory.EnumerateFiles(RepositoryPaths.Root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(RepositoryPaths.Root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Order(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^<!-- snippet: (\S+) -->$")]
    private static partial Regex MarkerPattern();
}

/// <summary>A compiled snippet: its name, the block a reader sees, and where it lives.</summary>
internal sealed record Snippet(string Name, string Text, string Source);

/// <summary>
/// Reads the <c>#region Snippet:Name</c> regions of samples/AviationApis.Snippets, and of the contributors' example
/// client in tests/AviationApis.Core.Tests/Infrastructure/WritingAClient (docs/writing-a-client.md: it plugs into Core's internal
/// transport, which samples never need).
/// </summary>
internal static class SnippetSource
{
    public static Dictionary<string, Snippet> Load()
    {
        var folders = new[] { RepositoryPaths.Combine("samples", "AviationApis.Snippets"), RepositoryPaths.Combine("tests", "AviationApis.Core.Tests", "Infrastructure", "WritingAClient") };
        var all = new Dictionary<string, Snippet>(StringComparer.Ordinal);
        foreach (var file in folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (name, snippet) in Parse(File.ReadAllText(file), relative))
            {
                if (!all.TryAdd(name, snippet))
                {
                    throw new XunitException($"The snippet '{name}' is defined twice: {all[name].Source} and {relative}.");
                }
            }
        }

        return all;
    }

    public static Dictionary<string, Snippet> Parse(string source, string path)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var usings = lines.TakeWhile(l => !l.StartsWith("namespace ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("using ", StringComparison.Ordinal))
            .Select(l => l.TrimEnd())
            .ToList();
        var snippets = new Dictionary<string, Snippet>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (!trimmed.StartsWith("#region Snippet:", StringComparison.Ordinal))
            {
                continue;
            }

            var name = trimmed["#region Snippet:".Length..].Trim();
            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "#endregion");
            if (end < 0)
            {
                throw new XunitException($"{path}:{i + 1}: '#region Snippet:{name}' has no #endregion.");
            }

            var body = Dedent(lines[(i + 1)..end]);
            var text = new StringBuilder();
            if (usings.Count > 0)
            {
                text.AppendJoin('\n', usings).Append("\n\n");
            }

            text.Append(body);
            if (!snippets.TryAdd(name, new Snippet(name, text.ToString(), path)))
            {
                throw new XunitException($"{path}: the snippet '{name}' is defined twice.");
            }

            i = end;
        }

        return snippets;
    }

    private static string Dedent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        var body = lines.Select(l => l.Trim().Length == 0 ? string.Empty : l[indent..].TrimEnd()).ToList();
        while (body.Count > 0 && body[0].Length == 0)
        {
            body.RemoveAt(0);
        }

        while (body.Count > 0 && body[^1].Length == 0)
        {
            body.RemoveAt(body.Count - 1);
        }

        return string.Join('\n', body);
    }
}
