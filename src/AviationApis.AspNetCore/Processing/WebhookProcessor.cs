using System.Collections.Concurrent;
using AviationApis.AspNetCore.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Processing;

/// <summary>
/// Claims due deliveries from the inbox and runs each through its endpoint's handler in its own DI scope, at most
/// <see cref="AviationWebhookOptions.MaxConcurrentHandlers"/> at once. Success completes the delivery; a failure
/// schedules a retry with exponential back-off, or parks it dead once the retries are spent; a body that does not parse
/// is parked dead at once. Claims are renewed while handlers run. On shutdown it stops claiming, cancels the handlers'
/// token, records what finished and releases what did not: nothing is lost, and whatever a killed instance held is
/// claimed again when its claims expire.
/// </summary>
internal sealed partial class WebhookProcessor : BackgroundService
{
    private static readonly TimeSpan OutcomeTimeout = TimeSpan.FromSeconds(30);
    private readonly IWebhookInbox _inbox;
    private readonly Dictionary<string, WebhookRoute> _routes;
    private readonly InboxSignal _signal;
    private readonly WebhookMetrics _metrics;
    private readonly IServiceScopeFactory _scopes;
    private readonly AviationWebhookOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookProcessor> _logger;
    private readonly ConcurrentDictionary<string, long> _handling = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, Task> _runs = new();
    private long _lastRun;

    public WebhookProcessor(
        IWebhookInbox inbox,
        IEnumerable<WebhookRoute> routes,
        InboxSignal signal,
        WebhookMetrics metrics,
        IServiceScopeFactory scopes,
        IOptions<AviationWebhookOptions> options,
        TimeProvider time,
        ILogger<WebhookProcessor> logger)
    {
        _inbox = inbox;
        _routes = new Dictionary<string, WebhookRoute>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            _routes[route.Endpoint] = route;
        }

        _signal = signal;
        _metrics = metrics;
        _scopes = scopes;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>This instance's identity in the inbox's claims.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var housekeepingStop = new CancellationTokenSource();
        var housekeeping = HousekeepAsync(housekeepingStop.Token);
        if (!_options.ProcessDeliveries)
        {
            await WaitForStopAsync(stoppingToken).ConfigureAwait(false);
        }
        else
        {
            await ProcessAsync(stoppingToken).ConfigureAwait(false);
        }

