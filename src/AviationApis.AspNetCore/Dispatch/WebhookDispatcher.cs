using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AviationApis.AspNetCore.Dispatch;

/// <summary>Runs queued deliveries through the user's handlers, one scope each; a failing handler is logged, not retried.</summary>
internal sealed partial class WebhookDispatcher : BackgroundService
{
    private readonly WebhookWorkQueue _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<WebhookDispatcher> _logger;

    public WebhookDispatcher(WebhookWorkQueue queue, IServiceScopeFactory scopes, ILogger<WebhookDispatcher> logger)
    {
        _queue = queue;
        _scopes = scopes;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in _queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                try
                {
                    await item.Handle(scope.ServiceProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // A user handler's failure must not stop the dispatcher.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    HandlerFailed(_logger, item.Description, ex.GetType().Name);
                }
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "Webhook handler failed for {Delivery}: {ErrorType}")]
    private static partial void HandlerFailed(ILogger logger, string delivery, string errorType);
}
