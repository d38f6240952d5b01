using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>A flight as the plain Core pipeline client reads it: NodaTime values, an extensible enum, a number-or-string id.</summary>
public sealed record SampleFlight
{
    /// <summary>The id (number or string on the wire).</summary>
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? Id { get; init; }

    /// <summary>The flight number.</summary>
    public required string Number { get; init; }

    /// <summary>The departure date.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The departure time.</summary>
    public LocalTime? Departure { get; init; }

    /// <summary>When it was last updated.</summary>
    public OffsetDateTime? Updated { get; init; }

    /// <summary>When the server sent it.</summary>
    public Instant? Sent { get; init; }

    /// <summary>The status.</summary>
    public SampleStatus Status { get; init; }

    /// <summary>Seats left.</summary>
    public int Seats { get; init; }

    /// <summary>The price.</summary>
    public decimal Price { get; init; }

    /// <summary>The legs.</summary>
    public IReadOnlyList<SampleLeg> Legs { get; init; } = [];

    /// <summary>Unknown members, kept.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
