namespace AviationApis.CargoAi.Users;

/// <summary>
/// An airline named by CargoAi's airline-recognition rules, with the codes a search may use for it. The vendor names the
/// airlines (once with a code: "American Airlines (AAL)"); the other codes are this SDK's addition.
/// </summary>
/// <param name="Name">The airline's name as the vendor writes it.</param>
/// <param name="IataCode">The two-character IATA designator (e.g. <c>AA</c>), the form search results and filters use.</param>
/// <param name="IcaoCode">The three-letter ICAO designator (e.g. <c>AAL</c>), the form the vendor's list uses for American Airlines.</param>
/// <param name="AwbPrefix">The airline's 3-digit AWB prefix (e.g. <c>001</c>), as in a flight's <c>awbPrefixes</c>.</param>
public sealed record CargoAiAirline(string Name, string IataCode, string IcaoCode, string AwbPrefix)
{
    /// <summary>Other names the airline goes by (e.g. <c>Virgin Atlantic</c>); compared like <see cref="Name"/>.</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>
    /// Whether <paramref name="codeOrName"/> designates this airline: its IATA or ICAO code or AWB prefix (case ignored),
    /// or its name (case, spacing and punctuation ignored; a trailing code in parentheses, as in <c>American Airlines
    /// (AAL)</c>, is accepted).
    /// </summary>
    /// <param name="codeOrName">A code or name, e.g. from a search result's <c>airlineCode</c>.</param>
    /// <returns><see langword="true"/> when it is this airline.</returns>
    public bool Matches(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return false;
        }

        var text = codeOrName.Trim();
        if (string.Equals(text, IataCode, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, IcaoCode, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, AwbPrefix, StringComparison.Ordinal))
        {
            return true;
        }

        // "American Airlines (AAL)": the name with a code in parentheses.
        var open = text.LastIndexOf('(');
        if (open > 0 && text.EndsWith(')') && Matches(text[(open + 1)..^1]) && Matches(text[..open]))
        {
            return true;
        }

        var key = NameKey(text);
        return key.Length > 0 && (key == NameKey(Name) || OtherNames.Any(n => NameKey(n) == key));
    }

    private static string NameKey(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Name).Add(IataCode).Add(IcaoCode).Add(AwbPrefix).Add(OtherNames).Written;
}
