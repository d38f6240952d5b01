using System.Text.Json;
using NodaTime.Text;

namespace AviationApis.Core.Json;

/// <summary>Shared reading logic of the NodaTime converters: try each pattern, fail with a message naming the formats.</summary>
internal static class NodaPatternReader
{
    private const int MaxEchoLength = 40;

    public static T Read<T>(ref Utf8JsonReader reader, IPattern<T>[] patterns, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected} as a string, got {reader.TokenType}.");
        }

        var text = reader.GetString()!.Trim();
        for (var i = 0; i < patterns.Length; i++)
        {
            var result = patterns[i].Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }

        var echo = text.Length <= MaxEchoLength ? text : text[..MaxEchoLength] + "…";
        throw new JsonException($"Expected {expected}, got '{echo}'.");
    }
}
