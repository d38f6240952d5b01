using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>
/// Reads an airport sent as a code string, or as an object carrying <c>icao</c>, <c>iata</c>, <c>faa</c>, <c>code</c>
/// or <c>id</c> (the SchedAero flight-leg shape is not public; we accept both).
/// </summary>
internal sealed class AirportCodeJsonConverter : JsonConverter<string>
{
    private static readonly string[] CodeMembers = ["icao", "iata", "faa", "code", "id"];

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    foreach (var name in CodeMembers)
                    {
                        foreach (var member in document.RootElement.EnumerateObject())
                        {
                            if (member.NameEquals(name) || string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
                            {
                                if (member.Value.ValueKind == JsonValueKind.String)
                                {
                                    return member.Value.GetString();
                                }
                            }
                        }
                    }
                }

                return null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
