using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AviationApis.Sandbox.Emulation;

/// <summary>What an emulator sees of one request: route, headers, query and raw body.</summary>
internal sealed class EmulatorRequest
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true };

    public EmulatorRequest(HttpRequestMessage message, RouteMatch match, byte[] body)
    {
        Message = message;
        Match = match;
        Body = body;
        Query = ParseQuery(message.RequestUri!.Query);
    }

    public HttpRequestMessage Message { get; }

    public RouteMatch Match { get; }

    public byte[] Body { get; }

    public string Operation => Match.Route.Operation;

    public Uri BaseUri => Match.BaseUri;

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public string? QueryValue(string name) =>
        Query.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>All values of a query parameter, comma-separated lists split (sparse fields accept both forms).</summary>
    public IReadOnlyList<string> QueryValues(string name) =>
        Query.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    public string? Header(string name)
    {
        if (Message.Headers.TryGetValues(name, out var values))
        {
            return string.Join(",", values);
        }

        if (Message.Content is not null && Message.Content.Headers.TryGetValues(name, out var contentValues))
        {
            return string.Join(",", contentValues);
        }

        return null;
    }

    public AuthenticationHeaderValue? Authorization => Message.Headers.Authorization;

    /// <summary>Parses the body as JSON (trailing commas tolerated, a UTF-8 BOM skipped); null when empty or invalid.</summary>
    public bool TryReadJson(out JsonNode? node)
    {
        node = null;
        var span = Body.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        try
        {
            node = JsonNode.Parse(span, documentOptions: DocumentOptions);
            return node is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Parses the body as a JSON object (see <see cref="TryReadJson"/>); false when it is anything else.</summary>
    public bool TryReadObject([NotNullWhen(true)] out JsonObject? body)
    {
        body = TryReadJson(out var node) ? node as JsonObject : null;
        return body is not null;
    }

    private static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var index = part.IndexOf('=', StringComparison.Ordinal);
            var name = index < 0 ? part : part[..index];
            var value = index < 0 ? string.Empty : part[(index + 1)..];
            result.Add(new(Unescape(name), Unescape(value)));
        }

        return result;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Message.Method} {Operation}");
}
