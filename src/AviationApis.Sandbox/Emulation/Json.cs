using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AviationApis.Sandbox.Emulation;

/// <summary>AOT-safe JSON helpers over <see cref="JsonNode"/>: reading members leniently, writing responses.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? String(JsonNode? parent, string name) => Text(parent?[name]);

    /// <summary>The text of a string, number or boolean value; null for anything else.</summary>
    public static string? Text(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    /// <summary>A number sent as a JSON number or a numeric string (Cangooroo ids arrive both ways).</summary>
    public static long? Long(JsonNode? parent, string name) =>
        long.TryParse(Text(parent?[name]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static double? Double(JsonNode? parent, string name) =>
        double.TryParse(Text(parent?[name]), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool? Bool(JsonNode? parent, string name) =>
        bool.TryParse(Text(parent?[name]), out var value) ? value : null;

    public static JsonArray? Array(JsonNode? parent, string name) => parent?[name] as JsonArray;

    public static JsonObject? Object(JsonNode? parent, string name) => parent?[name] as JsonObject;

    public static byte[] Serialize(JsonNode? node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return stream.ToArray();
    }

    public static HttpResponseMessage Response(HttpStatusCode status, JsonNode? body, bool byteOrderMark = false)
    {
        var bytes = Serialize(body);
        if (byteOrderMark)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(status) { Content = content };
    }

    public static JsonNode Clone(JsonNode node) => node.DeepClone();
}

/// <summary>Adds nodes through the non-generic overload (the generic one is not trim/AOT safe).</summary>
internal static class JsonArrayExtensions
{
    public static void AddNode(this JsonArray array, JsonNode? node) => array.Add(node);
}
