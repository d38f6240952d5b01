using System.Text.Json;
using AviationApis.Cangooroo.Errors;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Transport;

/// <summary>
/// Reads Cangooroo error bodies and <c>Error</c> envelopes; never throws. Vendor text is decoded leniently: an <c>Error</c>
/// written in Latin-1 or holding an escaped lone surrogate keeps its text with U+FFFD in place of the broken characters.
/// </summary>
internal sealed class CangoorooErrorReader : IApiErrorReader
{
    private const int MaxPlainTextMessage = 200;

    /// <summary>The reader Core's transport calls.</summary>
    public static CangoorooErrorReader Instance { get; } = new();

    /// <summary>A non-success answer: Core's mapping by status (Core's transport redacts and excerpts).</summary>
    ApiErrorReading IApiErrorReader.Read(HttpResponseMessage response, string body) => new(ReadBody(body));

    /// <summary>A 200 answer whose <c>Error</c> envelope is set: <see cref="CangoorooBusinessException"/>.</summary>
    /// <param name="error">The <c>Error</c> member.</param>
    /// <returns>What it says, as the vendor wrote it.</returns>
    public static ApiErrorReading Business(JsonElement error) =>
        new(ReadError(error), static (details, _) => new CangoorooBusinessException("The vendor reported an error", details));

    /// <summary>Reads a non-success body (as the vendor wrote it; Core redacts): JSON with an <c>Error</c> envelope or a <c>Message</c>, else short plain text.</summary>
    public static ApiErrorContent ReadBody(string? text)
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
                return ReadError(error);
            }

            return ReadError(root);
        }
        catch (JsonException)
        {
            var trimmed = text.Trim();
            return trimmed.Length <= MaxPlainTextMessage && !trimmed.StartsWith('<')
                ? new ApiErrorContent(null, [trimmed], [])
                : ApiErrorContent.Empty;
        }
    }

    /// <summary>Reads an <c>Error</c> value: an object with <c>Message</c>/<c>Code</c>, a string, or anything else as text.</summary>
    public static ApiErrorContent ReadError(JsonElement error)
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
            string.IsNullOrEmpty(code) ? null : code,
            string.IsNullOrWhiteSpace(message) ? [] : [message],
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
