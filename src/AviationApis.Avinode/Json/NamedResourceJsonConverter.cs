using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Avinode.Marketplace;

namespace AviationApis.Avinode.Json;

/// <summary>
/// Reads a party or aircraft reference that may arrive as an object (<c>{id, href, type, name, …}</c>) or as a plain
/// string (kept as <see cref="NamedResource.Name"/>): public sources disagree on these shapes.
/// </summary>
internal sealed class NamedResourceJsonConverter : JsonConverter<NamedResource>
{
    public override NamedResource? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new NamedResource { Name = reader.GetString() };
            case JsonTokenType.Number:
                return new NamedResource { Name = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.StartObject:
                return JsonSerializer.Deserialize(ref reader, ObjectInfo(options));
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, NamedResource value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, ObjectInfo(options));

    // Applied on properties only: the type itself has no converter, so this is the generated object metadata.
    private static JsonTypeInfo<NamedResource> ObjectInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<NamedResource>)options.GetTypeInfo(typeof(NamedResource));
}