        await housekeepingStop.CancelAsync().ConfigureAwait(false);
        await housekeeping.ConfigureAwait(false);
    }

    private static async Task WaitForStopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ProcessAsync(CancellationToken stoppingToken)
    {
        var max = _options.MaxConcurrentHandlers;
        using var slots = new SemaphoreSlim(max, max);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var free = 1;
                while (free < max && slots.Wait(0))
                {
                    free++;
                }

                var claimed = await ClaimAsync(free, stoppingToken).ConfigureAwait(false);
                if (stoppingToken.IsCancellationRequested)
                {
                    // The claim was already on its way when the host began to stop: give back what it took, at once.
                    foreach (var delivery in claimed)
                    {
                        await ReleaseAsync(delivery).ConfigureAwait(false);
                    }

                    break;
                }

                var started = 0;
                foreach (var delivery in claimed)
                {
                    // A claim this instance is still handling (its lease lapsed while the store was unreachable) is not
                    // run twice at once here; the running handler records the outcome under the same owner.
                    var id = ++_lastRun;
                    if (!_handling.TryAdd(delivery.Key, id))
                    {
                        continue;
                    }

                    started++;
                    var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _runs[id] = RunAndReleaseAsync(id, delivery, gate.Task, slots, stoppingToken);
                    gate.SetResult();
                }

                if (free > started)
                {
                    slots.Release(free - started);
                }

                if (claimed.Count < free)
                {
                    await _signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Stopping: the handlers saw the same token. Wait for each to complete or release its delivery.
        await Task.WhenAll(_runs.Values).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims due deliveries. Shutdown does not cancel a claim on its way: a store may commit a claim and still report
    /// the cancellation, which would leave the deliveries claimed by no one until the lease ends. The claim is bounded
    /// by its own timeout instead, and what it returns after the stop began is released at once.
    /// </summary>
    private async Task<IReadOnlyList<InboxDelivery>> ClaimAsync(int count, CancellationToken stoppingToken)
    {
        try
        {
            using var timeout = new CancellationTokenSource(OutcomeTimeout);
            var now = _time.GetUtcNow();
            return await _inbox.ClaimAsync(Owner, count, now, now + _options.ClaimLease, timeout.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The store is unreachable: nothing was claimed, or the claims expire and are taken again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (!stoppingToken.IsCancellationRequested)
            {
                StoreUnavailable(_logger, "claim", ex.GetType().Name);
            }

            return [];
        }
    }

    private async Task ReleaseAsync(InboxDelivery delivery)
    {
        if (await RecordAsync(delivery, "release", t => _inbox.ReleaseAsync(delivery.Key, Owner, t)).ConfigureAwait(false))
        {
            Released(_logger, delivery.Key);
        }
    }

    private async Task RunAndReleaseAsync(long id, InboxDelivery delivery, Task registered, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await registered.ConfigureAwait(false);
        try
        {
            await RunAsync(id, delivery, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            _handling.TryRemove(KeyValuePair.Create(delivery.Key, id));
            _runs.TryRemove(id, out _);
            slots.Release();
        }
    }

    private async Task RunAsync(long id, InboxDelivery delivery, CancellationToken stoppingToken)
    {
        Exception? failure = null;
        try
        {
            if (!_routes.TryGetValue(delivery.Endpoint, out var route))
            {
                throw new InvalidOperationException($"No handler is registered for endpoint '{delivery.Endpoint}'.");
            }

            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                await route.Handle(scope.ServiceProvider, delivery, stoppingToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Any failure of the user's handler is recorded as a failed attempt.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }

        // The handler is done. Its outcome makes the delivery due again (a retry, a release): a claim of it from here
        // on is a new run, not this one, so the key stops counting as handled here before the outcome is recorded.
        _handling.TryRemove(KeyValuePair.Create(delivery.Key, id));
        switch (failure)
        {
            case null:
                if (await RecordAsync(delivery, "complete", t => _inbox.CompleteAsync(delivery.Key, Owner, _time.GetUtcNow(), t)).ConfigureAwait(false))
                {
                    _metrics.Handled.Add(1);
                    Handled(_logger, delivery.Key, delivery.Attempts);
                }

                break;
            case DeliveryParseException parse:
                var error = "The body does not parse: " + ErrorText.For(parse);
                await RecordAsync(delivery, "dead-letter", t => _inbox.MarkDeadAsync(delivery.Key, Owner, error, t)).ConfigureAwait(false);
                Unparseable(_logger, delivery.Key, delivery.Endpoint, error);
                break;
            case OperationCanceledException when stoppingToken.IsCancellationRequested:
                await ReleaseAsync(delivery).ConfigureAwait(false);
                break;
            default:
                await RecordFailureAsync(delivery, failure).ConfigureAwait(false);
                break;
        }
    }

    private async Task RecordFailureAsync(InboxDelivery delivery, Exception exception)
    {
        var error = ErrorText.For(exception);
        var retry = delivery.Attempts + 1;
        if (retry > _options.MaxRetries)
        {
            await RecordAsync(delivery, "dead-letter", t => _inbox.MarkDeadAsync(delivery.Key, Owner, error, t)).ConfigureAwait(false);
            Dead(_logger, delivery.Key, retry, error);
            return;
        }

        var delay = RetryDelay.For(retry, _options.RetryBaseDelay, _options.RetryMaxDelay);
        if (await RecordAsync(delivery, "retry", t => _inbox.ScheduleRetryAsync(delivery.Key, Owner, _time.GetUtcNow() + delay, error, t)).ConfigureAwait(false))
        {
            _metrics.Retries.Add(1);
            RetryScheduled(_logger, delivery.Key, retry, _options.MaxRetries, delay, error);
        }
    }

    /// <summary>Records an outcome; when the store cannot, the claim expires and the delivery is run again (at least once).</summary>
    private async Task<bool> RecordAsync(InboxDelivery delivery, string what, Func<CancellationToken, Task<bool>> record)
    {
        try
        {
            using var timeout = new CancellationTokenSource(OutcomeTimeout);
            if (await record(timeout.Token).ConfigureAwait(false))
            {
                return true;
            }

            ClaimLost(_logger, delivery.Key, what);
            return false;
        }
#pragma warning disable CA1031 // The store is unreachable: the expiring claim makes the delivery due again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            StoreUnavailable(_logger, what, ex.GetType().Name);
            return false;
        }
    }

    private async Task HousekeepAsync(CancellationToken stopToken)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(50).Ticks, Math.Min(_options.ClaimLease.Ticks / 3, TimeSpan.FromSeconds(5).Ticks)));
        using var timer = new PeriodicTimer(period, _time);
        var nextPurge = _time.GetUtcNow();
        try
        {
            do
            {
                try
                {
                    var now = _time.GetUtcNow();
                    if (!_runs.IsEmpty)
                    {
                        await _inbox.RenewClaimsAsync(Owner, now + _options.ClaimLease, stopToken).ConfigureAwait(false);
                    }

                    _metrics.Update(await _inbox.GetStatisticsAsync(stopToken).ConfigureAwait(false));
                    if (now >= nextPurge)
                    {
                        await _inbox.PurgeCompletedAsync(now - _options.DeduplicationWindow, stopToken).ConfigureAwait(false);
                        nextPurge = now + TimeSpan.FromHours(1);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stopToken.IsCancellationRequested)
                {
                    StoreUnavailable(_logger, "housekeeping", ex.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stopToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Webhook delivery {DeliveryKey} handled after {Failures} failed attempts")]
    private static partial void Handled(ILogger logger, string deliveryKey, int failures);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Webhook handler failed for {DeliveryKey}: retry {Retry} of {MaxRetries} in {Delay}: {Error}")]
    private static partial void RetryScheduled(ILogger logger, string deliveryKey, int retry, int maxRetries, TimeSpan delay, string error);

    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "Webhook delivery {DeliveryKey} parked dead after {Attempts} failed attempts: {Error}")]
    private static partial void Dead(ILogger logger, string deliveryKey, int attempts, string error);

    [LoggerMessage(EventId = 23, Level = LogLevel.Error, Message = "Webhook delivery {DeliveryKey} to {Endpoint} parked dead: {Error}")]
    private static partial void Unparseable(ILogger logger, string deliveryKey, string endpoint, string error);

    [LoggerMessage(EventId = 24, Level = LogLevel.Information, Message = "Webhook delivery {DeliveryKey} released at shutdown; it will be handled after the restart")]
    private static partial void Released(ILogger logger, string deliveryKey);

    [LoggerMessage(EventId = 25, Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryKey}: the claim expired before its {Outcome} was recorded; another attempt owns it")]
    private static partial void ClaimLost(ILogger logger, string deliveryKey, string outcome);

    [LoggerMessage(EventId = 26, Level = LogLevel.Warning, Message = "The webhook inbox is unreachable ({Operation}: {ErrorType}); claims expire and deliveries are run again")]
    private static partial void StoreUnavailable(ILogger logger, string operation, string errorType);
}
