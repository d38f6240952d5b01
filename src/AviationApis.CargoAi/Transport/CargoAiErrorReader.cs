using System.Text.Json;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Json;
using AviationApis.CargoAi.Search;
using AviationApis.Core.Errors;
using AviationApis.Core.Json;
using AviationApis.Core.Http;

namespace AviationApis.CargoAi.Transport;

/// <summary>
/// Reads every CargoAi error-body shape: <c>{message}</c>, <c>{error}</c>, <c>[{field,error}]</c>, <c>{field,error}</c>,
/// <c>{bookingStatus,error,description|rejectedReason}</c>, <c>{status,error}</c>, <c>{errorCode,errorMessage}</c>, and
/// non-JSON text. Never throws: vendor text is decoded leniently (invalid UTF-8 and lone surrogates become U+FFFD).
/// </summary>
internal sealed class CargoAiErrorReader : IApiErrorReader
{
    private const int MaxPlainTextLength = 300;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The reader Core's transport calls.</summary>
    public static CargoAiErrorReader Instance { get; } = new();

    /// <summary>
    /// Core's transport redacts and excerpts; a booking failure becomes <see cref="CargoAiBookingException"/> with its
    /// members redacted by the call's redactor.
    /// </summary>
    ApiErrorReading IApiErrorReader.Read(HttpResponseMessage response, string body)
    {
        var read = Read(body);
        return read.Booking is { } failure
            ? new ApiErrorReading(read.Content, (details, redactor) => CargoAiTransport.BookingFailure(details, failure, redactor))
            : new ApiErrorReading(read.Content);
    }

    /// <summary>What the body says, as the vendor wrote it (Core's transport redacts it).</summary>
    /// <param name="text">The body text.</param>
    /// <returns>The content, and the booking members when present.</returns>
    public static CargoAiErrorWire Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new CargoAiErrorWire(ApiErrorContent.Empty, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            return Read(document.RootElement) ?? PlainText(text);
        }
        catch (JsonException)
        {
            return PlainText(text);
        }
        catch (ArgumentException)
        {
            return PlainText(text);
        }
    }

    private static CargoAiErrorWire? Read(JsonElement root)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                var fields = new List<ApiFieldError>();
                var messages = new List<string>();
                foreach (var item in root.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && Text(item, "error") is { } error)
                    {
                        if (Text(item, "field") is { } field)
                        {
                            fields.Add(new ApiFieldError(field, error));
                        }
                        else
                        {
                            messages.Add(error);
                        }
                    }
                    else if (LenientJsonText.GetString(item) is { Length: > 0 } s)
                    {
                        messages.Add(s);
                    }
                }

                return new CargoAiErrorWire(new ApiErrorContent(null, messages, fields), null);
            case JsonValueKind.Object:
                return ReadObject(root);
            case JsonValueKind.String when LenientJsonText.GetString(root) is { Length: > 0 } message:
                return new CargoAiErrorWire(new ApiErrorContent(null, [message], []), null);
            default:
                return null;
        }
    }

    private static CargoAiErrorWire ReadObject(JsonElement root)
    {
        var error = Text(root, "error");
        var bookingStatus = Text(root, "bookingStatus");
        if (bookingStatus is not null)
        {
            var description = Text(root, "description");
            var rejected = Text(root, "rejectedReason");
            var failure = new CargoAiBookingFailure(
                new BookingStatus(bookingStatus),
                error,
                description,
                rejected,
                Text(root, "flightUUID") ?? Text(root, "flightUIID"),
                Text(root, "awb"))
            {
                Flights = Flights(root),
            };
            var bookingMessages = new List<string>();
            AddIfPresent(bookingMessages, description);
            AddIfPresent(bookingMessages, rejected);
            return new CargoAiErrorWire(new ApiErrorContent(error, bookingMessages, []), failure);
        }

        if (Text(root, "field") is { } field && error is not null)
        {
            return new CargoAiErrorWire(new ApiErrorContent(null, [], [new ApiFieldError(field, error)]), null);
        }

        if (Text(root, "errorMessage") is { } errorMessage)
        {
            return new CargoAiErrorWire(new ApiErrorContent(Text(root, "errorCode"), [errorMessage], []), null);
        }

        var messages = new List<string>();
        AddIfPresent(messages, Text(root, "message"));
        AddIfPresent(messages, error);
        AddIfPresent(messages, Text(root, "description"));
        var code = Text(root, "errorCode") ?? (error is not null ? Text(root, "status") : null);
        return new CargoAiErrorWire(new ApiErrorContent(code, messages, []), null);
    }

    private static List<Flight>? Flights(JsonElement root)
    {
        if (!root.TryGetProperty("flights", out var flights) || flights.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        try
        {
            return flights.Deserialize(CargoAiJsonContext.Wire.ListFlight);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static CargoAiErrorWire PlainText(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= MaxPlainTextLength && !trimmed.StartsWith('<')
            ? new CargoAiErrorWire(new ApiErrorContent(null, [trimmed], []), null)
            : new CargoAiErrorWire(ApiErrorContent.Empty, null);
    }

    private static void AddIfPresent(List<string> list, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            list.Add(value);
        }
    }

    /// <summary>A member as text: strings as they are, numbers and booleans by their raw text; otherwise null.</summary>
    private static string? Text(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!property.NameEquals(name) && !string.Equals(LenientJsonText.Name(property), name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return property.Value.ValueKind switch
            {
                JsonValueKind.String => LenientJsonText.GetString(property.Value) is { Length: > 0 } s ? s : null,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
        }

        return null;
    }
}
