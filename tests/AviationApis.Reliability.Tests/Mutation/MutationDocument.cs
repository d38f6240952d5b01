using System.Globalization;
using System.Text;

namespace AviationApis.Reliability.Tests.Mutation;

/// <summary>
/// The "Mutation testing" section of docs/reliability.md (rendered by <see cref="Matrix.ReliabilityDocument"/>): what
/// Core's tests catch, measured with Stryker.NET. The run takes tens of minutes on two cores, so it is not part of
/// <c>.ci/run</c>: the numbers below are the recorded result of the documented command, updated by hand when it is run.
/// </summary>
public static class MutationDocument
{
    /// <summary>The Stryker.NET version pinned in <c>.config/dotnet-tools.json</c>.</summary>
    public const string ToolVersion = "5.1.0";

    /// <summary>Where the committed Stryker configuration lives.</summary>
    public static readonly string[] ConfigPath = ["tests", "AviationApis.Core.Tests", "stryker-config.json"];

    /// <summary>The date of the recorded run (UTC).</summary>
    public const string Measured = "2026-12-02";

    /// <summary>One folder of <c>src/AviationApis.Core</c>: mutants detected (killed or timed out) of those tested, before and after.</summary>
    /// <param name="Folder">The folder.</param>
    /// <param name="DetectedBefore">Detected before the survivor-killing tests.</param>
    /// <param name="TestedBefore">Tested before (survived + no coverage + detected).</param>
    /// <param name="DetectedAfter">Detected now.</param>
    /// <param name="TestedAfter">Tested now.</param>
    /// <param name="Note">What the row covers, when not the whole folder.</param>
    public sealed record FolderScore(string Folder, int DetectedBefore, int TestedBefore, int DetectedAfter, int TestedAfter, string Note = "");

    /// <summary>A surviving mutant that no test can kill, and why.</summary>
    /// <param name="Location">File and line.</param>
    /// <param name="Mutation">What Stryker changed.</param>
    /// <param name="Reason">Why the program behaves the same.</param>
    public sealed record Survivor(string Location, string Mutation, string Reason);

    /// <summary>The recorded scores per folder.</summary>
    public static IReadOnlyList<FolderScore> Folders { get; } =
    [
        new("Errors", 54, 119, 115, 115),
        new("Http", 68, 124, 139, 142),
        new("Json", 284, 332, 330, 332),
        new("Options", 88, 118, 107, 118),
        new("Pipeline", 231, 477, 468, 481),
        new("RateLimits", 24, 28, 27, 28),
        new("Redaction", 106, 144, 138, 144),
        new("Signing", 26, 42, 42, 42),
        new("Text", 0, 36, 36, 36),
    ];

    /// <summary>The survivors left, each equivalent to the original program or out of a unit test's reach.</summary>
    public static IReadOnlyList<Survivor> Survivors { get; } =
    [
        new("Redaction/Luhn.cs:30", "`d > 9` → `d >= 9`", "a doubled digit is even, so it is never 9"),
        new("Redaction/Luhn.cs:36", "`sum += d` → `sum -= d`", "`-sum % 10 == 0` exactly when `sum % 10 == 0`"),
        new("Redaction/Redactor.cs:39", "`< MinimumSecretLength` → `<=`", "a 4-character secret is already replaced verbatim before the stand-alone pass, and `[REDACTED]` cannot form a stand-alone 4-character match"),
        new("Redaction/Redactor.cs:81", "`text ?? string.Empty` → `string.Empty`", "the branch is taken only for null or empty text"),
        new("Redaction/Redactor.cs:167", "`is >= 13 and <= 19` → `or`", "the card-candidate regex only yields 13 to 19 digits (the bounds themselves are tested)"),
        new("Redaction/SecretSpellings.cs:20", "`StringBuilder(secret.Length * 48)` → `/ 48`", "an initial capacity only"),
        new("Json/IsoUtf8Parser.cs:176", "`return false` (seconds not two digits or over 59) → `return true`", "the time then reports 5 bytes read, yet the text goes on with `:` and is at least 8 bytes long: every shape that calls it needs the whole text read, and the offset after the time starts with `Z`, `+` or `-`, never `:`"),
        new("Json/NumberOrStringJsonConverter.cs:10", "`HandleNull => false` → `true`", "the converter reads a JSON null as null and writes a null string as JSON null, as the serializer does without it"),
        new("Options/HeaderValueRules.cs:30", "`< 0x20` → `<= 0x20`", "U+0020 (space) is valid and never reaches the message"),
        new("RateLimits/RateLimitHeaders.cs:73", "`a > b ? a : b` → `a >= b`", "equal values give the same maximum"),
        new("Pipeline/RetryClassifier.cs:42 (2)", "`null or OperationCanceledException or …` → `null and …`, `OperationCanceledException and CircuitOpenException`", "null, a cancellation and an open circuit then fall through to `_ => null`"),
        new("Pipeline/AviationResilience.cs:62", "retry strategy name `\"AviationApis.Retry\"` → `\"\"`", "the name reaches only Polly's own telemetry, which this pipeline switches off (`TelemetryListener = null`); no exception carries it"),
        new("Pipeline/AviationResilience.cs:153", "`?? \"retry\"` → `?? \"\"` (not covered)", "unreachable: the retry callback runs only after `ShouldRetryAsync` accepted the same outcome, and then the reason is never null"),
        new("Pipeline/OriginCheckHandler.cs:52", "`location.IsAbsoluteUri ? location : new Uri(base, location)` → always `new Uri(base, location)`", "`new Uri(base, absolute)` is the absolute URI unchanged"),
        new("Pipeline/PooledResponseContent.cs:100, :114, :120, :297, :303 (5)", "argument and disposal checks removed; the unreachable `throw` of `Locate` (not covered)", "defensive: `HttpContent` checks the argument and disposal before calling in, disposing the content disposes its one read stream, and `Locate` runs only where a segment exists"),
        new("Pipeline/PooledResponseContent.cs:134, :142, :279 (3)", "`disposing && !_disposed` → `||`; `_segments.Clear()` and `base.Dispose(disposing)` removed", "`HttpContent` has no finalizer (`disposing` is always true), a second disposal is stopped by `_disposed`, and `Stream.Dispose(bool)` does nothing"),
        new("Http/ApiResponses.cs:104", "`end < 0` → `end <= 0`", "the parser's message never starts with \". \", so the first sentence never ends at 0"),
        new("Http/ApiResponses.cs:93, :99 (2, not covered)", "the `InvalidOperationException` catch of the excerpt re-read emptied; the message of a `JsonException` without a path emptied", "defensive: the serializer always reports a path, and re-reading a consumed body ends as an empty excerpt before it could throw that"),
        new("Options/HostFacts.cs:79–91 (10)", "test-host detection of the process (entry assembly name, loaded test assemblies)", "not equivalent, but out of a unit test's reach: inside `dotnet test` every variant still says \"test host\"; tests simulate the facts instead (`HostFacts` in DI)"),
    ];

