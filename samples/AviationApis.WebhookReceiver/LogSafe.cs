using System.Globalization;

namespace AviationApis.WebhookReceiver;

/// <summary>
/// Makes a value taken from a delivery (an AWB, an event type) safe to put in a log line: control characters and line or
/// paragraph separators are dropped, so a crafted value cannot forge a second log entry, and long values are cut.
/// </summary>
internal static class LogSafe
{
    private const int MaxLength = 120;

    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        var kept = string.Concat(value.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format)));
        return kept.Length <= MaxLength ? kept : kept[..MaxLength] + "…";
    }
}
