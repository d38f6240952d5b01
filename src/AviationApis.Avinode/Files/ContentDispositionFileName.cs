using System.Net.Http.Headers;

namespace AviationApis.Avinode.Files;

/// <summary>Reads the file name of a <c>Content-Disposition</c> header, also when .NET's strict parser rejects it.</summary>
internal static class ContentDispositionFileName
{
    public static string? Read(HttpContentHeaders headers)
    {
        if (headers.ContentDisposition is { } parsed)
        {
            if (!string.IsNullOrEmpty(parsed.FileNameStar))
            {
                return parsed.FileNameStar;
            }

            if (!string.IsNullOrEmpty(parsed.FileName))
            {
                return Unquote(parsed.FileName);
            }
        }

        foreach (var header in headers.NonValidated)
        {
            if (string.Equals(header.Key, "Content-Disposition", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var raw in header.Value)
                {
                    if (FromRaw(raw) is { } name)
                    {
                        return name;
                    }
                }
            }
        }

        return null;
    }

    internal static string? FromRaw(string raw)
    {
        var index = raw.IndexOf("filename=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var value = raw[(index + "filename=".Length)..].Trim();
        if (value.StartsWith('"'))
        {
            var end = value.IndexOf('"', 1);
            return end < 0 ? value[1..] : value[1..end];
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? value : value[..semicolon]).Trim();
    }

    private static string Unquote(string value)
    {
        var text = value.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        return text;
    }
}
