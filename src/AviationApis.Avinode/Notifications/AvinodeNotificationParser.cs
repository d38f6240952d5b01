using System.Text;
using System.Text.Json;
using AviationApis.Avinode.Json;

namespace AviationApis.Avinode.Notifications;

/// <summary>
/// Parses the body of an Avinode or SchedAero webhook notification. Independent of any web framework: pass the raw
/// body bytes (or text) your endpoint received; unknown members are kept, not rejected. A body without an
/// <c>href</c> is invalid (the resource must be fetched through it).
/// </summary>
public static class AvinodeNotificationParser
{
    /// <summary>The largest body accepted (notifications are small pointers): 64 KiB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Parses a notification body.</summary>
    /// <param name="utf8Json">The raw body (UTF-8, an optional BOM is skipped).</param>
    /// <returns>The notification.</returns>
    /// <exception cref="FormatException">The body is not a notification (malformed JSON, too large, or no <c>href</c>).</exception>
    public static AvinodeNotification Parse(ReadOnlySpan<byte> utf8Json) =>
        TryParse(utf8Json, out var notification, out var error) ? notification : throw new FormatException(error);

    /// <summary>Parses a notification body.</summary>
    /// <param name="json">The body text.</param>
    /// <returns>The notification.</returns>
    /// <exception cref="FormatException">The body is not a notification.</exception>
    public static AvinodeNotification Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads and parses a notification body from a stream (at most <see cref="MaxBodyBytes"/>).</summary>
    /// <param name="body">The request body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The notification.</returns>
    /// <exception cref="FormatException">The body is not a notification.</exception>
    public static async Task<AvinodeNotification> ParseAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var buffer = new byte[MaxBodyBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return Parse(buffer.AsSpan(0, total));
    }

    /// <summary>Tries to parse a notification body without throwing.</summary>
    /// <param name="utf8Json">The raw body.</param>
    /// <param name="notification">The notification, when valid.</param>
    /// <returns><see langword="true"/> when the body is a valid notification.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AvinodeNotification? notification) =>
        TryParse(utf8Json, out notification, out _);

    private static bool TryParse(ReadOnlySpan<byte> utf8Json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AvinodeNotification? notification, out string error)
    {
        notification = null;
        if (utf8Json.Length > MaxBodyBytes)
        {
            error = $"The notification body is larger than {MaxBodyBytes} bytes.";
            return false;
        }

        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            notification = JsonSerializer.Deserialize(utf8Json, AvinodeJsonContext.Wire.AvinodeNotification);
        }
        catch (JsonException ex)
        {
            error = "The notification body is not valid JSON" + (ex.Path is { Length: > 0 } path ? $" (at {path})." : ".");
            return false;
        }

        if (notification is null || string.IsNullOrWhiteSpace(notification.Href))
        {
            notification = null;
            error = "The notification has no href.";
            return false;
        }

        error = string.Empty;
        return true;
    }
}
