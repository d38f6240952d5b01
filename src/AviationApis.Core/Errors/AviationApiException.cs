using System.Net;
using System.Text;
using AviationApis.Core.RateLimits;

namespace AviationApis.Core.Errors;

/// <summary>
/// The base of every error the AviationApis clients throw. Catch this to handle any failed call; catch a subclass to
/// handle one kind. Messages and properties never contain credentials or card data.
/// </summary>
public class AviationApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A short description (must not contain secrets).</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public AviationApiException(string message, ApiErrorDetails details, Exception? innerException = null)
        : base(Describe(message, details), innerException)
    {
        Details = details ?? throw new ArgumentNullException(nameof(details));
    }

    /// <summary>Everything known about the failure.</summary>
    public ApiErrorDetails Details { get; }

    /// <summary>The HTTP status of the final attempt, when a response arrived.</summary>
    public HttpStatusCode? StatusCode => Details.StatusCode;

    /// <summary>The vendor's error code, when it gave one.</summary>
    public string? ErrorCode => Details.ErrorCode;

    /// <summary>The operation that failed.</summary>
    public string? OperationName => Details.OperationName;

    /// <summary>How many attempts were made.</summary>
    public int Attempts => Details.Attempts;

    /// <summary>The rate-limit state of the last response, if any.</summary>
    public RateLimitInfo? RateLimit => Details.RateLimit;

    /// <summary>The vendor's messages.</summary>
    public IReadOnlyList<string> Messages => Details.Messages;

    /// <summary>Field-level problems.</summary>
    public IReadOnlyList<ApiFieldError> FieldErrors => Details.FieldErrors;

    /// <summary>
    /// The failure is an access token source's (a token request with its own pipeline, budget, retry and circuit
    /// breaker), surfacing in a call the token was meant to sign. That call's pipeline neither counts it against its
    /// circuit breaker nor retries it: the token's pipeline already did both. The caller sees the exception unchanged.
    /// </summary>
    internal bool FromTokenSource { get; private set; }

    /// <summary>Marks the failure as the token source's (<see cref="FromTokenSource"/>).</summary>
    internal void MarkFromTokenSource() => FromTokenSource = true;

    private static string Describe(string message, ApiErrorDetails details)
    {
        if (details is null)
        {
            return message;
        }

        var text = new StringBuilder();
        if (details.OperationName is not null)
        {
            text.Append(details.OperationName).Append(": ");
        }

        text.Append(message);
        if (details.StatusCode is { } status)
        {
            var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(" (HTTP ").Append(code);
            if (details.ErrorCode is not null && details.ErrorCode != code)
            {
                text.Append(' ').Append(details.ErrorCode);
            }

            text.Append(')');
        }
        else if (details.ErrorCode is not null)
        {
            text.Append(" (").Append(details.ErrorCode).Append(')');
        }

        foreach (var vendorMessage in details.Messages.Take(3))
        {
            text.Append(" - ").Append(vendorMessage);
        }

        foreach (var field in details.FieldErrors.Take(5))
        {
            text.Append(" [").Append(field.Field).Append(": ").Append(field.Message).Append(']');
        }

        if (details.Attempts > 1)
        {
            text.Append(" after ").Append(details.Attempts).Append(" attempts");
        }

        if (details.RequestMethod is not null && details.RequestUrl is not null)
        {
            text.Append(" [").Append(details.RequestMethod).Append(' ').Append(details.RequestUrl);
            if (details.StatusCode is { } answered)
            {
                text.Append(" → ").Append((int)answered);
            }

            text.Append(']');
        }

        return text.ToString();
    }
}