    /// <summary>The section's Markdown.</summary>
    /// <returns>The section.</returns>
    public static string Section()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(inv, $$"""

            ## Mutation testing

            What Core's tests catch, measured with [Stryker.NET](https://stryker-mutator.io/docs/stryker-net/introduction/)
            {{ToolVersion}} (a local dotnet tool, `.config/dotnet-tools.json`): every mutant is a small change to
            `src/AviationApis.Core` (a flipped comparison, a removed statement, an emptied string); a mutant is *detected*
            when a test of `tests/AviationApis.Core.Tests` fails on it. It takes tens of minutes on two cores, so it is not
            part of `.ci/run`; run it before changing Core's safety-critical code:

            ```sh
            dotnet tool restore
            cd tests/AviationApis.Core.Tests && dotnet stryker
            ```

            The configuration (`{{string.Join('/', ConfigPath)}}`: net10.0, Release, two test runners) excludes no code and
            ignores no mutation. `StrykerOutput/<run>/reports/mutation-report.html` lists every survivor with its line; while
            killing survivors, narrow a run with `--mutate "**/Redaction/**/*.cs"` or `--since:main`.

            Recorded on {{Measured}}. Score = detected ÷ (detected + survived + not covered); mutants that do not compile are
            not counted. "Before" is the same command before the survivor-killing tests (issue 14 had measured Core's
            safety-critical files at 74%: `Redactor` 67%, `RetryClassifier` 74%, `BaseAddressRules` 79%,
            `RateLimitHeaders` 92%).

            | Folder | Before | After | Detected / tested |
            | --- | ---: | ---: | ---: |

            """);
        foreach (var folder in Folders)
        {
            var note = folder.Note.Length > 0 ? $" ({folder.Note})" : string.Empty;
            text.Append(inv, $"| `{folder.Folder}`{note} | {Percent(folder.DetectedBefore, folder.TestedBefore)} | {Percent(folder.DetectedAfter, folder.TestedAfter)} | {folder.DetectedAfter} / {folder.TestedAfter} |\n");
        }

        var before = (Detected: Folders.Sum(f => f.DetectedBefore), Tested: Folders.Sum(f => f.TestedBefore));
        var after = (Detected: Folders.Sum(f => f.DetectedAfter), Tested: Folders.Sum(f => f.TestedAfter));
        text.Append(inv, $"| **Core** | **{Percent(before.Detected, before.Tested)}** | **{Percent(after.Detected, after.Tested)}** | {after.Detected} / {after.Tested} |\n");
        text.Append(inv, $$"""

            "After" is one full run (24 min, {{Measured}}) on the final code of issue 15 (the one transport, the token
            failures) with the tests that killed the survivors it had left. The `ConfigureAwait(false)` awaits of
            `ApiResponses`, `ApiTransport` and `AvinodeHeaderSigner` are proven under a synchronization context that counts
            what is posted back to it (`Infrastructure/CountingContext.cs`), each awaited step arriving only after the call
            started so that the await really suspends. `Json` adds one mutant killed after that run, measured with
            `--mutate "**/Json/LocalDateTimeJsonConverter.cs"` (the fast path of a converter with one ISO pattern). Stryker
            tests no mutant of `ApiResponses.ReadErrorBodyAsync` (one does not compile, and it then counts the whole method
            as compile errors); the same context tests cover its awaits.
            `Pipeline/` "before" is the pipeline rebuilt on `Microsoft.Extensions.Http.Resilience` before its Core-level tests
            (its stages were proven only by `tests/AviationApis.Reliability.Tests`, which this command does not run).

            Survivors left on purpose: equivalent mutants (the program behaves exactly like the original) and the
            process detection that a test host cannot vary. Every other survivor listed by the report is a missing test.

            | Where | Mutation | Why no test kills it |
            | --- | --- | --- |

            """);
        foreach (var survivor in Survivors)
        {
            text.Append(inv, $"| `{survivor.Location}` | {survivor.Mutation} | {survivor.Reason} |\n");
        }

        return text.ToString();
    }

    private static string Percent(int detected, int tested) =>
        (100.0 * detected / tested).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
