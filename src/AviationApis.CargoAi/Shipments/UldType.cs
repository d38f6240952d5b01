using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Shipments;

/// <summary>The ULD type of a built-up (BUP) piece group. Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<UldType>))]
public readonly partial struct UldType
{
    /// <summary>The value <c>AKE</c>.</summary>
    public static UldType Ake { get; } = new("AKE");

    /// <summary>The value <c>LDP</c>.</summary>
    public static UldType Ldp { get; } = new("LDP");

    /// <summary>The value <c>MDP</c>.</summary>
    public static UldType Mdp { get; } = new("MDP");
}
