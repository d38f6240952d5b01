using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AviationApis.Core.Json;

/// <summary>The exact text of the current token (numbers keep their digits).</summary>
internal static class RawTokenText
{
    public static string Of(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Encoding.UTF8.GetString(reader.ValueSpan);
}
