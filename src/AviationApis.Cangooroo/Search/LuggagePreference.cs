using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Search;

/// <summary>
/// Whether results must include checked baggage, sent as <c>Luggage</c> (<c>Both</c>, <c>With</c>, <c>Without</c>). An open
/// set: another literal can be sent with <see cref="FromValue"/>. Comparison ignores case.
/// </summary>
[ExtensibleEnum(IgnoreCase = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<LuggagePreference>))]
public readonly partial struct LuggagePreference
{
    /// <summary>Flights with and without baggage included (the vendor's example).</summary>
    public static LuggagePreference Both => new("Both");

    /// <summary>Only fares with baggage included.</summary>
    public static LuggagePreference With => new("With");

    /// <summary>Only fares without baggage.</summary>
    public static LuggagePreference Without => new("Without");
}
