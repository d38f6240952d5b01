using AviationApis.Core.Redaction;

namespace AviationApis.AspNetCore.Processing;

/// <summary>The stored and logged form of a handler failure: type and first line of the message, redacted, at most 500 characters.</summary>
internal static class ErrorText
{
    private const int MaxLength = 500;

    public static string For(Exception exception)
    {
        var message = exception.Message.Split('\n', 2)[0].Trim();
        var text = Redactor.Default.Redact($"{exception.GetType().Name}: {message}");
        text = string.Concat(text.Where(c => !char.IsControl(c)));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
