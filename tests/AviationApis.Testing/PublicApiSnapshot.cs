using System.Reflection;
using System.Text;
using PublicApiGenerator;
using Xunit.Sdk;

namespace AviationApis.Testing;

/// <summary>
/// Tracks a library's public surface with PublicApiGenerator: the C#-like text of every public type and member
/// (nullability, generic constraints, <c>required</c>, attributes) is compared with the approved <c>api/&lt;Assembly&gt;.txt</c>.
/// The test never writes the approved file. On a difference it writes <c>api/&lt;Assembly&gt;.received.txt</c> (git-ignored),
/// fails with the diff and the command that approves it: <c>mv api/X.received.txt api/X.txt</c>, or
/// <c>bash scripts/approve-api.sh</c> for every received file at once.
/// </summary>
public static class PublicApiSnapshot
{
    /// <summary>
    /// Environment variable that lets the generated-document tests (reliability matrix, README snippets) rewrite their
    /// documents. The public API snapshot does not read it: its approval is always the explicit <c>mv</c>.
    /// </summary>
    public const string ApproveVariable = "AVIATIONAPIS_APPROVE_API";

    private static readonly ApiGeneratorOptions Options = new()
    {
        // Assembly attributes carry InternalsVisibleTo, the target framework and build metadata: not API, and not stable.
        IncludeAssemblyAttributes = false,
        OrderBy = OrderMode.FullName,
        TreatRecordsAsClasses = false,

        // The generator leaves out Microsoft.* and System.* namespaces by default; our registration extensions live in
        // the framework builders' namespaces (Add<Vendor>Client, UseXxxSandbox, MapXxx) and are public API.
        AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder"],
    };

    /// <summary>Compares the public API of <paramref name="assembly"/> with <c>api/&lt;Assembly&gt;.txt</c>.</summary>
    public static void Verify(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Verify(assembly, RepositoryPaths.Combine("api", assembly.GetName().Name + ".txt"));
    }

    /// <summary>Compares the public API of <paramref name="assembly"/> with the approved file at <paramref name="approvedPath"/>.</summary>
    public static void Verify(Assembly assembly, string approvedPath)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(approvedPath);
        var actual = Generate(assembly);
        var receivedPath = ReceivedPath(approvedPath);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, actual);
        var approvedRelative = Relative(approvedPath);
        var receivedRelative = Relative(receivedPath);
        throw new XunitException(
            $"The public API of {assembly.GetName().Name} differs from the approved {approvedRelative}"
            + (approved is null ? " (which does not exist yet)" : string.Empty) + ".\n"
            + $"The generated surface is in {receivedRelative}. Review the diff; if the change is deliberate, approve it with\n"
            + $"    mv {receivedRelative} {approvedRelative}\n"
            + "(or `bash scripts/approve-api.sh` for every received file), then commit the .txt file.\n"
            + Diff(approved ?? string.Empty, actual));
    }

    /// <summary>The public API text of <paramref name="assembly"/>, with <c>\n</c> line endings and a final newline.</summary>
    public static string Generate(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var text = assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n");
        return text.EndsWith('\n') ? text : text + "\n";
    }

    /// <summary>Where a failed comparison writes the generated text: <c>X.received.txt</c> next to <c>X.txt</c>.</summary>
    public static string ReceivedPath(string approvedPath) =>
        Path.Combine(Path.GetDirectoryName(approvedPath) ?? string.Empty, Path.GetFileNameWithoutExtension(approvedPath) + ".received.txt");

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    private const int MaxDiffLines = 300;

    /// <summary>A line diff: the common head and tail are trimmed, the middle aligned by longest common subsequence.</summary>
    internal static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head && before[^(tail + 1)] == after[^(tail + 1)])
        {
            tail++;
        }

        var old = before[head..^tail];
        var neu = after[head..^tail];
        var lines = new List<string> { $"@@ from line {head + 1} @@" };
        if ((long)old.Length * neu.Length > 16_000_000)
        {
            lines.AddRange(old.Select(l => "- " + l));
            lines.AddRange(neu.Select(l => "+ " + l));
        }
        else
        {
            // lcs[i, j]: length of the longest common subsequence of old[i..] and neu[j..].
            var lcs = new int[old.Length + 1, neu.Length + 1];
            for (var i = old.Length - 1; i >= 0; i--)
            {
                for (var j = neu.Length - 1; j >= 0; j--)
                {
                    lcs[i, j] = old[i] == neu[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int a = 0, b = 0;
            while (a < old.Length || b < neu.Length)
            {
                if (a < old.Length && b < neu.Length && old[a] == neu[b])
                {
                    lines.Add("  " + old[a]);
                    a++;
                    b++;
                }
                else if (b < neu.Length && (a == old.Length || lcs[a, b + 1] >= lcs[a + 1, b]))
                {
                    lines.Add("+ " + neu[b++]);
                }
                else
                {
                    lines.Add("- " + old[a++]);
                }
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines.Take(MaxDiffLines))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > MaxDiffLines)
        {
            text.Append($"... {lines.Count - MaxDiffLines} more diff lines; compare the two files for the rest.\n");
        }

        return text.ToString();
    }
}
