using AviationApis.Core.Http;
using AviationApis.Core.RateLimits;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Stage 7 (innermost): reads <c>X-Rate-Limit-*</c>, <c>Retry-After</c> and request-id headers of every response into
/// the request's state (carried by exceptions) and the <see cref="RateLimitMonitor"/> (readable after any call).
/// </summary>
internal sealed class RateLimitReaderHandler : DelegatingHandler
{
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId"];

    private readonly string _clientName;
    private readonly RateLimitMonitor _monitor;
    private readonly TimeProvider _time;
    private readonly AviationInstruments _instruments;

    public RateLimitReaderHandler(string clientName, RateLimitMonitor monitor, TimeProvider time, AviationInstruments instruments)
    {
        _instruments = instruments;
        _clientName = clientName;
        _monitor = monitor;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var state = HttpRequestMessageExtensions.GetState(request);
        var info = RateLimitHeaders.Read(response, _time.GetUtcNow());
        if (info is not null)
        {
            state.RateLimit = info;
            _monitor.Record(_clientName, info);
            if (info.Remaining is { } remaining)
            {
                _instruments.RateLimitRemaining.Record(remaining, new KeyValuePair<string, object?>("aviationapis.client", _clientName));
            }
        }

        // The raw (non-validated) view: no parsing and no allocation to read an id.
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.NonValidated.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    state.RequestId = value;
                    break;
                }

                break;
            }
        }

        return response;
    }
}
