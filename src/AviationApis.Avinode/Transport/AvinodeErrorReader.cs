using System.Text.Json;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Json;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Transport;

/// <summary>
/// Reads the <c>{meta: {errors: [{code, title, path}]}}</c> error body into Core's <see cref="ApiErrorContent"/>:
/// every error becomes a message (<c>CODE: title (at path)</c>), errors with a <c>path</c> also become field errors,
/// and the first code is the error code. Never throws: a text the serializer cannot read (an escaped lone surrogate) is
/// decoded leniently, with U+FFFD in place of the broken characters.
/// </summary>
internal sealed class AvinodeErrorReader : IApiErrorReader
{
    private const int MaxPlainTextMessage = 300;

    /// <summary>The reader Core's transport calls.</summary>
    public static AvinodeErrorReader Instance { get; } = new();

    /// <summary>Every <c>{code, title, path}</c>; 501 is <see cref="OperationDisabledException"/> (Core redacts and excerpts).</summary>
    ApiErrorReading IApiErrorReader.Read(HttpResponseMessage response, string body) => response.StatusCode == System.Net.HttpStatusCode.NotImplemented
        ? new(Read(body), static (details, _) => new OperationDisabledException("The operation is disabled for this API connection or not implemented", details))
        : new(Read(body));

    /// <summary>Soft errors (a 2xx answer with <c>meta.errors</c>): <see cref="AvinodeSoftErrorException"/>.</summary>
    /// <param name="meta">The answer's meta.</param>
    /// <returns>What the errors say.</returns>
    public static ApiErrorReading SoftErrors(AvinodeMeta meta) =>
        new(ToContent(meta.Errors), (details, _) => new AvinodeSoftErrorException("The vendor reported errors", details, meta));

    public static ApiErrorContent Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ApiErrorContent.Empty;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize(body, AvinodeJsonContext.Wire.AvinodeMetaWire);
            var errors = envelope?.Meta?.Errors ?? [];
            return errors.Count == 0 ? ApiErrorContent.Empty : ToContent(errors);
        }
        catch (JsonException)
        {
            // An error text the serializer cannot read (an escaped lone surrogate) is read leniently, member by member.
            var lenient = ReadLeniently(body);
            if (lenient is not null)
            {
                return lenient;
            }

            var text = body.Trim();
            return text.Length <= MaxPlainTextMessage && !text.StartsWith('<') ? new ApiErrorContent(null, [text], []) : ApiErrorContent.Empty;
        }
    }

    /// <summary><c>meta.errors</c> read with lenient text (U+FFFD for broken characters); null when the body has none.</summary>
    private static ApiErrorContent? ReadLeniently(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (Member(document.RootElement, "meta") is not { ValueKind: JsonValueKind.Object } meta
                || Member(meta, "errors") is not { ValueKind: JsonValueKind.Array } errors)
            {
                return null;
            }

            var messages = new List<AvinodeMessage>();
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    messages.Add(new AvinodeMessage { Code = Text(error, "code"), Title = Text(error, "title"), Path = Text(error, "path") });
                }
            }

            return messages.Count == 0 ? null : ToContent(messages);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Member(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(LenientJsonText.Name(property), name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) => Member(element, name) is { } value ? LenientJsonText.GetString(value) : null;

    public static ApiErrorContent ToContent(IReadOnlyList<AvinodeMessage> errors)
    {
        var messages = new List<string>(errors.Count);
        var fields = new List<ApiFieldError>();
        foreach (var error in errors)
        {
            var title = error.Title ?? error.Code ?? "Unspecified error";
            var message = error.Code is null || error.Title is null ? title : $"{error.Code}: {error.Title}";
            if (!string.IsNullOrEmpty(error.Path))
            {
                message += $" (at {error.Path})";
                fields.Add(new ApiFieldError(error.Path, title, error.Code));
            }

            messages.Add(message);
        }

        return new ApiErrorContent(errors.FirstOrDefault(e => e.Code is not null)?.Code, messages, fields);
    }
}
