using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// When a segment flies: a date, an optional time (<c>HH:mm</c>; none for a time still to be decided), whether it
/// is the departure (<see langword="true"/>) or the arrival time, and whether it is local airport time.
/// </summary>
public sealed record SegmentDateTime
{
    /// <summary>The date (<c>yyyy-MM-dd</c>).</summary>
    public LocalDate Date { get; init; }

    /// <summary>The time (<c>HH:mm</c>); <see langword="null"/> when not decided yet (assumed: the member is then left out).</summary>
    public LocalTime? Time { get; init; }

    /// <summary><see langword="true"/> (default) when <see cref="Time"/> is the departure time, <see langword="false"/> for the arrival time.</summary>
    public bool Departure { get; init; } = true;

    /// <summary><see langword="true"/> (default) when the time is local at the airport, <see langword="false"/> for UTC.</summary>
    public bool Local { get; init; } = true;

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Date).Add(Time).Add(Departure).Add(Local).Add(AdditionalProperties).Written;
}
