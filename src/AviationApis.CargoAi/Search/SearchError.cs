namespace AviationApis.CargoAi.Search;

/// <summary>An error some airlines returned for a search.</summary>
public sealed record SearchError
{
    /// <summary>The error text.</summary>
    public string? Error { get; init; }

    /// <summary>The airline codes concerned.</summary>
    public IReadOnlyList<string>? Airlines { get; init; }
}
