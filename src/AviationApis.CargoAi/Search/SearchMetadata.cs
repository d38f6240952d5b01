namespace AviationApis.CargoAi.Search;

/// <summary>Metadata of a search response.</summary>
public sealed record SearchMetadata
{
    /// <summary>Errors reported by airlines, e.g. <c>Customer ID not found</c>.</summary>
    public IReadOnlyList<SearchError>? SearchErrors { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(SearchErrors).Written;
}
