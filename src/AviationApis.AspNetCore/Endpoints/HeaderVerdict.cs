namespace AviationApis.AspNetCore.Endpoints;

/// <summary>What the credentials in a request's headers say, before its body is read.</summary>
/// <param name="Outcome">Rejected, accepted, or to be decided on the body (an HMAC over it).</param>
/// <param name="Connection">The named connection whose credentials matched, when the endpoint has several.</param>
internal readonly record struct HeaderVerdict(HeaderOutcome Outcome, string? Connection = null)
{
    public static HeaderVerdict Rejected => new(HeaderOutcome.Rejected);

    public static HeaderVerdict NeedsBody => new(HeaderOutcome.NeedsBody);

    public static HeaderVerdict Accepted(string? connection = null) => new(HeaderOutcome.Accepted, connection);
}
