using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Json;

/// <summary>
/// Reads a relationship that should be a list of links but may arrive as a single link object (or null): the vendor
/// does not document every relationship's arity, so both are accepted.
/// </summary>
internal sealed class ResourceLinkListJsonConverter : JsonConverter<IReadOnlyList<ResourceLink>>
{
    public override IReadOnlyList<ResourceLink>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var linkInfo = (JsonTypeInfo<ResourceLink>)options.GetTypeInfo(typeof(ResourceLink));
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject:
                var single = JsonSerializer.Deserialize(ref reader, linkInfo);
                return single is null ? [] : [single];
            case JsonTokenType.StartArray:
                var list = new List<ResourceLink>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject && JsonSerializer.Deserialize(ref reader, linkInfo) is { } link)
                    {
                        list.Add(link);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return list;
            default:
                throw new JsonException($"Expected a link or a list of links, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ResourceLink> value, JsonSerializerOptions options)
    {
        var linkInfo = (JsonTypeInfo<ResourceLink>)options.GetTypeInfo(typeof(ResourceLink));
        writer.WriteStartArray();
        foreach (var link in value)
        {
            JsonSerializer.Serialize(writer, link, linkInfo);
        }

        writer.WriteEndArray();
    }
}
