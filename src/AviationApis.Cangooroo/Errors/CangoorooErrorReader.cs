using System.Text.Json;
using AviationApis.Core.Errors;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo;

/// <summary>
/// Reads Cangooroo error bodies and <c>Error</c> envelopes; never throws. Vendor text is decoded leniently: an <c>Error</c>
/// written in Latin-1 or holding an escaped lone surrogate keeps its text with U+FFFD in place of the broken characters.
/// </summary>
internal static class CangoorooErrorReader
{
    private const int MaxPlainTextMessage = 200;

    /// <summary>Reads a non-success body: JSON with an <c>Error</c> envelope or a <c>Message</c>, else short plain text.</summary>
    public static ApiErrorContent ReadBody(string? text, Func<string, string> redact)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ApiErrorContent.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && TryGetMember(root, "Error", out var error) && error.ValueKind != JsonValueKind.Null)
            {
                return ReadError(error, redact);
            }

            return ReadError(root, redact);
        }
        catch (JsonException)
        {
            var trimmed = text.Trim();
            return trimmed.Length <= MaxPlainTextMessage && !trimmed.StartsWith('<')
                ? new ApiErrorContent(null, [redact(trimmed)], [])
                : ApiErrorContent.Empty;
        }
    }

    /// <summary>Reads an <c>Error</c> value: an object with <c>Message</c>/<c>Code</c>, a string, or anything else as text.</summary>
    public static ApiErrorContent ReadError(JsonElement error, Func<string, string> redact)
    {
        string? code = null;
        string? message = null;
        switch (error.ValueKind)
        {
            case JsonValueKind.Object:
                if (TryGetMember(error, "Code", out var codeElement))
                {
                    code = Scalar(codeElement);
                }

                if (TryGetMember(error, "Message", out var messageElement))
                {
                    message = Scalar(messageElement);
                }

                break;
            case JsonValueKind.String:
                message = LenientJsonText.GetString(error);
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                message = error.GetRawText();
                break;
        }

        return new ApiErrorContent(
            string.IsNullOrEmpty(code) ? null : redact(code),
            string.IsNullOrWhiteSpace(message) ? [] : [redact(message)],
            []);
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => LenientJsonText.GetString(element),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    private static bool TryGetMember(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(LenientJsonText.Name(property), name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
