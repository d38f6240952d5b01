using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.CargoAi.Http;

/// <summary>Keeps one polling loop within <see cref="CargoAiClientOptions.PollBudget"/>, waiting on the injected clock.</summary>
internal sealed class Poller(CargoAiTransport transport, ApiOperation operation)
{
    private readonly long _started = transport.Time.GetTimestamp();
    private readonly CargoAiClientOptions _options = transport.Options;

    public int Polls { get; private set; }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var elapsed = transport.Time.GetElapsedTime(_started);
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
