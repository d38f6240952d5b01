using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Json;

/// <summary>Writes an id as a JSON number when it is all digits (the committed wire shape), else as a string; reads either.</summary>
internal sealed class NumericIdJsonConverter : JsonConverter<string>
{
    private static readonly NumberOrStringJsonConverter Reader = new();

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Reader.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number.ToString(CultureInfo.InvariantCulture) == value)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
