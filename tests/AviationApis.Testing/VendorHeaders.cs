using System.Globalization;

namespace AviationApis.Testing;

/// <summary>The request-id and rate-limit headers the three vendors send, added to a canned response.</summary>
public static class VendorHeaders
{
    /// <summary>Adds <c>X-Request-Id</c> and returns the response.</summary>
    public static HttpResponseMessage WithRequestId(this HttpResponseMessage response, string requestId)
    {
        response.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        return response;
    }

    /// <summary>Adds <c>X-Rate-Limit-Limit</c>, <c>X-Rate-Limit-Remaining</c> and, when given, <c>X-Rate-Limit-Reset</c> (seconds).</summary>
    public static HttpResponseMessage WithRateLimit(this HttpResponseMessage response, int limit, int remaining, int? resetSeconds = null)
    {
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Limit", limit.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        if (resetSeconds is { } reset)
        {
            response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", reset.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }
}
