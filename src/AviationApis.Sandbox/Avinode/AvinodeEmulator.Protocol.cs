using System.Globalization;
using System.Net;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Avinode;

// The protocol every call must follow (headers, token, timestamp skew, version) and the per-connection hourly rate limit.
public sealed partial class AvinodeEmulator
{
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private static string? Bearer(HttpRequestMessage request) =>
        request.Headers.Authorization is { Scheme: var scheme, Parameter: { Length: > 0 } parameter } && scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) ? parameter : null;

    /// <summary>Every response, injected faults included, carries the API version and the connection's rate-limit headers.</summary>
    private HttpResponseMessage Finish(HttpResponseMessage response, HttpRequestMessage request)
    {
        lock (Gate)
        {
            AddRateHeaders(response, Bearer(request));
        }

        return WithVersion(response);
    }

    private HttpResponseMessage? Protocol(EmulatorRequest request, string? bearer)
    {
        foreach (var header in (string[])["X-Avinode-ApiToken", "Authorization", "X-Avinode-SentTimestamp", "X-Avinode-ApiVersion", "X-Avinode-Product"])
        {
            if (string.IsNullOrWhiteSpace(request.Header(header)))
            {
                return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_MISSING", $"The header '{header}' is required");
            }
        }

        if (bearer is null)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "Invalid value for header: Authorization");
        }

        if (request.Header("X-Avinode-ApiVersion") is not ("v1" or "v1.0"))
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "Invalid value for header: X-Avinode-ApiVersion");
        }

        if (!DateTimeOffset.TryParse(request.Header("X-Avinode-SentTimestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent))
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "Invalid value for header: X-Avinode-SentTimestamp");
        }

        if ((TimeProvider.GetUtcNow() - sent).Duration() > MaxSkew)
        {
            return Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "The header 'X-Avinode-SentTimestamp' is more than 5 minutes off the server time");
        }

        if (!AviationSandboxOptions.Accepts(options.AvinodeApiToken, request.Header("X-Avinode-ApiToken"))
            || !AviationSandboxOptions.Accepts(options.AvinodeAuthorizationToken, bearer))
        {
            return Errors(HttpStatusCode.Unauthorized, "NOT_AUTHORIZED", "Invalid API token or authorization token");
        }

        var window = Window();
        rateCounters.TryGetValue(bearer, out var counter);
        counter = counter.Window == window ? (window, counter.Calls + 1) : (window, 1);
        rateCounters[bearer] = counter;
        if (counter.Calls > options.AvinodeRateLimitPerHour)
        {
            return Errors(HttpStatusCode.Forbidden, "RATE_LIMIT_EXCEEDED", "The rate limit of this API connection is reached until the next hour starts");
        }

        return null;
    }

    private long Window() => TimeProvider.GetUtcNow().ToUnixTimeSeconds() / 3600;

    private void AddRateHeaders(HttpResponseMessage response, string? bearer)
    {
        var now = TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var window = now / 3600;
        var calls = bearer is not null && rateCounters.TryGetValue(bearer, out var counter) && counter.Window == window ? counter.Calls : 0;
        var limit = options.AvinodeRateLimitPerHour;
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Limit", limit.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", Math.Max(0, limit - calls).ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", (((window + 1) * 3600) - now).ToString(CultureInfo.InvariantCulture));
    }

    private static HttpResponseMessage WithVersion(HttpResponseMessage response)
    {
        response.Headers.TryAddWithoutValidation("X-Avinode-ApiVersion", "v1");
        return response;
    }
}
