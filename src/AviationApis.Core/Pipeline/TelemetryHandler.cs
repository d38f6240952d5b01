using System.Diagnostics;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;
using Microsoft.Extensions.Logging;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Stage 1 (outermost), the call's boundary: one activity, one duration measurement and start/end log lines per
/// logical call; URLs and headers go through the allow-list and the redactor, bodies are never logged. Before the
/// resilience handler it buffers a request body that retries may send again, and after it turns what the resilience
/// stages threw into typed errors (<see cref="AviationResilience.Translate"/>); the caller's own cancellation stays an
/// <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class TelemetryHandler : DelegatingHandler
{
    private readonly string _clientName;
    private readonly AviationPipelineOptions _options;
    private readonly Redactor _redactor;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly AviationInstruments _instruments;

    public TelemetryHandler(string clientName, AviationPipelineOptions options, Redactor redactor, ILogger logger, TimeProvider time, AviationInstruments instruments)
    {
        _instruments = instruments;
        _clientName = clientName;
        _options = options;
        _redactor = redactor;
        _logger = logger;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = request.GetOperation();
        var started = _time.GetTimestamp();
        var logUri = new LoggableUri(request.RequestUri, _options.LoggedQueryParameters, _redactor);
        using var activity = AviationTelemetry.ActivitySource.StartActivity(operation.Name, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("aviationapis.client", _clientName);
            activity.SetTag("aviationapis.operation", operation.Name);
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("url.full", logUri.ToString());
        }

        PipelineLog.Starting(_logger, operation.Name, request.Method.Method, logUri);
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            PipelineLog.RequestHeaders(_logger, operation.Name, HeaderFormatter.Format(request.Headers, request.Content?.Headers, _options.LoggedHeaders, _redactor));
        }

        var tags = new TagList { { "aviationapis.client", _clientName }, { "aviationapis.operation", operation.Name } };
        try
        {
            // Byte-array contents (JsonRequestContent, StringContent) can already be sent again; buffering would copy them.
            if (request.Content is { } content and not (ByteArrayContent or ReadOnlyMemoryContent) && _options.MaxRetryAttempts > 0)
            {
                await content.LoadIntoBufferAsync().ConfigureAwait(false);
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(started);
            var attempts = request.GetAttemptCount();
            tags.Add("http.response.status_code", (int)response.StatusCode);
            _instruments.Duration.Record(elapsed.TotalSeconds, tags);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            activity?.SetTag("aviationapis.attempts", attempts);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            PipelineLog.Completed(_logger, operation.Name, request.Method.Method, logUri, (int)response.StatusCode, elapsed.TotalMilliseconds, attempts);
            if (_logger.IsEnabled(LogLevel.Trace))
            {
                PipelineLog.ResponseHeaders(_logger, operation.Name, HeaderFormatter.Format(response.Headers, response.Content.Headers, _options.LoggedHeaders, _redactor));
            }

            return response;
        }
        catch (Exception caught)
        {
            var ex = AviationResilience.Translate(caught, request, _options, cancellationToken);
            var elapsed = _time.GetElapsedTime(started);
            var errorType = ex.GetType().Name;
            tags.Add("error.type", errorType);
            _instruments.Duration.Record(elapsed.TotalSeconds, tags);
            activity?.SetStatus(ActivityStatusCode.Error, errorType);
            activity?.SetTag("error.type", errorType);
            PipelineLog.Failed(_logger, operation.Name, request.Method.Method, logUri, elapsed.TotalMilliseconds, request.GetAttemptCount(), errorType, _redactor.Redact(ex.Message));
            if (ReferenceEquals(ex, caught))
            {
                throw;
            }

            throw ex;
        }
    }
}
