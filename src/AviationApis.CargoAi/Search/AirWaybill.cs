using System.Text.RegularExpressions;

namespace AviationApis.CargoAi.Search;

/// <summary>
/// The AWB number form CargoAi documents for <c>POST /book</c>: <c>PPP-NNNNNNNN</c>, the airline's 3-digit prefix (one
/// of the flight's <c>awbPrefixes</c>), a hyphen and the 8-digit serial. The vendor states no check-digit rule, so none
/// is applied.
/// </summary>
public static partial class AirWaybill
{
    /// <summary>The documented form.</summary>
    public const string Format = "PPP-NNNNNNNN";

    /// <summary>Whether <paramref name="awb"/> has the documented form (and, when <paramref name="prefixes"/> are given, one of them).</summary>
    /// <param name="awb">The AWB number.</param>
    /// <param name="prefixes">The prefixes the flight accepts; empty or <see langword="null"/> to check the form only.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid(string? awb, IReadOnlyCollection<string>? prefixes = null) =>
        awb is not null && Pattern().IsMatch(awb) && (prefixes is not { Count: > 0 } || prefixes.Contains(awb[..3], StringComparer.Ordinal));

    /// <summary>Describes the accepted forms, e.g. <c>PPP-NNNNNNNN (PPP: 020 or 176; NNNNNNNN: the 8-digit serial)</c>.</summary>
    /// <param name="prefixes">The flight's prefixes.</param>
    /// <returns>The description.</returns>
    public static string Describe(IReadOnlyCollection<string>? prefixes) =>
        prefixes is { Count: > 0 }
            ? $"{Format} (PPP: {string.Join(" or ", prefixes)}; NNNNNNNN: the 8-digit serial)"
            : $"{Format} (PPP: the airline's 3-digit prefix; NNNNNNNN: the 8-digit serial)";

    [GeneratedRegex("^[0-9]{3}-[0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
