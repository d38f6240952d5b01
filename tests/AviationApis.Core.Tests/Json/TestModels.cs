using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Core.Tests.Json;

public sealed record Schedule
{
    public LocalDate Date { get; init; }

    public LocalTime? Time { get; init; }

    public LocalDateTime? Local { get; init; }

    public OffsetDateTime? Created { get; init; }

    public Instant? Sent { get; init; }

    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? Id { get; init; }

    public long? SolutionId { get; init; }

    public Status Status { get; init; }

    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}

[JsonConverter(typeof(ExtensibleEnumJsonConverter<Status>))]
public readonly record struct Status(string Value) : IExtensibleEnum<Status>
{
    public static Status Confirmed { get; } = new("Confirmed");

    public bool IsKnown => Value == Confirmed.Value;

    public static Status FromValue(string value) => new(value);
}

[JsonSerializable(typeof(Schedule))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
    public static TestJsonContext Camel { get; } = new(AviationJsonOptions.Create(JsonNamingPolicy.CamelCase));
}
