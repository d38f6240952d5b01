using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Reliability.Tests.Targets;

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
