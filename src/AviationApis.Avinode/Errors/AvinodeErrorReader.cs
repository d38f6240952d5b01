using System.Text.Json;
using AviationApis.Avinode.Json;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode;

/// <summary>
/// Reads the <c>{meta: {errors: [{code, title, path}]}}</c> error body into Core's <see cref="ApiErrorContent"/>:
/// every error becomes a message (<c>CODE: title (at path)</c>), errors with a <c>path</c> also become field errors,
/// and the first code is the error code. Never throws.
/// </summary>
internal static class AvinodeErrorReader
{
    private const int MaxPlainTextMessage = 300;

    public static ApiErrorContent Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ApiErrorContent.Empty;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize(body, AvinodeJsonContext.Wire.AvinodeEnvelopeJsonElement);
            var errors = envelope?.Meta?.Errors ?? [];
            return errors.Count == 0 ? ApiErrorContent.Empty : ToContent(errors);
        }
        catch (JsonException)
        {
            var text = body.Trim();
            return text.Length <= MaxPlainTextMessage && !text.StartsWith('<') ? new ApiErrorContent(null, [text], []) : ApiErrorContent.Empty;
        }
    }

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
