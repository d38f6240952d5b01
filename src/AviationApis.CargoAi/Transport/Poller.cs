using AviationApis.CargoAi.Options;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.CargoAi.Transport;

/// <summary>Keeps one polling loop within <see cref="CargoAiClientOptions.PollBudget"/>, waiting on the injected clock.</summary>
/// <param name="transport">The transport (clock and options).</param>
/// <param name="operation">The polled operation (named in the timeout).</param>
/// <param name="started">When the loop's first request was sent (<see cref="TimeProvider.GetTimestamp"/>).</param>
internal sealed class Poller(CargoAiTransport transport, ApiOperation operation, long started)
{
    private readonly CargoAiClientOptions _options = transport.Options;

    /// <summary>A loop starting now.</summary>
    /// <param name="transport">The transport (clock and options).</param>
    /// <param name="operation">The polled operation (named in the timeout).</param>
    public Poller(CargoAiTransport transport, ApiOperation operation)
        : this(transport, operation, transport.Time.GetTimestamp())
    {
    }

    public int Polls { get; private set; }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var elapsed = transport.Time.GetElapsedTime(started);
        if (elapsed + _options.PollInterval > _options.PollBudget)
        {
            throw new AviationTimeoutException(TimeoutBudget.Total, _options.PollBudget, new ApiErrorDetails
            {
                OperationName = operation.Name,
                Messages = [$"Still processing after {Polls + 1} responses; the poll budget (CargoAi:PollBudget) ran out."],
                Attempts = Polls + 1,
            });
        }

        await Task.Delay(_options.PollInterval, transport.Time, cancellationToken).ConfigureAwait(false);
        Polls++;
    }
}
