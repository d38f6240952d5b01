using System.Globalization;
using System.Net;
using System.Text;
using AviationApis.CargoAi.Errors;
using AviationApis.Reliability.Tests.Hostile;

namespace AviationApis.Reliability.Tests.Fuzz;

/// <summary>
/// The "Mutation fuzzing" section of docs/reliability.md (rendered by <see cref="Matrix.ReliabilityDocument"/>): the
/// inputs tried per parser. Only numbers fixed in code (targets, documents, cases, value tables), never timings or
/// outcome counts, so the document is the same on every machine.
/// </summary>
public static class FuzzDocument
{
    /// <summary>The section's Markdown.</summary>
    /// <returns>The section.</returns>
    public static string Section()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""

            ## Mutation fuzzing

            `tests/AviationApis.Reliability.Tests/Fuzz` is a property-based suite (CsCheck) run by the normal `dotnet test`.
            Each case takes one document of a parser — its valid sample or one of its corpus files
            (`Corpus/<parser>/`, so every hostile family already found keeps being mutated) — applies one to
            {{FuzzSettings.MaxMutationsPerCase}} mutations, and asserts the parsing contract: the case parses or ends in the
            parser's documented typed error, within {{FuzzSettings.CaseLimit.TotalSeconds:0}} s. A second property reads
            one string of the sample (its own value, or an extreme date) written plainly and with every character as a
            `\uXXXX` escape: both spellings must end alike. The seed is fixed (`{{FuzzSettings.Seed}}`), one thread, so CI
            replays exactly these cases; a failure is shrunk by CsCheck to a small plan and printed with the seed that
            replays it.

            | Mutation | What it does |
            | --- | --- |
            | type swap | one value becomes one of {{FuzzMutations.Kinds.Length}} values of another kind (string, number, boolean, `null`, `[]`, `{}`, `[null]`, …) |
            | null entry | a `null` inserted into an array (without arrays: a value becomes `null`) |
            | invalid UTF-8 | one of {{FuzzMutations.InvalidSequences.Length}} invalid sequences (a Latin-1 byte, overlong, an encoded surrogate, truncated, a 5-byte form) inside a string |
            | lone surrogate | one of {{FuzzMutations.Surrogates.Length}} escaped lone or reversed surrogates (`\uD800`, `\uDC00`, …) inside a string |
            | extreme number | a number becomes one of {{FuzzMutations.Numbers.Length}} (beyond double, decimal, long and int; tiny; negative zero) |
            | extreme date | a string becomes one of {{FuzzMutations.Dates.Length}} dates and times (range edges with offsets such as `9999-12-31T23:59:59-01:00`, impossible dates, escaped digits) |
            | byte flip | one bit of one byte flipped |
            | truncation | the document cut at a byte |

            | Parser | Contract (typed error) | Documents | Mutated cases | Escaped twins |
            | --- | --- | ---: | ---: | ---: |

            """);
        foreach (var target in FuzzTargets.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{target.Name}` | {Contract(target)} | {FuzzRunner.Documents(target).Length} | {FuzzSettings.CasesPerTarget:N0} | {FuzzSettings.TwinsPerTarget:N0} pairs |\n");
        }

        var total = FuzzTargets.All.Count * (FuzzSettings.CasesPerTarget + (2 * FuzzSettings.TwinsPerTarget));
        text.Append(CultureInfo.InvariantCulture, $$"""

            {{FuzzTargets.All.Count}} parsers, {{total:N0}} parses per run. The targets whose name ends in an HTTP status are the
            vendors' error-body readers, answered with that status; the others are answered 200, so an error shape sent
            with a success status is covered too.

            """);
        return text.ToString();
    }

    private static string Contract(IHostileParser target) => target switch
    {
        CoreResponseParser => "`InvalidResponseException` with messages",
        CargoAiCallbackHostileParser => "`CargoAiCallbackFormatException`",
        AvinodeNotificationHostileParser => "`FormatException`",
        ClientResponseParser { CaseStatus: HttpStatusCode.OK } => "`AviationApiException` subclass with a message",
        ClientResponseParser client => $"HTTP {(int)client.CaseStatus} error body: `AviationApiException` subclass with a message",
        _ => throw new InvalidOperationException($"{target.Name}: no contract described"),
    };
}
