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

/// <summary>A leg.</summary>
public sealed record SampleLeg
{
    /// <summary>Origin airport.</summary>
    public required string From { get; init; }

    /// <summary>Destination airport.</summary>
    public required string To { get; init; }

    /// <summary>Local departure.</summary>
    public LocalDateTime? Departs { get; init; }
}

/// <summary>A booking confirmation.</summary>
public sealed record SampleBooking
{
    /// <summary>The booking reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The status.</summary>
    public SampleStatus Status { get; init; }
}

/// <summary>A status change request.</summary>
public sealed record SampleStatusChange
{
    /// <summary>The new status.</summary>
    public SampleStatus Status { get; init; }
}

/// <summary>A booking request (carries a card, to prove it never leaks).</summary>
public sealed record SampleBookingRequest
{
    /// <summary>The flight.</summary>
    public required string Flight { get; init; }

    /// <summary>The card number.</summary>
    public required string CardNumber { get; init; }

    /// <summary>The card security code.</summary>
    public required string Cvv { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"SampleBookingRequest {{ Flight = {Flight}, CardNumber = [REDACTED], Cvv = [REDACTED] }}";
}

/// <summary>An extensible status.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SampleStatus>))]
public readonly record struct SampleStatus(string Value) : IExtensibleEnum<SampleStatus>
{
    /// <summary>Confirmed.</summary>
    public static SampleStatus Confirmed { get; } = new("Confirmed");

    /// <summary>Cancelled.</summary>
    public static SampleStatus Cancelled { get; } = new("Cancelled");

    /// <inheritdoc />
    public bool IsKnown => Value == Confirmed.Value || Value == Cancelled.Value;

    /// <inheritdoc />
    public static SampleStatus FromValue(string value) => new(value);
}

/// <summary>The source-generated context of the sample models, built with Core's options.</summary>
[JsonSerializable(typeof(SampleFlight))]
[JsonSerializable(typeof(SampleBooking))]
[JsonSerializable(typeof(SampleStatusChange))]
[JsonSerializable(typeof(SampleBookingRequest))]
internal sealed partial class SampleJsonContext : JsonSerializerContext
{
    public static SampleJsonContext Camel { get; } = new(AviationJsonOptions.Create(JsonNamingPolicy.CamelCase));
}
