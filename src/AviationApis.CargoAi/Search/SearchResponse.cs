using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Search;

/// <summary>The answer of <c>POST /search</c>: one batch of results.</summary>
public sealed record SearchResponse
{
    /// <summary>The search id; resend it to fetch missing results while <see cref="Status"/> is STARTED.</summary>
    public string? Id { get; init; }

    /// <summary>STARTED (more results to come) or COMPLETED.</summary>
    public SearchStatus Status { get; init; }

    /// <summary>
    /// The FlyWINDOW results page (only for provisioned users). Contains a portal token: do not log it. Kept as the text
    /// the vendor sent and parsed when read; <see langword="null"/> when absent or not a valid URI.
    /// </summary>
    [JsonIgnore]
    public Uri? ResultsUrl
    {
        get => Uri.TryCreate(ResultsUrlText, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;
        init => ResultsUrlText = value?.OriginalString;
    }

    [JsonInclude]
    [JsonPropertyName("resultsURL")]
    internal string? ResultsUrlText { get; init; }

    /// <summary>The flights of this batch (<see langword="null"/> when not sent).</summary>
    public IReadOnlyList<Flight>? Flights { get; init; }

    /// <summary>Per-airline errors of the search.</summary>
    public SearchMetadata? Metadata { get; init; }

    /// <summary><see langword="true"/> when <see cref="Status"/> is COMPLETED.</summary>
    [JsonIgnore]
    public bool IsCompleted => Status == SearchStatus.Completed;

    /// <inheritdoc />
    public override string ToString() =>
        $"SearchResponse {{ Id = {Id}, Status = {Status}, Flights = {Flights?.Count ?? 0}, ResultsUrl = {(ResultsUrlText is null ? "" : "[REDACTED]")} }}";

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
