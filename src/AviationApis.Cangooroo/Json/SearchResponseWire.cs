using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo.Json;

internal sealed class SearchResponseWire : CangoorooResponseWire
{
    public string? Token { get; init; }

    public int? NumberOfResults { get; init; }

    public IReadOnlyList<FlightSolution>? Solutions { get; init; }
}
