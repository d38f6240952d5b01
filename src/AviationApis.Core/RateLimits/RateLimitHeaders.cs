using System.Globalization;
using System.Net.Http.Headers;

namespace AviationApis.Core.RateLimits;

/// <summary>Parses the rate-limit and retry headers of a response.</summary>
internal static class RateLimitHeaders
{
    public const string LimitHeader = "X-Rate-Limit-Limit";
    public const string RemainingHeader = "X-Rate-Limit-Remaining";
    public const string ResetHeader = "X-Rate-Limit-Reset";

    // Values above this are Unix epoch seconds rather than "seconds until reset".
    private const long EpochThreshold = 1_000_000_000;

    /// <summary>Reads the headers; returns <see langword="null"/> when the response carries none of them.</summary>
    public static RateLimitInfo? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var headers = response.Headers;
        var limit = ReadLong(headers, LimitHeader);
        var remaining = ReadLong(headers, RemainingHeader);
        var resetRaw = ReadLong(headers, ResetHeader);
        var retryAfter = ReadRetryAfter(headers, now);
        if (limit is null && remaining is null && resetRaw is null && retryAfter is null)
        {
            return null;
        }

        TimeSpan? resetAfter = resetRaw switch
        {
            null => null,
            >= EpochThreshold => Max(DateTimeOffset.FromUnixTimeSeconds(resetRaw.Value) - now, TimeSpan.Zero),
            _ => TimeSpan.FromSeconds(Math.Max(resetRaw.Value, 0)),
        };

        return new RateLimitInfo(limit, remaining, resetAfter, resetAfter is null ? null : now + resetAfter.Value, retryAfter, now);
    }

    /// <summary>Reads <c>Retry-After</c> as delta-seconds or an HTTP-date.</summary>
    public static TimeSpan? ReadRetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return Max(delta, TimeSpan.Zero);
        }

        if (retryAfter?.Date is { } date)
        {
            return Max(date - now, TimeSpan.Zero);
        }

        return null;
    }

    private static long? ReadLong(HttpResponseHeaders headers, string name)
    {
        // The non-validated view reads the raw values without parsing or allocating an enumerable per lookup.
        if (headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                if (long.TryParse(value.AsSpan().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }
            }
        }

        return null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
