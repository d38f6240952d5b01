namespace AviationApis.Cangooroo.Json;

/// <summary>Splits <c>"TO48591; TO27093; TO27239"</c> into its flight numbers.</summary>
internal static class FlightNumberList
{
    private static readonly char[] Separators = [';', ','];

    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
