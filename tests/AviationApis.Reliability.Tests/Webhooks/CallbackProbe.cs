using System.Collections.Concurrent;
using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>Records which deliveries the application's handler ran, and holds "slow" ones until released.</summary>
public sealed class CallbackProbe
{
    private readonly ConcurrentDictionary<string, int> _started = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _completed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new(StringComparer.Ordinal);

    /// <summary>Makes the handler wait for <see cref="Release"/> when it sees <paramref name="awb"/>.</summary>
    public void HoldOn(string awb) => _gates[awb] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets a held handler finish.</summary>
    public void Release(string awb) => _gates[awb].TrySetResult();

    /// <summary>How many times the handler started for <paramref name="awb"/>.</summary>
    public int Started(string awb) => _started.GetValueOrDefault(awb);

    /// <summary>How many times the handler completed for <paramref name="awb"/>.</summary>
    public int Completed(string awb) => _completed.GetValueOrDefault(awb);

    /// <summary>Waits (bounded) until the handler completed <paramref name="awb"/> at least once.</summary>
    public async Task WaitCompletedAsync(string awb)
    {
        var deadline = DateTime.UtcNow + AviationApis.Testing.SteppingTimeProvider.RealTimeGuard;
        while (Completed(awb) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }
    }

    internal async Task RunAsync(string awb, CancellationToken cancellationToken)
    {
        _started.AddOrUpdate(awb, 1, (_, n) => n + 1);
        if (_gates.TryGetValue(awb, out var gate))
        {
            await gate.Task.WaitAsync(AviationApis.Testing.SteppingTimeProvider.RealTimeGuard, cancellationToken);
        }

        _completed.AddOrUpdate(awb, 1, (_, n) => n + 1);
    }

    /// <summary>The application's Avinode notification handler (keyed by the notification's id).</summary>
    public sealed class AvinodeHandler(CallbackProbe probe) : IAvinodeWebhookHandler
    {
        /// <inheritdoc />
        public Task HandleAsync(AvinodeWebhookDelivery delivery, CancellationToken cancellationToken = default) =>
            probe.RunAsync(delivery.Notification.Id.ToString() ?? "-", cancellationToken);
    }

    /// <summary>The application's CargoAi callback handler (keyed by the AWB).</summary>
    public sealed class Handler(CallbackProbe probe) : ICargoAiCallbackHandler
    {
        /// <inheritdoc />
        public Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default) =>
            probe.RunAsync(delivery.Callback.Awb ?? "-", cancellationToken);
    }
}
