using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AviationApis.Core.Http;

/// <summary>Creates request bodies that can be sent again on a retry (serialized once to bytes).</summary>
internal static class JsonRequestContent
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Serializes <paramref name="value"/> with source-generated metadata into re-sendable UTF-8 content.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="typeInfo">The source-generated metadata.</param>
    /// <returns>The content, with <c>Content-Type: application/json; charset=utf-8</c>.</returns>
    public static HttpContent Create<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }
}
