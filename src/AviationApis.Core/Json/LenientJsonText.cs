using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace AviationApis.Core.Json;

/// <summary>
/// Reads vendor text (error messages, codes, member names) from a <see cref="JsonElement"/> without ever throwing:
/// <see cref="JsonElement.GetString"/> and <see cref="JsonProperty.Name"/> throw <see cref="InvalidOperationException"/>
/// on invalid UTF-8 (a Latin-1 <c>"inv\xE1lida"</c>) and on an escaped lone surrogate (<c>"\uD800"</c>). Here both
/// become U+FFFD and the rest of the text is kept.
/// </summary>
internal static class LenientJsonText
{
    private const char Replacement = '\uFFFD';

    /// <summary>The text of a string element, decoded leniently; <see langword="null"/> for any other kind.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The text, or <see langword="null"/> when the element is not a string.</returns>
    public static string? GetString(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return Decode(JsonMarshal.GetRawUtf8Value(element));
        }
    }

    /// <summary>A member's name, decoded leniently.</summary>
    /// <param name="property">The member.</param>
    /// <returns>The name.</returns>
    public static string Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return Decode(JsonMarshal.GetRawUtf8PropertyName(property));
        }
    }

    /// <summary>The element's JSON text as sent (escapes kept), with invalid UTF-8 replaced by U+FFFD.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The raw text.</returns>
    public static string GetRawText(JsonElement element) => Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(element));

    /// <summary>
    /// Decodes the bytes of a JSON string (with or without its quotes, escapes not yet applied): invalid UTF-8 and
    /// unpaired surrogates (raw or escaped) become U+FFFD; a broken escape is kept as written.
    /// </summary>
    /// <param name="utf8">The string's bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= 2 && utf8[0] == (byte)'"' && utf8[^1] == (byte)'"')
        {
            utf8 = utf8[1..^1];
        }

        // The default UTF-8 decoder replaces every invalid sequence with U+FFFD.
        var text = Encoding.UTF8.GetString(utf8);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = text[i + 1];
            switch (next)
            {
                case '"' or '\\' or '/':
                    builder.Append(next);
                    i++;
                    break;
                case 'b':
                    builder.Append('\b');
                    i++;
                    break;
                case 'f':
                    builder.Append('\f');
                    i++;
                    break;
                case 'n':
                    builder.Append('\n');
                    i++;
                    break;
                case 'r':
                    builder.Append('\r');
                    i++;
                    break;
                case 't':
                    builder.Append('\t');
                    i++;
                    break;
                case 'u' when i + 5 < text.Length && ushort.TryParse(text.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 5;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return ReplaceUnpairedSurrogates(builder);
    }

    private static string ReplaceUnpairedSurrogates(StringBuilder builder)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (char.IsHighSurrogate(c) && i + 1 < builder.Length && char.IsLowSurrogate(builder[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder[i] = Replacement;
            }
        }

        return builder.ToString();
    }
}
